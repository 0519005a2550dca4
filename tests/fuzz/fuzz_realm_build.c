/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * fuzz_realm_build: the realm parameter builder and RTT geometry
 * (realm.h), then the planner and RIM predictor (realm_plan.h,
 * realm_rim.h) on small layouts, executed on the software RMM.
 *
 * Input (docs/fuzzing.md, "realm_build"): a description and an
 * RMI_FEATURES(0) value, then (if the first byte has bit 0 set) a layout:
 *   m        bit 0 plan, bit 1 chaos (raw layout values, model run off)
 *   desc     ipa_bits, lpa2, sve_vl, pmu, pmu_num_ctrs, num_bps, num_wps,
 *            hash_algo, rpv, vmid, rtt_base, rtt_level_start
 *   feat0    S2SZ byte and the other 56 bits raw
 *   layout   params choice, RAM ranges, images, vCPUs, aux count, pool,
 *            profile (see read_layout())
 *
 * Builder oracle: an independent reading of docs/realm.md section 1: the
 * rules in their documented order, and RTT geometry derived from table
 * spans (a starting level sl resolves IPA bits above 12 + 9 (3 - sl); at
 * least 2 entries, at most 512, or 16 concatenated tables when sl > 0 or
 * with LPA2; level -1 has a 4-bit stride). On success the whole 4 KiB
 * RmiRealmParams must equal a page built here from S10 B4.4.12: so every
 * reserved byte is zero.
 *
 * Planner oracle: the count-only and stored runs agree; the counts equal
 * the docs/realm.md formula; the stored ops delegate each granule once and
 * undelegate it once, cover exactly the RAM (minus the images for Linux
 * v12) with INIT_RIPAS, create one DATA per image granule in order and one
 * REC per vCPU; the predictor accepts the plan; and on the software RMM the
 * plan runs without an error, the RIM equals the prediction and teardown
 * leaves every granule UNDELEGATED.
 */
#include <stdbool.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "fuzz_stream.h"

#define G		4096ULL
#define MEM_BASE	0x80000000ULL
#define MEM_GRAN	512U
#define STAGE_GRAN	1U		/* images staged from granule 1 */
#define STAGE_MAX	63U
#define RTT_GRAN	64U		/* 64 KiB aligned: 16 root tables */
#define POOL_GRAN	128U
#define OPS_CAP		2048U
#define MODEL_MAX_ENTRIES 256U
#define AUTO		ARMCVM_REALM_RTT_LEVEL_AUTO

/* ------------------------------------------------------------------ */
/* Builder oracle                                                      */
/* ------------------------------------------------------------------ */

struct geo {
	int32_t sl;
	uint32_t num;
};

/* IPA bits a level's entries map below: 12 + 9 (3 - sl). */
static uint32_t below(int32_t sl)
{
	return 12U + 9U * (uint32_t)(3 - sl);
}

static bool level_fits(uint32_t s2sz, int32_t sl, bool lpa2, uint32_t *num)
{
	uint32_t stride = sl < 0 ? 4U : 9U;
	uint32_t one = below(sl) + stride;	/* span of one table */
	bool concat = sl > 0 || (sl == 0 && lpa2);

	if (sl < 0 && !lpa2) {
		return false;
	}
	if (s2sz <= below(sl) || s2sz > one + (concat ? 4U : 0U)) {
		return false;
	}
	*num = s2sz <= one ? 1U : 1U << (s2sz - one);
	return true;
}

/* 0 or the error; @field is the field it names. */
static int ref_geometry(uint32_t s2sz, bool lpa2, int32_t level,
			struct geo *g, uint32_t *field)
{
	uint32_t max = lpa2 ? 52U : 48U;
	int32_t sl;

	if (s2sz < 32U || s2sz > max) {
		*field = ARMCVM_REALM_FIELD_IPA_BITS;
		return -ARMCVM_ERR_INVAL;
	}
	if (level == AUTO) {
		for (sl = 3; sl >= (lpa2 ? -1 : 0); sl--) {
			if (level_fits(s2sz, sl, lpa2, &g->num)) {
				g->sl = sl;
				return 0;
			}
		}
		FUZZ_CHECK(false, "no level for s2sz %u", s2sz);
	}
	if (level < (lpa2 ? -1 : 0) || level > 3) {
		*field = ARMCVM_REALM_FIELD_RTT_LEVEL_START;
		return -ARMCVM_ERR_INVAL;
	}
	if (!level_fits(s2sz, level, lpa2, &g->num)) {
		/* realm.h: "@err says which": the width the level refuses. */
		*field = ARMCVM_REALM_FIELD_IPA_BITS;
		return -ARMCVM_ERR_INVAL;
	}
	g->sl = level;
	return 0;
}

static uint32_t feat(uint64_t f, unsigned int shift, unsigned int width)
{
	return (uint32_t)((f >> shift) & ((1ULL << width) - 1U));
}

#define REF_FAIL(code, f)						\
	do {								\
		*field = (f);						\
		return (code);						\
	} while (0)

/* docs/realm.md section 1 table, in its order. */
static int ref_build(const struct armcvm_realm_desc *d, uint64_t f,
		     uint8_t *page, uint32_t *field)
{
	struct geo g;
	uint64_t v;
	int rc;

	if (d->hash_algo > 1U) {
		REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_HASH_ALGO);
	}
	if (feat(f, 32U + d->hash_algo, 1) == 0) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_HASH_ALGO);
	}
	if (d->lpa2 && feat(f, 8, 1) == 0) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_LPA2);
	}
	if (d->ipa_bits < 32U || d->ipa_bits > (d->lpa2 ? 52U : 48U)) {
		REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_IPA_BITS);
	}
	if (d->ipa_bits > feat(f, 0, 8)) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_IPA_BITS);
	}
	if (d->sve_vl != 0) {
		if (d->sve_vl % 128U != 0 || d->sve_vl > 2048U) {
			REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_SVE_VL);
		}
		if (feat(f, 9, 1) == 0 ||
		    d->sve_vl > (feat(f, 10, 4) + 1U) * 128U) {
			REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_SVE_VL);
		}
	}
	if (d->pmu && feat(f, 26, 1) == 0) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_PMU);
	}
	if (d->pmu_num_ctrs > (d->pmu ? 31U : 0U)) {
		REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_PMU_NUM_CTRS);
	}
	if (d->pmu_num_ctrs > feat(f, 27, 5)) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_PMU_NUM_CTRS);
	}
	if (d->num_bps < 2U || d->num_bps > 64U) {
		REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_NUM_BPS);
	}
	if (d->num_bps > feat(f, 14, 6) + 1U) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_NUM_BPS);
	}
	if (d->num_wps < 2U || d->num_wps > 64U) {
		REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_NUM_WPS);
	}
	if (d->num_wps > feat(f, 20, 6) + 1U) {
		REF_FAIL(-ARMCVM_ERR_NOTSUPP, ARMCVM_REALM_FIELD_NUM_WPS);
	}
	if (d->vmid > 0xFFFFU) {
		REF_FAIL(-ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_VMID);
	}
	rc = ref_geometry(d->ipa_bits, d->lpa2, d->rtt_level_start, &g, field);
	if (rc != 0) {
		return rc;
	}
	if (d->rtt_base % (g.num * G) != 0) {
		REF_FAIL(-ARMCVM_ERR_ALIGN, ARMCVM_REALM_FIELD_RTT_BASE);
	}
	/* RmiRealmParams (S10 B4.4.12): everything else is zero. */
	memset(page, 0, 4096);
	v = (d->lpa2 ? 1U : 0U) | (d->sve_vl != 0 ? 2U : 0U) |
	    (d->pmu ? 4U : 0U);
	memcpy(page + 0x000, &v, 8);
	v = d->ipa_bits;
	memcpy(page + 0x008, &v, 8);
	v = d->sve_vl != 0 ? d->sve_vl / 128U - 1U : 0U;
	memcpy(page + 0x010, &v, 8);
	v = d->num_bps - 1U;
	memcpy(page + 0x018, &v, 8);
	v = d->num_wps - 1U;
	memcpy(page + 0x020, &v, 8);
	v = d->pmu_num_ctrs;
	memcpy(page + 0x028, &v, 8);
	v = d->hash_algo;
	memcpy(page + 0x030, &v, 8);
	memcpy(page + 0x400, d->rpv, 64);
	v = d->vmid;
	memcpy(page + 0x800, &v, 8);
	memcpy(page + 0x808, &d->rtt_base, 8);
	v = (uint64_t)(int64_t)g.sl;
	memcpy(page + 0x810, &v, 8);
	v = g.num;
	memcpy(page + 0x818, &v, 8);
	*field = ARMCVM_REALM_FIELD_NONE;
	return 0;
}

static void read_desc(struct fuzz_stream *s, struct armcvm_realm_desc *d)
{
	uint8_t b;

	armcvm_realm_desc_init(d);
	b = fs_u8(s);
	d->ipa_bits = b < 0xE0U ? 24U + b % 32U : fs_u32(s);
	b = fs_u8(s);
	d->lpa2 = (b & 1U) != 0;
	d->pmu = (b & 2U) != 0;
	b = fs_u8(s);
	d->sve_vl = (b & 0x80U) != 0 ? fs_u32(s) :
		    (uint32_t)(b & 0x1FU) * 128U + ((b & 0x40U) != 0 ? 64U : 0U);
	d->pmu_num_ctrs = fs_u8(s) & 0x3FU;
	d->num_bps = fs_u8(s) & 0x7FU;
	d->num_wps = fs_u8(s) & 0x7FU;
	b = fs_u8(s);
	d->hash_algo = (b & 0x80U) != 0 ? fs_u32(s) : b % 4U;
	d->rpv[0] = fs_u8(s);
	d->rpv[63] = fs_u8(s);
	b = fs_u8(s);
	d->vmid = b < 0xF0U ? b : fs_u32(s);
	b = fs_u8(s);
	d->rtt_base = ((uint64_t)fs_u16(s) << 12) |
		      ((b & 0x80U) != 0 ? (uint64_t)(b & 0x7FU) << 5 : 0);
	if ((b & 0x40U) != 0) {
		d->rtt_base |= (uint64_t)fs_u16(s) << 28;
	}
	b = fs_u8(s);
	d->rtt_level_start = b < 0x80U ? AUTO :
			     b == 0xFFU ? (int32_t)fs_u32(s) :
			     (int32_t)(b % 7U) - 2;
}

static void check_builder(const struct armcvm_realm_desc *d, uint64_t f0,
			  struct armcvm_rmi_realm_params *out)
{
	static uint8_t want[4096];
	struct armcvm_realm_error err;
	struct armcvm_realm_rtt_geometry g;
	struct geo rg;
	uint32_t field, gfield;
	int rc, ref, grc, gref;

	gref = ref_geometry(d->ipa_bits, d->lpa2, d->rtt_level_start, &rg,
			    &gfield);
	memset(out, 0xA5, sizeof(*out));
	memset(&err, 0xA5, sizeof(err));
	rc = armcvm_realm_params_build(d, f0, out, &err);
	ref = ref_build(d, f0, want, &field);
	FUZZ_CHECK(rc == ref, "params_build rc %d, expected %d (field %u, "
		   "library says %u)", rc, ref, field, err.field);
	if (rc == 0) {
		FUZZ_CHECK(memcmp(out, want, sizeof(want)) == 0,
			   "RmiRealmParams differs from S10 B4.4.12 image");
		FUZZ_CHECK(err.field == ARMCVM_REALM_FIELD_NONE &&
			   err.value == 0 && err.align == 0, "err not cleared");
	} else {
		FUZZ_CHECK(err.field == field, "field %u (%s), expected %u (%s)",
			   err.field, armcvm_realm_field_name(err.field),
			   field, armcvm_realm_field_name(field));
		/* An rtt_base refusal names the alignment required. */
		FUZZ_CHECK(rc != -ARMCVM_ERR_ALIGN ||
			   (gref == 0 && err.align == rg.num * G),
			   "rtt_base align %llu", (unsigned long long)err.align);
	}

	grc = armcvm_realm_rtt_geometry(d->ipa_bits, d->lpa2,
					d->rtt_level_start, &g, &err);
	FUZZ_CHECK(grc == gref, "geometry rc %d expected %d (s2sz %u lpa2 %d "
		   "level %d)", grc, gref, d->ipa_bits, d->lpa2,
		   d->rtt_level_start);
	if (grc == 0) {
		FUZZ_CHECK(g.level_start == rg.sl && g.num_start == rg.num &&
			   g.align == rg.num * G && g.ipa_min <= d->ipa_bits &&
			   d->ipa_bits <= g.ipa_max &&
			   g.ipa_min == below(rg.sl) + 1U,
			   "geometry s2sz %u: level %d num %u, expected %d %u",
			   d->ipa_bits, g.level_start, g.num_start, rg.sl,
			   rg.num);
	} else {
		FUZZ_CHECK(err.field == gfield, "geometry field %u expected %u",
			   err.field, gfield);
	}
}

/* ------------------------------------------------------------------ */
/* Planner                                                             */
/* ------------------------------------------------------------------ */

struct world {
	struct armcvm_rmm_model m;
	struct armcvm_rmm_mem_range range;
	struct armcvm_rmm_granule gran[MEM_GRAN];
	uint64_t vmids[1024];
	struct armcvm_realm_ram ram[4];
	struct armcvm_realm_image im[4];
	struct armcvm_realm_vcpu vcpu[5];
	struct armcvm_realm_layout l;
	struct armcvm_rmi_realm_params p;
	struct armcvm_realm_op ops[OPS_CAP];
	bool chaos;
};

static struct world W;
static uint8_t MEM[MEM_GRAN * G] __attribute__((aligned(4096)));

static uint64_t unit(unsigned int sel)
{
	static const uint64_t u[4] = { G, 0x200000ULL, 0x40000000ULL,
				       0x10000ULL };

	return u[sel & 3U];
}

static bool make_params(struct world *w, struct fuzz_stream *s)
{
	struct armcvm_realm_desc d;
	/* S2SZ 48, SHA-256 + SHA-512, 16 BPs / WPs (rmi.md 3.4). */
	const uint64_t f0 = 48U | (15ULL << 14) | (15ULL << 20) |
			    (1ULL << 32) | (1ULL << 33);
	uint8_t b = fs_u8(s);

	armcvm_realm_desc_init(&d);
	d.ipa_bits = 32U + b % 17U;
	d.hash_algo = (b >> 5) & 1U;
	d.vmid = 1;
	d.rtt_base = MEM_BASE + RTT_GRAN * G;
	b = fs_u8(s);
	d.rtt_level_start = b < 0xC0U ? AUTO : (int32_t)(b % 4U);
	if (armcvm_realm_params_build(&d, f0, &w->p, NULL) != 0) {
		d.rtt_level_start = AUTO;
		if (armcvm_realm_params_build(&d, f0, &w->p, NULL) != 0) {
			return false;
		}
	}
	if (w->chaos) {
		b = fs_u8(s);
		if ((b & 1U) != 0) {
			w->p.rtt_num_start = fs_u8(s);
		}
		if ((b & 2U) != 0) {
			w->p.rtt_level_start = (int8_t)fs_u8(s);
		}
		if ((b & 4U) != 0) {
			w->p.rtt_base = fs_u64(s);
		}
	}
	return true;
}

static uint64_t chaos_or(struct world *w, struct fuzz_stream *s, uint64_t v)
{
	if (w->chaos && (fs_u8(s) & 0x80U) != 0) {
		return fs_u64(s);
	}
	return v;
}

static void read_layout(struct world *w, struct fuzz_stream *s)
{
	struct armcvm_realm_layout *l = &w->l;
	uint64_t cur = 0, stage = STAGE_GRAN, idx;
	uint8_t b;
	uint32_t i;

	memset(l, 0, sizeof(*l));
	memset(w->vcpu, 0, sizeof(w->vcpu));
	b = fs_u8(s);
	l->num_ram = b % 4U;
	for (i = 0; i < l->num_ram; i++) {
		b = fs_u8(s);
		cur += (b & 3U) == 0 ? 0 : (uint64_t)(b >> 2) * unit(b >> 4);
		w->ram[i].base = chaos_or(w, s, cur);
		b = fs_u8(s);
		w->ram[i].size = chaos_or(w, s, ((uint64_t)(b & 0x3FU) + 1U) *
					  unit(b >> 6));
		cur = w->ram[i].base + w->ram[i].size;
	}
	/* Images from the first RAM range (or IPA 0), staged in order. */
	cur = l->num_ram != 0 ? w->ram[0].base : 0;
	b = fs_u8(s);
	l->num_images = b % 4U;
	for (i = 0; i < l->num_images; i++) {
		uint64_t size = 1U + fs_u16(s) % (8U * G);
		uint64_t n = (size + G - 1U) / G;

		b = fs_u8(s);
		cur += (uint64_t)(b & 0x3FU) * G;
		w->im[i].ipa = chaos_or(w, s, cur);
		w->im[i].size = chaos_or(w, s, size);
		/* Planning is linear in image granules: keep raw sizes that
		 * fit the IPA space small (large ones are refused early). */
		if (w->im[i].size < (1ULL << 47)) {
			w->im[i].size %= 1ULL << 26;
		}
		w->im[i].src_pa = chaos_or(w, s, MEM_BASE + stage * G);
		w->im[i].measured = (b & 0x40U) == 0;
		cur = w->im[i].ipa + n * G;
		stage += n;
	}
	b = fs_u8(s);
	l->num_vcpus = 1U + b % 4U;
	if (w->chaos && (b & 0x80U) != 0) {
		l->num_vcpus = b % 6U;
	}
	for (i = 0; i < l->num_vcpus; i++) {
		b = fs_u8(s);
		idx = w->chaos && (b & 0x80U) != 0 ? (b & 0x3FU) : i;
		if (armcvm_rmi_rec_mpidr_from_index(idx, &w->vcpu[i].mpidr) !=
		    0) {
			w->vcpu[i].mpidr = 0;
		}
		if (w->chaos && (b & 0x40U) != 0) {
			w->vcpu[i].mpidr |= 0x10U;	/* SBZ bit */
		}
		w->vcpu[i].pc = 0x80000000ULL + i * G;
		w->vcpu[i].gprs[0] = b;
		w->vcpu[i].runnable = i == 0 || (b & 1U) != 0;
	}
	l->ram = w->ram;
	l->images = w->im;
	l->vcpus = w->vcpu;
	b = fs_u8(s);
	l->rec_aux_count = w->chaos ? b % 18U : b % 17U;
	l->pool_base = chaos_or(w, s, MEM_BASE + POOL_GRAN * G);
	b = fs_u8(s);
	l->pool_size = chaos_or(w, s, (uint64_t)(b % (MEM_GRAN - POOL_GRAN +
						      1U)) * G);
	l->ns_params_pa = chaos_or(w, s, MEM_BASE);
	b = fs_u8(s);
	l->profile = w->chaos ? b % 3U : b % 2U;
}

static void count_ops(const struct armcvm_realm_plan *pl, size_t from,
		      size_t to, uint64_t *n)
{
	size_t i;

	memset(n, 0, sizeof(uint64_t) * ARMCVM_REALM_OP_COUNT);
	for (i = from; i < to; i++) {
		FUZZ_CHECK(pl->ops[i].cmd > 0 &&
			   pl->ops[i].cmd < ARMCVM_REALM_OP_COUNT &&
			   pl->ops[i].reserved == 0, "op %zu cmd %u", i,
			   pl->ops[i].cmd);
		n[pl->ops[i].cmd]++;
	}
}

static uint64_t image_granules(const struct armcvm_realm_layout *l)
{
	uint64_t n = 0;
	uint32_t i;

	for (i = 0; i < l->num_images; i++) {
		n += (l->images[i].size + G - 1U) / G;
	}
	return n;
}

/* docs/realm.md "Call count". */
static void check_formula(const struct world *w,
			  const struct armcvm_realm_plan *pl)
{
	const struct armcvm_realm_plan_stats *st = &pl->stats;
	uint64_t N = w->p.rtt_num_start, T = st->rtt_create;
	uint64_t R = st->init_ripas, Gi = image_granules(&w->l);
	uint64_t V = w->l.num_vcpus, A = w->l.rec_aux_count;

	FUZZ_CHECK(st->root_rtts == N && st->data_create == Gi &&
		   st->rec_create == V, "stats N %llu G %llu V %llu",
		   (unsigned long long)st->root_rtts,
		   (unsigned long long)st->data_create,
		   (unsigned long long)st->rec_create);
	FUZZ_CHECK(st->create_calls == 3U + N + 2U * T + R + 2U * Gi +
		   V * (2U + A) && pl->create_count == st->create_calls,
		   "build calls %llu != formula", (unsigned long long)
		   st->create_calls);
	FUZZ_CHECK(st->teardown_calls == 2U + N + 2U * T + 2U * Gi +
		   V * (2U + A) &&
		   pl->count == st->create_calls + st->teardown_calls,
		   "teardown calls %llu != formula", (unsigned long long)
		   st->teardown_calls);
	FUZZ_CHECK(st->granules == 1U + T + Gi + V * (1U + A) &&
		   st->delegate == N + st->granules &&
		   st->undelegate == st->delegate, "granule counts");
}

/* Intervals [base, top) sorted and merged, for coverage comparisons. */
struct ivs {
	uint64_t b[OPS_CAP + 8];
	uint64_t t[OPS_CAP + 8];
	size_t n;
};

static void ivs_add(struct ivs *v, uint64_t b, uint64_t t)
{
	size_t i = v->n;

	if (b >= t) {
		return;
	}
	FUZZ_CHECK(v->n < OPS_CAP + 8U, "too many intervals");
	while (i > 0 && v->b[i - 1U] > b) {
		v->b[i] = v->b[i - 1U];
		v->t[i] = v->t[i - 1U];
		i--;
	}
	v->b[i] = b;
	v->t[i] = t;
	v->n++;
}

static void ivs_merge(struct ivs *v, bool disjoint)
{
	size_t i, o = 0;

	for (i = 0; i < v->n; i++) {
		if (o > 0 && v->b[i] <= v->t[o - 1U]) {
			FUZZ_CHECK(!disjoint || v->b[i] == v->t[o - 1U],
				   "INIT_RIPAS ranges overlap at 0x%llx",
				   (unsigned long long)v->b[i]);
			if (v->t[i] > v->t[o - 1U]) {
				v->t[o - 1U] = v->t[i];
			}
			continue;
		}
		v->b[o] = v->b[i];
		v->t[o] = v->t[i];
		o++;
	}
	v->n = o;
}

static struct ivs GOT, WANT;

static void check_ops(const struct world *w, const struct armcvm_realm_plan *pl)
{
	const struct armcvm_realm_layout *l = &w->l;
	uint64_t n[ARMCVM_REALM_OP_COUNT], t[ARMCVM_REALM_OP_COUNT];
	uint64_t entries = 0, off, next_off[4] = { 0, 0, 0, 0 };
	uint32_t img, rec = 0, i;
	size_t k, j;

	count_ops(pl, 0, pl->create_count, n);
	count_ops(pl, pl->create_count, pl->count, t);
	FUZZ_CHECK(n[ARMCVM_REALM_OP_DELEGATE] == pl->stats.delegate &&
		   n[ARMCVM_REALM_OP_RTT_CREATE] == pl->stats.rtt_create &&
		   n[ARMCVM_REALM_OP_INIT_RIPAS] == pl->stats.init_ripas &&
		   n[ARMCVM_REALM_OP_DATA_CREATE] == pl->stats.data_create &&
		   n[ARMCVM_REALM_OP_REC_CREATE] == pl->stats.rec_create &&
		   n[ARMCVM_REALM_OP_REALM_CREATE] == 1U &&
		   n[ARMCVM_REALM_OP_REALM_ACTIVATE] == 1U &&
		   n[ARMCVM_REALM_OP_UNDELEGATE] == 0,
		   "create ops disagree with stats");
	FUZZ_CHECK(t[ARMCVM_REALM_OP_UNDELEGATE] == pl->stats.undelegate &&
		   t[ARMCVM_REALM_OP_RTT_DESTROY] == pl->stats.rtt_create &&
		   t[ARMCVM_REALM_OP_DATA_DESTROY] == pl->stats.data_create &&
		   t[ARMCVM_REALM_OP_REC_DESTROY] == pl->stats.rec_create &&
		   t[ARMCVM_REALM_OP_REALM_DESTROY] == 1U &&
		   t[ARMCVM_REALM_OP_DELEGATE] == 0, "teardown ops");

	GOT.n = 0;
	WANT.n = 0;
	for (k = 0; k < pl->create_count; k++) {
		const struct armcvm_realm_op *op = &pl->ops[k];
		uint64_t sz;

		switch (op->cmd) {
		case ARMCVM_REALM_OP_DELEGATE:
			/* Each granule delegated once, undelegated once. */
			for (j = k + 1U; j < pl->create_count; j++) {
				FUZZ_CHECK(pl->ops[j].cmd !=
					   ARMCVM_REALM_OP_DELEGATE ||
					   pl->ops[j].addr != op->addr,
					   "0x%llx delegated twice",
					   (unsigned long long)op->addr);
			}
			for (i = 0, j = pl->create_count; j < pl->count; j++) {
				i += pl->ops[j].cmd == ARMCVM_REALM_OP_UNDELEGATE &&
				     pl->ops[j].addr == op->addr;
			}
			FUZZ_CHECK(i == 1U, "0x%llx undelegated %u times",
				   (unsigned long long)op->addr, i);
			break;
		case ARMCVM_REALM_OP_RTT_CREATE:
			FUZZ_CHECK(op->level > w->p.rtt_level_start &&
				   op->level <= 3 &&
				   op->ipa % (1ULL << below(op->level - 1)) == 0,
				   "RTT_CREATE level %d ipa 0x%llx", op->level,
				   (unsigned long long)op->ipa);
			break;
		case ARMCVM_REALM_OP_INIT_RIPAS:
			sz = 1ULL << below(op->level);
			FUZZ_CHECK(op->level >= w->p.rtt_level_start &&
				   op->level <= 3 && op->ipa < op->arg &&
				   op->ipa % sz == 0 && op->arg % sz == 0,
				   "INIT_RIPAS level %d [0x%llx, 0x%llx)",
				   op->level, (unsigned long long)op->ipa,
				   (unsigned long long)op->arg);
			entries += (op->arg - op->ipa) / sz;
			ivs_add(&GOT, op->ipa, op->arg);
			break;
		case ARMCVM_REALM_OP_DATA_CREATE:
			/* Each image granule once, in ascending order; the
			 * images of a phase in layout order (CRM puts the
			 * unmeasured ones after the RECs). */
			img = op->index;
			FUZZ_CHECK(img < l->num_images &&
				   op->arg == next_off[img] &&
				   op->ipa == l->images[img].ipa + op->arg &&
				   op->arg < l->images[img].size,
				   "DATA_CREATE image %u off 0x%llx", op->index,
				   (unsigned long long)op->arg);
			next_off[img] += G;
			break;
		case ARMCVM_REALM_OP_REC_CREATE:
			FUZZ_CHECK(op->index == rec, "REC_CREATE %u, want %u",
				   op->index, rec);
			rec++;
			break;
		default:
			break;
		}
	}
	FUZZ_CHECK(entries == pl->stats.ripas_entries, "ripas entries");
	ivs_merge(&GOT, true);
	for (i = 0; i < l->num_ram; i++) {
		uint64_t b = l->ram[i].base, e = b + l->ram[i].size;

		if (l->profile == ARMCVM_REALM_PROFILE_LINUX_V12) {
			/* Minus the image granules (ASSIGNED already). */
			for (j = 0; j < l->num_images; j++) {
				const struct armcvm_realm_image *im =
					&l->images[j];
				uint64_t it = im->ipa + (im->size + G - 1U) / G * G;

				if (it <= b || im->ipa >= e) {
					continue;
				}
				ivs_add(&WANT, b, im->ipa);
				b = it;
			}
		}
		ivs_add(&WANT, b, e);
	}
	ivs_merge(&WANT, false);
	FUZZ_CHECK(GOT.n == WANT.n, "INIT_RIPAS covers %zu runs, RAM %zu",
		   GOT.n, WANT.n);
	for (k = 0; k < GOT.n; k++) {
		FUZZ_CHECK(GOT.b[k] == WANT.b[k] && GOT.t[k] == WANT.t[k],
			   "INIT_RIPAS run [0x%llx, 0x%llx) vs [0x%llx, 0x%llx)",
			   (unsigned long long)GOT.b[k],
			   (unsigned long long)GOT.t[k],
			   (unsigned long long)WANT.b[k],
			   (unsigned long long)WANT.t[k]);
	}
	for (i = 0; i < l->num_images; i++) {
		off = (l->images[i].size + G - 1U) / G * G;
		FUZZ_CHECK(next_off[i] == off, "image %u: 0x%llx of 0x%llx "
			   "bytes created", i, (unsigned long long)next_off[i],
			   (unsigned long long)off);
	}
}

static int write_ns(void *ctx, uint64_t pa, const void *data, size_t len)
{
	return armcvm_rmm_model_host_write(ctx, pa, data, len);
}

static int read_img(void *ctx, uint32_t image, uint64_t off, uint8_t *buf,
		    size_t len)
{
	struct world *w = ctx;

	FUZZ_CHECK(image < w->l.num_images && off % G == 0 &&
		   off < w->l.images[image].size && len >= 1U && len <= G &&
		   len == (w->l.images[image].size - off < G ?
			   w->l.images[image].size - off : G),
		   "predictor read image %u off 0x%llx len %zu", image,
		   (unsigned long long)off, len);
	return armcvm_rmm_model_host_read(&w->m, w->l.images[image].src_pa +
					  off, buf, len);
}

/* Stage the images (zero-padded) and run the plan on the software RMM. */
static void run_on_model(struct world *w, const struct armcvm_realm_plan *pl,
			 struct fuzz_stream *s)
{
	struct armcvm_rmm_platform plat;
	struct armcvm_conduit c;
	struct armcvm_realm_exec_host host = { write_ns, NULL, &w->m };
	struct armcvm_realm_exec_report rep;
	struct armcvm_measurement pred;
	uint8_t buf[ARMCVM_RIM_BATCH * 4096], got[64];
	uint8_t seed = fs_u8(s);
	struct armcvm_realm_rim_source src = {
		read_img, w, buf, (uint32_t)seed % (ARMCVM_RIM_BATCH + 1) };
	uint64_t k, g;
	uint32_t i;
	int rc;

	memset(&plat, 0, sizeof(plat));
	plat.features0 = 48U | (15ULL << 14) | (15ULL << 20) | (1ULL << 32) |
			 (1ULL << 33) | (10ULL << 38);
	plat.rec_aux_count = w->l.rec_aux_count;
	plat.vmid_bits = 16;
	plat.pa_bits = 48;
	memset(MEM, 0, sizeof(MEM));
	w->range.base = MEM_BASE;
	w->range.granules = MEM_GRAN;
	w->range.bytes = MEM;
	w->range.gran = w->gran;
	FUZZ_CHECK(armcvm_rmm_model_init(&w->m, &plat, &w->range, 1, w->vmids,
					 1024) == 0, "model init");
	for (i = 0; i < w->l.num_images; i++) {
		const struct armcvm_realm_image *im = &w->im[i];
		uint8_t *p = MEM + (im->src_pa - MEM_BASE);

		for (k = 0; k < im->size; k++) {
			p[k] = (uint8_t)(seed + 31U * i + k * 7U);
		}
	}
	rc = armcvm_realm_rim_predict(&w->p, &w->l, pl, &src, &pred);
	FUZZ_CHECK(rc == 0, "rim_predict %d", rc);
	c = armcvm_rmm_model_conduit(&w->m);
	rc = armcvm_realm_exec(&c, &w->p, &w->l, pl, 0, pl->create_count,
			       &host, &rep);
	FUZZ_CHECK(rc == 0, "exec build rc %d step %zu %s x0 0x%llx x1 0x%llx "
		   "want 0x%llx", rc, rep.step, armcvm_realm_op_name(rep.cmd),
		   (unsigned long long)rep.x0, (unsigned long long)rep.x1,
		   (unsigned long long)rep.expected);
	FUZZ_CHECK(armcvm_rmm_model_check(&w->m) == 0, "model check (built)");
	FUZZ_CHECK(armcvm_rmm_model_measurement(&w->m, pl->rd, 0, got) == 0 &&
		   memcmp(got, pred.bytes, 64) == 0,
		   "model RIM differs from the prediction");
	rc = armcvm_realm_exec(&c, &w->p, &w->l, pl, pl->create_count,
			       pl->count, &host, &rep);
	FUZZ_CHECK(rc == 0, "exec teardown rc %d step %zu %s x0 0x%llx", rc,
		   rep.step, armcvm_realm_op_name(rep.cmd),
		   (unsigned long long)rep.x0);
	for (g = 0; g < MEM_GRAN; g++) {
		FUZZ_CHECK(armcvm_rmm_model_granule_state(&w->m, MEM_BASE + g * G)
			   == ARMCVM_RMM_GRANULE_UNDELEGATED,
			   "granule %llu left after teardown",
			   (unsigned long long)g);
	}
}

/*
 * The layout rules of realm_plan.h armcvm_realm_plan_build(), checked here
 * with 128-bit arithmetic: ranges sorted, aligned, non-empty, inside the
 * protected IPA space, staged copies that do not run past 2^64; vCPU n has
 * REC index n; pool and NS page aligned; the starting-level RTTs end at or
 * below 2^64, the pool below it, and the two do not overlap.
 */
static bool layout_ok(const struct world *w)
{
	typedef unsigned __int128 u128;
	const struct armcvm_rmi_realm_params *p = &w->p;
	const struct armcvm_realm_layout *l = &w->l;
	u128 top, prev = 0, roots_end, pool_end;
	struct geo g;
	uint32_t field, i;
	uint64_t idx;

	if (p->s2sz < 32U || p->s2sz > 52U || p->rtt_level_start < -1 ||
	    p->rtt_level_start > 3 ||
	    ref_geometry((uint32_t)p->s2sz, (p->flags & 1U) != 0,
			 (int32_t)p->rtt_level_start, &g, &field) != 0 ||
	    p->rtt_num_start != g.num || l->profile > 1U ||
	    l->rec_aux_count > 16U || l->num_vcpus == 0) {
		return false;
	}
	top = (u128)1 << (p->s2sz - 1U);
	for (i = 0; i < l->num_ram; i++) {
		const struct armcvm_realm_ram *r = &l->ram[i];

		if (r->base % G != 0 || r->size % G != 0 || r->size == 0 ||
		    r->base < prev || (u128)r->base + r->size > top) {
			return false;
		}
		prev = (u128)r->base + r->size;
	}
	prev = 0;
	for (i = 0; i < l->num_images; i++) {
		const struct armcvm_realm_image *im = &l->images[i];

		u128 len = ((u128)im->size + G - 1U) / G * G;

		if (im->ipa % G != 0 || im->src_pa % G != 0 || im->size == 0 ||
		    im->ipa < prev || (u128)im->ipa + im->size > top ||
		    (u128)im->src_pa + len > ((u128)1 << 64)) {
			return false;
		}
		prev = (u128)im->ipa + len;
	}
	for (i = 0; i < l->num_vcpus; i++) {
		if (armcvm_rmi_rec_mpidr_to_index(l->vcpus[i].mpidr, &idx) != 0 ||
		    idx != i) {
			return false;
		}
	}
	pool_end = (u128)l->pool_base + l->pool_size;
	roots_end = (u128)p->rtt_base + (u128)p->rtt_num_start * G;
	return l->ns_params_pa % G == 0 && l->pool_base % G == 0 &&
	       l->pool_size % G == 0 &&
	       (pool_end < ((u128)1 << 64) || l->pool_size == 0) &&
	       roots_end <= ((u128)1 << 64) &&
	       !(l->pool_base < roots_end && pool_end > p->rtt_base);
}

static void check_planner(struct world *w, struct fuzz_stream *s)
{
	struct armcvm_realm_plan cnt, pl;
	struct armcvm_realm_error e1, e2;
	int r1, r2;

	if (!make_params(w, s)) {
		return;
	}
	read_layout(w, s);
	memset(&cnt, 0, sizeof(cnt));
	memset(&pl, 0, sizeof(pl));
	pl.ops = w->ops;
	pl.capacity = OPS_CAP;
	r1 = armcvm_realm_plan_build(&w->p, &w->l, &cnt, &e1);
	r2 = armcvm_realm_plan_build(&w->p, &w->l, &pl, &e2);
	if (getenv("FUZZ_TRACE") != NULL) {
		fprintf(stderr, "plan rc %d/%d field %u: %zu ops (%zu build), "
			"%llu RIPAS entries, %llu granules\n", r1, r2, e1.field,
			cnt.count, cnt.create_count,
			(unsigned long long)cnt.stats.ripas_entries,
			(unsigned long long)cnt.stats.granules);
	}
	FUZZ_CHECK(r1 == 0 || r1 == -ARMCVM_ERR_INVAL ||
		   r1 == -ARMCVM_ERR_ALIGN || r1 == -ARMCVM_ERR_RANGE ||
		   r1 == -ARMCVM_ERR_RESERVED || r1 == -ARMCVM_ERR_NOSPACE,
		   "plan rc %d", r1);
	FUZZ_CHECK(r1 == r2 || (r1 == 0 && r2 == -ARMCVM_ERR_NOSPACE &&
				e2.field == ARMCVM_REALM_FIELD_PLAN &&
				cnt.count > OPS_CAP),
		   "count-only rc %d, stored rc %d (field %u)", r1, r2,
		   e2.field);
	FUZZ_CHECK(r1 == 0 || r1 == -ARMCVM_ERR_NOSPACE ||
		   e1.field != ARMCVM_REALM_FIELD_NONE, "no error field");
	FUZZ_CHECK((r1 == 0 || r1 == -ARMCVM_ERR_NOSPACE) == layout_ok(w),
		   "plan rc %d (field %u index %u) but the layout is %s", r1,
		   e1.field, e1.index, layout_ok(w) ? "valid" : "invalid");
	if (r1 != 0 && r1 != -ARMCVM_ERR_NOSPACE) {
		return;
	}
	/* Counts are valid even when the pool or the buffer is short. */
	FUZZ_CHECK(cnt.count == pl.count &&
		   cnt.create_count == pl.create_count &&
		   memcmp(&cnt.stats, &pl.stats, sizeof(cnt.stats)) == 0,
		   "count-only and stored plans disagree");
	check_formula(w, &cnt);
	if (r1 == -ARMCVM_ERR_NOSPACE) {
		FUZZ_CHECK(e1.field == ARMCVM_REALM_FIELD_POOL &&
			   cnt.stats.granules > w->l.pool_size / G,
			   "pool NOSPACE with %llu granules of %llu",
			   (unsigned long long)cnt.stats.granules,
			   (unsigned long long)(w->l.pool_size / G));
		return;
	}
	FUZZ_CHECK(cnt.stats.granules <= w->l.pool_size / G, "pool overrun");
	if (r2 != 0) {
		return;
	}
	check_ops(w, &pl);
	/* Small layouts only: every RIPAS entry costs two hashes per run. */
	if (!w->chaos && pl.stats.ripas_entries <= MODEL_MAX_ENTRIES) {
		run_on_model(w, &pl, s);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_stream s = { data, size };
	struct armcvm_realm_desc d;
	struct armcvm_rmi_realm_params out;
	uint8_t m = fs_u8(&s), b;
	uint64_t f0;

	read_desc(&s, &d);
	b = fs_u8(&s);
	f0 = (fs_u64(&s) & ~0xFFULL) | (b < 0xE0U ? 32U + b % 24U : b);
	check_builder(&d, f0, &out);
	if ((m & 1U) != 0) {
		W.chaos = (m & 2U) != 0;
		check_planner(&W, &s);
	}
	return 0;
}
