/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Realm descriptor builder: every rule accepted and rejected, and the RTT
 * geometry for IPA widths 32..52 against rmi.md 3.1 (worked examples and an
 * independent computation from table spans).
 */
#include <string.h>

#include "armcvm_test.h"

/*
 * RmiFeatureRegister0 written from the bit positions of rmi.md 3.4 (not
 * from rmi_abi.h): S2SZ 7:0, LPA2 8, SVE_EN 9, SVE_VL 13:10, NUM_BPS 19:14,
 * NUM_WPS 25:20, PMU_EN 26, PMU_NUM_CTRS 31:27, SHA-256 32, SHA-512 33.
 */
#define feat(s2sz, lpa2, sve, vl, bps, wps, pmu, ctrs, sha256, sha512)	\
	((uint64_t)(s2sz) | ((uint64_t)(lpa2) << 8) |			\
	 ((uint64_t)(sve) << 9) | ((uint64_t)(vl) << 10) |		\
	 ((uint64_t)(bps) << 14) | ((uint64_t)(wps) << 20) |		\
	 ((uint64_t)(pmu) << 26) | ((uint64_t)(ctrs) << 27) |		\
	 ((uint64_t)(sha256) << 32) | ((uint64_t)(sha512) << 33))

/* Everything supported: 52 bits, VL 2048, 16 bps/wps, 31 counters. */
#define FEAT_ALL	feat(52, 1, 1, 15, 15, 15, 1, 31, 1, 1)
/* A small platform: 40 bits, no LPA2/SVE/PMU, 6 bps/wps, SHA-256 only. */
#define FEAT_SMALL	feat(40, 0, 0, 0, 5, 5, 0, 0, 1, 0)

static void build_defaults(void **state)
{
	struct armcvm_realm_desc d;
	struct armcvm_rmi_realm_params p;
	struct armcvm_realm_error e;
	const uint8_t *raw = (const uint8_t *)&p;
	size_t i;

	(void)state;
	armcvm_realm_desc_init(&d);
	d.rtt_base = 0x80002000; /* 40 bits -> sl 1, 2 tables, 8 KiB align */
	d.vmid = 7;
	d.rpv[0] = 0xAB;
	d.rpv[63] = 0xCD;
	assert_int_equal(armcvm_realm_params_build(&d, FEAT_SMALL, &p, &e), 0);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_NONE);
	/* Offsets from rmi.md 3.1, read as little-endian u64 slots. */
	assert_int_equal(raw[0x000], 0);		/* flags */
	assert_int_equal(raw[0x008], 40);		/* s2sz */
	assert_int_equal(raw[0x018], 1);		/* num_bps - 1 */
	assert_int_equal(raw[0x020], 1);		/* num_wps - 1 */
	assert_int_equal(raw[0x030], 0);		/* SHA-256 */
	assert_int_equal(raw[0x400], 0xAB);
	assert_int_equal(raw[0x43F], 0xCD);
	assert_int_equal(raw[0x800], 7);		/* vmid */
	assert_int_equal(raw[0x809], 0x20);	/* rtt_base byte 1 */
	assert_int_equal(raw[0x80A], 0x00);
	assert_int_equal(raw[0x80B], 0x80);
	assert_int_equal(raw[0x810], 1);		/* level 1 */
	assert_int_equal(raw[0x818], 2);		/* 2 tables */
	/* All other bytes zero. */
	for (i = 0; i < sizeof(p); i++) {
		if (i == 0x008 || i == 0x018 || i == 0x020 || i == 0x400 ||
		    i == 0x43F || i == 0x800 || i == 0x809 || i == 0x80B ||
		    i == 0x810 || i == 0x818) {
			continue;
		}
		assert_int_equal(raw[i], 0);
	}
}

static void build_all_features(void **state)
{
	struct armcvm_realm_desc d;
	struct armcvm_rmi_realm_params p;

	(void)state;
	armcvm_realm_desc_init(&d);
	d.ipa_bits = 52;
	d.lpa2 = true;
	d.sve_vl = 512;
	d.pmu = true;
	d.pmu_num_ctrs = 31;
	d.num_bps = 16;
	d.num_wps = 3;
	d.hash_algo = ARMCVM_RMI_HASH_SHA_512;
	d.rtt_base = 0x10000; /* 52 bits, sl 0 with LPA2: 16 tables, 64 KiB */
	assert_int_equal(armcvm_realm_params_build(&d, FEAT_ALL, &p, NULL), 0);
	assert_int_equal(p.flags, 0x7);		/* lpa2 | sve | pmu */
	assert_int_equal(p.s2sz, 52);
	assert_int_equal(p.sve_vl, 3);		/* 512 / 128 - 1 */
	assert_int_equal(p.num_bps, 15);
	assert_int_equal(p.num_wps, 2);
	assert_int_equal(p.pmu_num_ctrs, 31);
	assert_int_equal(p.hash_algo, 1);
	assert_int_equal(p.rtt_level_start, 0);
	assert_int_equal(p.rtt_num_start, 16);

	/* Level -1 with LPA2 on request: one table. */
	d.rtt_level_start = -1;
	assert_int_equal(armcvm_realm_params_build(&d, FEAT_ALL, &p, NULL), 0);
	assert_int_equal(p.rtt_level_start, -1);
	assert_int_equal(p.rtt_num_start, 1);
}

struct reject_case {
	const char *what;
	void (*mutate)(struct armcvm_realm_desc *d);
	uint64_t features;
	int err;
	uint32_t field;
	int64_t min, max;
};

static void m_hash_bad(struct armcvm_realm_desc *d) { d->hash_algo = 2; }
static void m_hash_512(struct armcvm_realm_desc *d) { d->hash_algo = 1; }
static void m_lpa2(struct armcvm_realm_desc *d) { d->lpa2 = true; }
static void m_ipa_31(struct armcvm_realm_desc *d) { d->ipa_bits = 31; }
static void m_ipa_49(struct armcvm_realm_desc *d) { d->ipa_bits = 49; }
static void m_ipa_53(struct armcvm_realm_desc *d)
{
	d->lpa2 = true;
	d->ipa_bits = 53;
}
static void m_ipa_41(struct armcvm_realm_desc *d) { d->ipa_bits = 41; }
static void m_sve_odd(struct armcvm_realm_desc *d) { d->sve_vl = 200; }
static void m_sve_big(struct armcvm_realm_desc *d) { d->sve_vl = 2176; }
static void m_sve_small(struct armcvm_realm_desc *d) { d->sve_vl = 128; }
static void m_pmu(struct armcvm_realm_desc *d) { d->pmu = true; }
static void m_ctrs_nopmu(struct armcvm_realm_desc *d) { d->pmu_num_ctrs = 2; }
static void m_ctrs_32(struct armcvm_realm_desc *d)
{
	d->pmu = true;
	d->pmu_num_ctrs = 32;
}
static void m_bps_1(struct armcvm_realm_desc *d) { d->num_bps = 1; }
static void m_bps_7(struct armcvm_realm_desc *d) { d->num_bps = 7; }
static void m_bps_65(struct armcvm_realm_desc *d) { d->num_bps = 65; }
static void m_wps_0(struct armcvm_realm_desc *d) { d->num_wps = 0; }
static void m_wps_7(struct armcvm_realm_desc *d) { d->num_wps = 7; }
static void m_vmid(struct armcvm_realm_desc *d) { d->vmid = 0x10000; }
static void m_level_4(struct armcvm_realm_desc *d) { d->rtt_level_start = 4; }
static void m_level_m1(struct armcvm_realm_desc *d)
{
	d->rtt_level_start = -1;
}
static void m_level_0_at_40(struct armcvm_realm_desc *d)
{
	d->rtt_level_start = 0;
}
static void m_level_2_at_40(struct armcvm_realm_desc *d)
{
	d->rtt_level_start = 2;
}
static void m_base(struct armcvm_realm_desc *d) { d->rtt_base = 0x1000; }

static const struct reject_case reject_cases[] = {
	{ "hash 2", m_hash_bad, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_HASH_ALGO, 0, 1 },
	{ "sha512 unsupported", m_hash_512, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_HASH_ALGO, 0, 0 },
	{ "lpa2 unsupported", m_lpa2, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_LPA2, 0, 0 },
	{ "ipa 31", m_ipa_31, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_IPA_BITS, 32, 48 },
	{ "ipa 49 without lpa2", m_ipa_49, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_IPA_BITS, 32, 48 },
	{ "ipa 53", m_ipa_53, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_IPA_BITS, 32, 52 },
	{ "ipa 41 > S2SZ 40", m_ipa_41, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_IPA_BITS, 32, 40 },
	{ "sve 200", m_sve_odd, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_SVE_VL, 128, 2048 },
	{ "sve 2176", m_sve_big, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_SVE_VL, 128, 2048 },
	{ "sve unsupported", m_sve_small, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_SVE_VL, 0, 0 },
	{ "pmu unsupported", m_pmu, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_PMU, 0, 0 },
	{ "counters without pmu", m_ctrs_nopmu, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_PMU_NUM_CTRS, 0, 0 },
	{ "32 counters", m_ctrs_32, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_PMU_NUM_CTRS, 0, 31 },
	{ "1 breakpoint", m_bps_1, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_NUM_BPS, 2, 64 },
	{ "65 breakpoints", m_bps_65, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_NUM_BPS, 2, 64 },
	{ "7 > 6 breakpoints", m_bps_7, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_NUM_BPS, 2, 6 },
	{ "0 watchpoints", m_wps_0, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_NUM_WPS, 2, 64 },
	{ "7 > 6 watchpoints", m_wps_7, FEAT_SMALL, -ARMCVM_ERR_NOTSUPP,
	  ARMCVM_REALM_FIELD_NUM_WPS, 2, 6 },
	{ "vmid 65536", m_vmid, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_VMID, 0, 65535 },
	{ "level 4", m_level_4, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_RTT_LEVEL_START, 0, 3 },
	{ "level -1 without lpa2", m_level_m1, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_RTT_LEVEL_START, 0, 3 },
	/* sl 0 covers 40..48 bits: 40 is valid; sl 2 covers 22..34. */
	{ "level 2 at 40 bits", m_level_2_at_40, FEAT_ALL, -ARMCVM_ERR_INVAL,
	  ARMCVM_REALM_FIELD_IPA_BITS, 22, 34 },
	{ "rtt_base 4K with 2 tables", m_base, FEAT_ALL, -ARMCVM_ERR_ALIGN,
	  ARMCVM_REALM_FIELD_RTT_BASE, 0, 0 },
};

static void build_rejects(void **state)
{
	struct armcvm_realm_desc d;
	struct armcvm_rmi_realm_params p;
	struct armcvm_realm_error e;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(reject_cases); i++) {
		const struct reject_case *c = &reject_cases[i];

		armcvm_realm_desc_init(&d);
		c->mutate(&d);
		memset(&p, 0x5A, sizeof(p));
		memset(&e, 0, sizeof(e));
		print_message("# %s\n", c->what);
		assert_int_equal(armcvm_realm_params_build(&d, c->features, &p,
							   &e), c->err);
		assert_int_equal(e.field, c->field);
		assert_int_equal(e.min, c->min);
		assert_int_equal(e.max, c->max);
		/* @out untouched on error. */
		assert_int_equal(((const uint8_t *)&p)[0], 0x5A);
	}
	/* Alignment detail. */
	armcvm_realm_desc_init(&d);
	m_base(&d);
	assert_int_equal(armcvm_realm_params_build(&d, FEAT_ALL, &p, &e),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(e.align, 0x2000);
	assert_int_equal(e.value, 0x1000);
	/* Level 0 at 40 bits is valid (just not the default). */
	armcvm_realm_desc_init(&d);
	m_level_0_at_40(&d);
	assert_int_equal(armcvm_realm_params_build(&d, FEAT_ALL, &p, &e), 0);
	assert_int_equal(p.rtt_level_start, 0);
	assert_int_equal(p.rtt_num_start, 1);
	/* NULL arguments. */
	assert_int_equal(armcvm_realm_params_build(NULL, FEAT_ALL, &p, &e),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_realm_params_build(&d, FEAT_ALL, NULL, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_realm_rtt_geometry(40, false, 1, NULL, &e),
			 -ARMCVM_ERR_INVAL);
}

/* rmi.md 3.1 worked examples: s2sz / sl -> rtt_num_start. */
static void geometry_worked_examples(void **state)
{
	static const struct { unsigned s2sz; int sl; unsigned num; } ex[] = {
		{ 40, 1, 2 }, { 48, 0, 1 }, { 43, 1, 16 }, { 33, 1, 1 },
	};
	struct armcvm_realm_rtt_geometry g;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(ex); i++) {
		assert_int_equal(armcvm_realm_rtt_geometry(ex[i].s2sz, false,
							   ex[i].sl, &g, NULL),
				 0);
		assert_int_equal(g.num_start, ex[i].num);
		assert_int_equal(g.align, ex[i].num * 4096ULL);
	}
}

/*
 * Independent model: a starting-level-sl table entry spans 2^(12 + 9(3 -
 * sl)) bytes and a table 512 entries (16 at level -1). A level is usable
 * when the IPA space needs more than one entry and at most 16 concatenated
 * tables (only 1 at level 0 without LPA2; level -1 needs LPA2).
 */
static int ref_tables(unsigned s2sz, int sl, bool lpa2)
{
	unsigned entry_bits = 12U + 9U * (unsigned)(3 - sl);
	unsigned table_bits = entry_bits + (sl < 0 ? 4U : 9U);
	int max_concat = (sl > 0 || (sl == 0 && lpa2)) ? 16 : 1;
	int n;

	if (sl < 0 && !lpa2) {
		return 0;
	}
	if (s2sz <= entry_bits) {
		return 0;
	}
	if (s2sz > table_bits + 4U) {
		return 0; /* more than 16 tables */
	}
	n = s2sz <= table_bits ? 1 : 1 << (s2sz - table_bits);
	return n <= max_concat ? n : 0;
}

static void geometry_sweep(void **state)
{
	struct armcvm_realm_rtt_geometry g;
	struct armcvm_realm_error e;
	unsigned s2sz;
	int sl, lpa2;

	(void)state;
	for (lpa2 = 0; lpa2 <= 1; lpa2++) {
		for (s2sz = 32; s2sz <= (lpa2 ? 52U : 48U); s2sz++) {
			int deepest = -2;

			for (sl = -1; sl <= 3; sl++) {
				int n = ref_tables(s2sz, sl, lpa2 != 0);
				int r = armcvm_realm_rtt_geometry(s2sz,
						lpa2 != 0, sl, &g, &e);

				if (n == 0) {
					assert_true(r == -ARMCVM_ERR_INVAL);
					continue;
				}
				assert_int_equal(r, 0);
				assert_int_equal(g.num_start, n);
				assert_int_equal(g.level_start, sl);
				deepest = sl;
			}
			/* AUTO picks the deepest usable level. */
			assert_int_equal(armcvm_realm_rtt_geometry(s2sz,
					lpa2 != 0, ARMCVM_REALM_RTT_LEVEL_AUTO,
					&g, NULL), 0);
			assert_int_equal(g.level_start, deepest);
		}
	}
	/* Linux stage2_pgtable_levels / CRM translation_block_sizes. */
	assert_int_equal(armcvm_realm_rtt_geometry(34, false,
			 ARMCVM_REALM_RTT_LEVEL_AUTO, &g, NULL), 0);
	assert_int_equal(g.level_start, 2);
	assert_int_equal(g.num_start, 16);
	assert_int_equal(armcvm_realm_rtt_geometry(35, false,
			 ARMCVM_REALM_RTT_LEVEL_AUTO, &g, NULL), 0);
	assert_int_equal(g.level_start, 1);
	assert_int_equal(armcvm_realm_rtt_geometry(44, false,
			 ARMCVM_REALM_RTT_LEVEL_AUTO, &g, NULL), 0);
	assert_int_equal(g.level_start, 0);
	/* Out of range widths. */
	assert_int_equal(armcvm_realm_rtt_geometry(31, false, 1, &g, &e),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_IPA_BITS);
}

static void field_names(void **state)
{
	(void)state;
	assert_string_equal(armcvm_realm_field_name(ARMCVM_REALM_FIELD_IPA_BITS),
			    "ipa_bits");
	assert_string_equal(armcvm_realm_field_name(ARMCVM_REALM_FIELD_PLAN),
			    "plan");
	assert_string_equal(armcvm_realm_field_name(9999), "<unknown field>");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(build_defaults),
		cmocka_unit_test(build_all_features),
		cmocka_unit_test(build_rejects),
		cmocka_unit_test(geometry_worked_examples),
		cmocka_unit_test(geometry_sweep),
		cmocka_unit_test(field_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
