/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RMI 1.0 wrappers: every command's registers in and out (FIDs and
 * register use from DEN0137 1.0-rel0 B4.3 as tabulated in
 * shared/reference/rmi.md 1.2, written here as literals), every bad-input
 * rule, status decoding, version negotiation and the ABI layout at run
 * time (offsets from rmi.md 3.1-3.3).
 */
#include <stddef.h>

#include "rmi_cases.h"

#define RD	0x80001000ULL
#define DATA	0x80002000ULL
#define SRC	0x90003000ULL
#define REC	0x80004000ULL
#define REC2	0x80005000ULL
#define RTT	0x80006000ULL
#define PARAMS	0x90007000ULL
#define RUN	0x90008000ULL
#define IPA	0x40000000ULL	/* 1 GiB: aligned for every level >= 1 */
#define TOP	0x40200000ULL

static const struct armcvm_conduit nocall =
	ARMCVM_CONDUIT_INIT_CALLBACK(never_called, NULL);

/* ---- one call function per command ---- */

static void ok_status(int ret, const struct armcvm_rmi_status *st)
{
	assert_int_equal(ret, 0);
	assert_uint_equal(st->status, 0);
	assert_uint_equal(st->index, 0);
	assert_false(st->mbz_set);
	assert_true(armcvm_rmi_status_ok(st));
}

static void c_version(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_version_result r;

	ok_status(armcvm_rmi_version(c, 0x10000, &r), &r.st);
	assert_uint_equal(r.lower, 0x10000);
	assert_uint_equal(r.higher, 0x10001);
}

static void c_delegate(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_granule_delegate(c, DATA, &st), &st);
}

static void c_undelegate(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_granule_undelegate(c, DATA, &st), &st);
}

static void c_data_create(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_data_create(c, RD, DATA, IPA, SRC,
					 ARMCVM_RMI_DATA_FLAG_MEASURE, &st),
		  &st);
}

static void c_data_create_unknown(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_data_create_unknown(c, RD, DATA, IPA, &st), &st);
}

static void c_data_destroy(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_data_destroy_result r;

	ok_status(armcvm_rmi_data_destroy(c, RD, IPA, &r), &r.st);
	assert_uint_equal(r.data, DATA);
	assert_uint_equal(r.top, TOP);
}

static void c_realm_activate(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_realm_activate(c, RD, &st), &st);
}

static void c_realm_create(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_realm_create(c, RD, PARAMS, &st), &st);
}

static void c_realm_destroy(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_realm_destroy(c, RD, &st), &st);
}

static void c_rec_create(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_rec_create(c, RD, REC, PARAMS, &st), &st);
}

static void c_rec_destroy(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_rec_destroy(c, REC, &st), &st);
}

static void c_rec_enter(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	/* (RMI_ERROR_REALM, 1): realm SYSTEM_OFF (S10 B4.3.14). */
	assert_int_equal(armcvm_rmi_rec_enter(c, REC, RUN, &st), 0);
	assert_uint_equal(st.status, ARMCVM_RMI_ERROR_REALM);
	assert_uint_equal(st.index, 1);
	assert_false(armcvm_rmi_status_ok(&st));
}

static void c_rtt_create(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_rtt_create(c, RD, RTT, IPA, 2, &st), &st);
}

static void c_rtt_create_lpa2(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	/* Level 0 under a level -1 root: ipa aligned to 2^48. */
	ok_status(armcvm_rmi_rtt_create(c, RD, RTT, 0x1000000000000ULL, 0,
					&st), &st);
}

static void c_rtt_destroy(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_rtt_destroy_result r;

	/* (RMI_ERROR_RTT, 2) with top == ipa: RTT is live (rmi.md 2.2). */
	assert_int_equal(armcvm_rmi_rtt_destroy(c, RD, IPA, 3, &r), 0);
	assert_uint_equal(r.st.status, ARMCVM_RMI_ERROR_RTT);
	assert_uint_equal(r.st.index, 2);
	assert_uint_equal(r.top, IPA);
}

static void c_map_unprotected(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_rtt_map_unprotected(c, RD, 0x8000000000ULL, 3,
						 0x88000000ULL | 0xC4ULL, &st),
		  &st);
}

static void c_read_entry(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_rtt_entry e;

	ok_status(armcvm_rmi_rtt_read_entry(c, RD, IPA, 1, &e), &e.st);
	assert_int_equal(e.walk_level, 1);
	assert_uint_equal(e.state, ARMCVM_RMI_ASSIGNED);
	assert_uint_equal(e.desc, DATA);
	assert_uint_equal(e.ripas, ARMCVM_RMI_RAM);
}

static void c_read_entry_lpa2(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_rtt_entry e;

	ok_status(armcvm_rmi_rtt_read_entry(c, RD, 0, -1, &e), &e.st);
	assert_int_equal(e.walk_level, -1);
	assert_uint_equal(e.state, ARMCVM_RMI_TABLE);
	assert_uint_equal(e.desc, RTT);
	assert_uint_equal(e.ripas, ARMCVM_RMI_EMPTY);
}

static void c_unmap_unprotected(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_rtt_unmap_result r;

	ok_status(armcvm_rmi_rtt_unmap_unprotected(c, RD, 0x8000200000ULL, 2,
						   &r), &r.st);
	assert_uint_equal(r.top, 0x8000400000ULL);
}

static void c_psci_complete(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_status st;

	ok_status(armcvm_rmi_psci_complete(c, REC, REC2, -3, &st), &st);
}

static void c_features(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_features_result r;

	ok_status(armcvm_rmi_features(c, 0, &r), &r.st);
	assert_uint_equal(r.value, 0x30ULL);
	assert_uint_equal(ARMCVM_RMI_FEAT0_GET(r.value, S2SZ), 48);
}

static void c_fold(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_rtt_fold_result r;

	ok_status(armcvm_rmi_rtt_fold(c, RD, 0x40200000ULL, 3, &r), &r.st);
	assert_uint_equal(r.rtt, RTT);
}

static void c_aux_count(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_rec_aux_count_result r;

	ok_status(armcvm_rmi_rec_aux_count(c, RD, &r), &r.st);
	assert_uint_equal(r.aux_count, 16);
}

static void c_init_ripas(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_ripas_result r;

	ok_status(armcvm_rmi_rtt_init_ripas(c, RD, IPA, 0x80000000ULL, &r),
		  &r.st);
	assert_uint_equal(r.out_top, TOP);
}

static void c_set_ripas(const struct armcvm_conduit *c)
{
	struct armcvm_rmi_ripas_result r;

	ok_status(armcvm_rmi_rtt_set_ripas(c, RD, REC, IPA, TOP, &r), &r.st);
	assert_uint_equal(r.out_top, 0x40001000ULL);
}

/* FIDs and registers: DEN0137 1.0-rel0 B4.3 (rmi.md 1.2). */
static const struct wrap_case rmi_cases[] = {
	{ "VERSION", 0xC4000150, 1, { 0x10000 }, 3, { 0, 0x10000, 0x10001 },
	  c_version },
	{ "GRANULE_DELEGATE", 0xC4000151, 1, { DATA }, 1, { 0 }, c_delegate },
	{ "GRANULE_UNDELEGATE", 0xC4000152, 1, { DATA }, 1, { 0 },
	  c_undelegate },
	{ "DATA_CREATE", 0xC4000153, 5, { RD, DATA, IPA, SRC, 1 }, 1, { 0 },
	  c_data_create },
	{ "DATA_CREATE_UNKNOWN", 0xC4000154, 3, { RD, DATA, IPA }, 1, { 0 },
	  c_data_create_unknown },
	{ "DATA_DESTROY", 0xC4000155, 2, { RD, IPA }, 3, { 0, DATA, TOP },
	  c_data_destroy },
	{ "REALM_ACTIVATE", 0xC4000157, 1, { RD }, 1, { 0 },
	  c_realm_activate },
	{ "REALM_CREATE", 0xC4000158, 2, { RD, PARAMS }, 1, { 0 },
	  c_realm_create },
	{ "REALM_DESTROY", 0xC4000159, 1, { RD }, 1, { 0 }, c_realm_destroy },
	{ "REC_CREATE", 0xC400015A, 3, { RD, REC, PARAMS }, 1, { 0 },
	  c_rec_create },
	{ "REC_DESTROY", 0xC400015B, 1, { REC }, 1, { 0 }, c_rec_destroy },
	{ "REC_ENTER", 0xC400015C, 2, { REC, RUN }, 1, { 0x102 },
	  c_rec_enter },
	{ "RTT_CREATE", 0xC400015D, 4, { RD, RTT, IPA, 2 }, 1, { 0 },
	  c_rtt_create },
	{ "RTT_CREATE level 0", 0xC400015D, 4,
	  { RD, RTT, 0x1000000000000ULL, 0 }, 1, { 0 }, c_rtt_create_lpa2 },
	{ "RTT_DESTROY", 0xC400015E, 3, { RD, IPA, 3 }, 3, { 0x204, 0, IPA },
	  c_rtt_destroy },
	{ "RTT_MAP_UNPROTECTED", 0xC400015F, 4,
	  { RD, 0x8000000000ULL, 3, 0x880000C4ULL }, 1, { 0 },
	  c_map_unprotected },
	{ "RTT_READ_ENTRY", 0xC4000161, 3,
	  { RD, IPA, 1 }, 5, { 0, 1, 1, DATA, 1 }, c_read_entry },
	{ "RTT_READ_ENTRY level -1", 0xC4000161, 3,
	  { RD, 0, 0xFFFFFFFFFFFFFFFFULL }, 5,
	  { 0, 0xFFFFFFFFFFFFFFFFULL, 2, RTT, 0 }, c_read_entry_lpa2 },
	{ "RTT_UNMAP_UNPROTECTED", 0xC4000162, 3, { RD, 0x8000200000ULL, 2 },
	  2, { 0, 0x8000400000ULL }, c_unmap_unprotected },
	{ "PSCI_COMPLETE", 0xC4000164, 3,
	  { REC, REC2, 0xFFFFFFFFFFFFFFFDULL }, 1, { 0 }, c_psci_complete },
	{ "FEATURES", 0xC4000165, 1, { 0 }, 2, { 0, 0x30 }, c_features },
	{ "RTT_FOLD", 0xC4000166, 3, { RD, 0x40200000ULL, 3 }, 2, { 0, RTT },
	  c_fold },
	{ "REC_AUX_COUNT", 0xC4000167, 1, { RD }, 2, { 0, 16 }, c_aux_count },
	{ "RTT_INIT_RIPAS", 0xC4000168, 3, { RD, IPA, 0x80000000ULL }, 2,
	  { 0, TOP }, c_init_ripas },
	{ "RTT_SET_RIPAS", 0xC4000169, 4, { RD, REC, IPA, TOP }, 2,
	  { 0, 0x40001000ULL }, c_set_ripas },
};

static void test_every_command(void **state)
{
	(void)state;
	run_cases(rmi_cases, ARRAY_SIZE(rmi_cases));
}

static void test_fids(void **state)
{
	static const struct {
		uint64_t fid, expect;
	} t[] = {
		{ ARMCVM_SMC_RMI_VERSION, 0xC4000150 },
		{ ARMCVM_SMC_RMI_GRANULE_DELEGATE, 0xC4000151 },
		{ ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, 0xC4000152 },
		{ ARMCVM_SMC_RMI_DATA_CREATE, 0xC4000153 },
		{ ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, 0xC4000154 },
		{ ARMCVM_SMC_RMI_DATA_DESTROY, 0xC4000155 },
		{ ARMCVM_SMC_RMI_REALM_ACTIVATE, 0xC4000157 },
		{ ARMCVM_SMC_RMI_REALM_CREATE, 0xC4000158 },
		{ ARMCVM_SMC_RMI_REALM_DESTROY, 0xC4000159 },
		{ ARMCVM_SMC_RMI_REC_CREATE, 0xC400015A },
		{ ARMCVM_SMC_RMI_REC_DESTROY, 0xC400015B },
		{ ARMCVM_SMC_RMI_REC_ENTER, 0xC400015C },
		{ ARMCVM_SMC_RMI_RTT_CREATE, 0xC400015D },
		{ ARMCVM_SMC_RMI_RTT_DESTROY, 0xC400015E },
		{ ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, 0xC400015F },
		{ ARMCVM_SMC_RMI_RTT_READ_ENTRY, 0xC4000161 },
		{ ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, 0xC4000162 },
		{ ARMCVM_SMC_RMI_PSCI_COMPLETE, 0xC4000164 },
		{ ARMCVM_SMC_RMI_FEATURES, 0xC4000165 },
		{ ARMCVM_SMC_RMI_RTT_FOLD, 0xC4000166 },
		{ ARMCVM_SMC_RMI_REC_AUX_COUNT, 0xC4000167 },
		{ ARMCVM_SMC_RMI_RTT_INIT_RIPAS, 0xC4000168 },
		{ ARMCVM_SMC_RMI_RTT_SET_RIPAS, 0xC4000169 },
	};
	size_t i;

	(void)state;
	assert_uint_equal(ARRAY_SIZE(t), 23);
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		assert_uint_equal(t[i].fid, t[i].expect);
	}
}

/* ---- bad input: refused without a call ---- */

static void test_bad_alignment(void **state)
{
	struct armcvm_rmi_status st;
	struct armcvm_rmi_ripas_result rr;
	struct armcvm_rmi_data_destroy_result dd;
	struct armcvm_rmi_rec_aux_count_result ac;

	(void)state;
	assert_int_equal(armcvm_rmi_granule_delegate(&nocall, DATA + 8, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_granule_undelegate(&nocall, 0x800, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_data_create(&nocall, RD, DATA, IPA,
						SRC + 1, 0, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_data_create(&nocall, RD, DATA, IPA + 0x10,
						SRC, 0, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_data_create_unknown(&nocall, RD + 4, DATA,
							IPA, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_data_destroy(&nocall, RD, IPA + 1, &dd),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_realm_create(&nocall, RD, PARAMS + 0x40,
						 &st), -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_realm_activate(&nocall, RD | 1, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_realm_destroy(&nocall, RD | 2, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rec_create(&nocall, RD, REC | 8, PARAMS,
					       &st), -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rec_destroy(&nocall, REC | 8, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rec_enter(&nocall, REC, RUN + 0x800, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rec_aux_count(&nocall, RD | 0xFFF, &ac),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_psci_complete(&nocall, REC | 4, REC2, 0,
						  &st), -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rtt_init_ripas(&nocall, RD, IPA + 0x100,
						   TOP, &rr),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rtt_set_ripas(&nocall, RD, REC, IPA,
						  TOP + 4, &rr),
			 -ARMCVM_ERR_ALIGN);
}

static void test_bad_levels(void **state)
{
	struct armcvm_rmi_status st;
	struct armcvm_rmi_rtt_destroy_result d;
	struct armcvm_rmi_rtt_fold_result f;
	struct armcvm_rmi_rtt_entry e;
	struct armcvm_rmi_rtt_unmap_result u;

	(void)state;
	/* RTT_CREATE: level above the starting level (>= -1) and <= 3. */
	assert_int_equal(armcvm_rmi_rtt_create(&nocall, RD, RTT, 0, -1, &st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_create(&nocall, RD, RTT, IPA, 4, &st),
			 -ARMCVM_ERR_INVAL);
	/* Level 3 RTT covers one 2 MiB level-2 entry: ipa 2 MiB aligned. */
	assert_int_equal(armcvm_rmi_rtt_create(&nocall, RD, RTT,
					       IPA + 0x1000, 3, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rtt_destroy(&nocall, RD, IPA, 5, &d),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_destroy(&nocall, RD, IPA + 0x200000,
						2, &d), -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmi_rtt_fold(&nocall, RD, IPA, -1, &f),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_read_entry(&nocall, RD, IPA, -2, &e),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_read_entry(&nocall, RD, IPA + 0x1000,
						   2, &e), -ARMCVM_ERR_ALIGN);
	/* Unprotected mappings exist at levels 1..3 only (S10 B4.3.19). */
	assert_int_equal(armcvm_rmi_rtt_map_unprotected(&nocall, RD, 0, 0, 0,
							&st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_unmap_unprotected(&nocall, RD, IPA, 0,
							  &u),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_unmap_unprotected(&nocall, RD,
							  IPA + 0x1000, 2,
							  &u),
			 -ARMCVM_ERR_ALIGN);
}

static void test_bad_other(void **state)
{
	struct armcvm_rmi_status st;
	struct armcvm_rmi_ripas_result rr;
	struct armcvm_rmi_version_result v;

	(void)state;
	/* RmiDataFlags bits 63:1 SBZ. */
	assert_int_equal(armcvm_rmi_data_create(&nocall, RD, DATA, IPA, SRC,
						2, &st),
			 -ARMCVM_ERR_RESERVED);
	/* Descriptor: valid bits 1:0 set, MemAttr 0b100, OA misaligned. */
	assert_int_equal(armcvm_rmi_rtt_map_unprotected(&nocall, RD, IPA, 3,
							DATA | 3, &st),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rmi_rtt_map_unprotected(&nocall, RD, IPA, 3,
							DATA | (1ULL << 60),
							&st),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rmi_rtt_map_unprotected(&nocall, RD, IPA, 3,
							DATA | (4U << 2), &st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_map_unprotected(&nocall, RD, IPA, 2,
							DATA, &st),
			 -ARMCVM_ERR_ALIGN);
	/* Empty or inverted ranges (size_valid). */
	assert_int_equal(armcvm_rmi_rtt_init_ripas(&nocall, RD, TOP, TOP, &rr),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmi_rtt_set_ripas(&nocall, RD, REC, TOP, IPA,
						  &rr), -ARMCVM_ERR_RANGE);
	/* PSCI_COMPLETE alias (calling == target). */
	assert_int_equal(armcvm_rmi_psci_complete(&nocall, REC, REC, 0, &st),
			 -ARMCVM_ERR_INVAL);
	/* RmiInterfaceVersion bits 63:31 MBZ. */
	assert_int_equal(armcvm_rmi_version(&nocall, 0x80000000ULL, &v),
			 -ARMCVM_ERR_RESERVED);
}

static void test_raw_path_sends_invalid(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	const uint64_t args[] = { DATA + 8 };
	const uint64_t reply[] = { ARMCVM_RMI_ERROR_INPUT };
	struct armcvm_smccc_regs r;
	struct armcvm_rmi_status st;

	(void)state;
	mock_conduit_reset(&m);
	mock_conduit_reply(mock_conduit_expect(&m, 0xC4000151, 1, args), 1,
			   reply);
	armcvm_rmi_encode_raw(&r, ARMCVM_SMC_RMI_GRANULE_DELEGATE, DATA + 8,
			      0, 0, 0, 0);
	armcvm_conduit_invoke(&c, &r, &r, ARMCVM_RMI_GRANULE_DELEGATE_NIN,
			      ARMCVM_RMI_GRANULE_DELEGATE_NOUT);
	assert_int_equal(armcvm_rmi_granule_delegate_decode(&r, &st), 0);
	assert_uint_equal(st.status, ARMCVM_RMI_ERROR_INPUT);
	mock_conduit_assert_done(&m);
}

/* ---- status decoding (S10 B4.4.1) ---- */

static void test_status_decode(void **state)
{
	struct armcvm_rmi_status st;

	(void)state;
	assert_int_equal(armcvm_rmi_status_decode(0x0304, &st), 0);
	assert_uint_equal(st.status, 4);
	assert_uint_equal(st.index, 3);
	assert_false(st.mbz_set);
	assert_false(armcvm_rmi_status_ok(&st));
	assert_int_equal(armcvm_rmi_status_decode(0x10000, &st),
			 -ARMCVM_ERR_PROTOCOL);
	assert_true(st.mbz_set);
	assert_uint_equal(st.status, 0);
	assert_false(armcvm_rmi_status_ok(&st));
	assert_int_equal(armcvm_rmi_status_decode(0x8000000000000000ULL, &st),
			 -ARMCVM_ERR_PROTOCOL);
	assert_true(st.mbz_set);
	assert_int_equal(armcvm_rmi_status_decode(~0ULL, &st),
			 -ARMCVM_ERR_NOTSUPP);
	assert_true(st.mbz_set);
	assert_int_equal(armcvm_rmi_status_decode(0, &st), 0);
	assert_true(armcvm_rmi_status_ok(&st));
}

static void test_status_str(void **state)
{
	(void)state;
	assert_string_equal(armcvm_rmi_status_str(0), "RMI_SUCCESS");
	assert_string_equal(armcvm_rmi_status_str(1), "RMI_ERROR_INPUT");
	assert_string_equal(armcvm_rmi_status_str(2), "RMI_ERROR_REALM");
	assert_string_equal(armcvm_rmi_status_str(3), "RMI_ERROR_REC");
	assert_string_equal(armcvm_rmi_status_str(4), "RMI_ERROR_RTT");
	assert_string_equal(armcvm_rmi_status_str(10), "RMI_BUSY");
	assert_string_equal(armcvm_rmi_status_str(13), "RMI_INCOMPLETE");
	assert_string_equal(armcvm_rmi_status_str(16), "RMI_ERROR_GRANULE");
	assert_string_equal(armcvm_rmi_status_str(17), "<unknown RMI status>");
	assert_string_equal(armcvm_rmi_status_str(255),
			    "<unknown RMI status>");
}

/* Malformed replies on success are PROTOCOL errors, results still filled. */
static void expect_reply(struct mock_conduit_state *m, uint64_t fid,
			 unsigned int nargs, const uint64_t *args,
			 unsigned int nres, const uint64_t *res)
{
	mock_conduit_reply(mock_conduit_expect(m, fid, nargs, args), nres, res);
}

static void test_output_mbz(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	const uint64_t a_read[] = { RD, IPA, 3 };
	const uint64_t bad_state[] = { 0, 3, 0x101, 0, 0 };
	const uint64_t bad_level[] = { 0, 7, 0, 0, 0 };
	const uint64_t a_rd[] = { RD };
	const uint64_t many_aux[] = { 0, 17 };
	const uint64_t a_dd[] = { RD, IPA };
	const uint64_t bad_pa[] = { 0, DATA + 4, TOP };
	const uint64_t err_rtt[] = { 0x304, 0x1234, TOP };
	struct armcvm_rmi_rtt_entry e;
	struct armcvm_rmi_rec_aux_count_result ac;
	struct armcvm_rmi_data_destroy_result dd;

	(void)state;
	mock_conduit_reset(&m);
	expect_reply(&m, 0xC4000161, 3, a_read, 5, bad_state);
	expect_reply(&m, 0xC4000161, 3, a_read, 5, bad_level);
	expect_reply(&m, 0xC4000167, 1, a_rd, 2, many_aux);
	expect_reply(&m, 0xC4000155, 2, a_dd, 3, bad_pa);
	expect_reply(&m, 0xC4000155, 2, a_dd, 3, err_rtt);
	assert_int_equal(armcvm_rmi_rtt_read_entry(&c, RD, IPA, 3, &e),
			 -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(e.state, 1);
	assert_int_equal(armcvm_rmi_rtt_read_entry(&c, RD, IPA, 3, &e),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_rmi_rec_aux_count(&c, RD, &ac),
			 -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(ac.aux_count, 17);
	assert_int_equal(armcvm_rmi_data_destroy(&c, RD, IPA, &dd),
			 -ARMCVM_ERR_PROTOCOL);
	/* On (ERROR_RTT, 3) only top is meaningful; data is not checked. */
	assert_int_equal(armcvm_rmi_data_destroy(&c, RD, IPA, &dd), 0);
	assert_uint_equal(dd.st.status, ARMCVM_RMI_ERROR_RTT);
	assert_uint_equal(dd.st.index, 3);
	assert_uint_equal(dd.top, TOP);
	mock_conduit_assert_done(&m);
}

static void test_no_conduit(void **state)
{
	const struct armcvm_conduit none = { ARMCVM_CONDUIT_NONE, NULL, NULL };
	struct armcvm_rmi_status st;

	(void)state;
	/* NONE yields SMC_UNKNOWN-style NOT_SUPPORTED (-1). */
	assert_int_equal(armcvm_rmi_granule_delegate(&none, DATA, &st),
			 -ARMCVM_ERR_NOTSUPP);
	assert_true(st.mbz_set);
}

/* ---- NULL pointers: every layer refuses them, no call is issued ---- */

static void test_null_pointers(void **state)
{
	struct armcvm_smccc_regs r = { { 0 } };

	(void)state;
	/* Encode layer: @in NULL (after the value checks pass). */
	assert_int_equal(armcvm_rmi_version_encode(NULL, 0x10000),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_granule_delegate_encode(NULL, DATA),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_granule_undelegate_encode(NULL, DATA),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_create_encode(NULL, RD, DATA, IPA,
						       SRC, 0),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_create_unknown_encode(NULL, RD, DATA,
							       IPA),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_destroy_encode(NULL, RD, IPA),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_realm_activate_encode(NULL, RD),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_realm_destroy_encode(NULL, RD),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_destroy_encode(NULL, REC),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_aux_count_encode(NULL, RD),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_realm_create_encode(NULL, RD, PARAMS),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_create_encode(NULL, RD, REC, PARAMS),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_enter_encode(NULL, REC, RUN),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_create_encode(NULL, RD, RTT, IPA, 2),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_destroy_encode(NULL, RD, IPA, 2),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_fold_encode(NULL, RD, IPA, 2),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_map_unprotected_encode(NULL, RD, IPA,
							       3, DATA),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_read_entry_encode(NULL, RD, IPA, 3),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_unmap_unprotected_encode(NULL, RD, IPA,
								 3),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_psci_complete_encode(NULL, REC, REC2, 0),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_features_encode(NULL, 0),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_init_ripas_encode(NULL, RD, IPA, TOP),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_set_ripas_encode(NULL, RD, REC, IPA,
							 TOP),
			 -ARMCVM_ERR_INVAL);

	/* Decode layer: registers or result NULL. */
	assert_int_equal(armcvm_rmi_status_decode(0, NULL), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_granule_delegate_decode(NULL, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_psci_complete_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_version_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_version_decode(NULL, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_destroy_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_destroy_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_fold_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_read_entry_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_unmap_unprotected_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_features_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_aux_count_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_init_ripas_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_set_ripas_decode(NULL, NULL),
			 -ARMCVM_ERR_INVAL);

	/* Wrappers: a NULL result is refused before the call. */
	assert_int_equal(armcvm_rmi_version(&nocall, 0x10000, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_granule_delegate(&nocall, DATA, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_granule_undelegate(&nocall, DATA, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_create(&nocall, RD, DATA, IPA, SRC, 0,
						NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_create_unknown(&nocall, RD, DATA, IPA,
							NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_data_destroy(&nocall, RD, IPA, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_realm_activate(&nocall, RD, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_realm_create(&nocall, RD, PARAMS, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_realm_destroy(&nocall, RD, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_create(&nocall, RD, REC, PARAMS, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_destroy(&nocall, REC, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_enter(&nocall, REC, RUN, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_create(&nocall, RD, RTT, IPA, 2, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_destroy(&nocall, RD, IPA, 2, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_map_unprotected(&nocall, RD, IPA, 3,
							DATA, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_read_entry(&nocall, RD, IPA, 3, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_unmap_unprotected(&nocall, RD, IPA, 3,
							  NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_psci_complete(&nocall, REC, REC2, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_features(&nocall, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_fold(&nocall, RD, IPA, 2, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_aux_count(&nocall, RD, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_init_ripas(&nocall, RD, IPA, TOP, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rtt_set_ripas(&nocall, RD, REC, IPA, TOP,
						  NULL),
			 -ARMCVM_ERR_INVAL);

	/* Versions and MPIDRs. */
	assert_int_equal(armcvm_rmi_interface_version_pack(1, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_interface_version_unpack(0x10000, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_mpidr_el1(0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index(0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_rec_mpidr_to_index(0, NULL),
			 -ARMCVM_ERR_INVAL);
}

/* Malformed output registers of the remaining decoders (on success). */
static void test_output_malformed(void **state)
{
	struct armcvm_smccc_regs r;
	struct armcvm_rmi_version_result v;
	struct armcvm_rmi_rtt_destroy_result d;
	struct armcvm_rmi_rtt_fold_result f;
	struct armcvm_rmi_ripas_result rr;
	struct armcvm_rmi_rtt_entry e;

	(void)state;
	memset(&r, 0, sizeof(r));
	/* RMI_VERSION: lower/higher bits 63:31 MBZ; lower <= higher. */
	r.x[1] = 0x10000;
	r.x[2] = 0x80010000ULL;
	assert_int_equal(armcvm_rmi_version_decode(&r, &v),
			 -ARMCVM_ERR_PROTOCOL);
	r.x[1] = 0x10001;
	r.x[2] = 0x10000;
	assert_int_equal(armcvm_rmi_version_decode(&r, &v),
			 -ARMCVM_ERR_PROTOCOL);
	/* RTT_DESTROY / RTT_FOLD: the returned RTT PA is 4 KiB aligned. */
	r.x[1] = RTT + 0x10;
	assert_int_equal(armcvm_rmi_rtt_destroy_decode(&r, &d),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_rmi_rtt_fold_decode(&r, &f),
			 -ARMCVM_ERR_PROTOCOL);
	/* RTT_INIT_RIPAS / SET_RIPAS: out_top 4 KiB aligned. */
	r.x[1] = TOP + 0x800;
	assert_int_equal(armcvm_rmi_rtt_init_ripas_decode(&r, &rr),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_rmi_rtt_set_ripas_decode(&r, &rr),
			 -ARMCVM_ERR_PROTOCOL);
	/* The same outputs under an error status are not checked. */
	r.x[0] = ARMCVM_RMI_ERROR_INPUT;
	assert_int_equal(armcvm_rmi_rtt_fold_decode(&r, &f), 0);
	assert_int_equal(armcvm_rmi_rtt_init_ripas_decode(&r, &rr), 0);
	/* READ_ENTRY walk_level at the limits: -1 and 3 fine, -2 and 4 not. */
	memset(&r, 0, sizeof(r));
	r.x[1] = (uint64_t)-1;
	assert_int_equal(armcvm_rmi_rtt_read_entry_decode(&r, &e), 0);
	r.x[1] = 3;
	assert_int_equal(armcvm_rmi_rtt_read_entry_decode(&r, &e), 0);
	r.x[1] = (uint64_t)-2;
	assert_int_equal(armcvm_rmi_rtt_read_entry_decode(&r, &e),
			 -ARMCVM_ERR_PROTOCOL);
	r.x[1] = 4;
	assert_int_equal(armcvm_rmi_rtt_read_entry_decode(&r, &e),
			 -ARMCVM_ERR_PROTOCOL);
	/* A status with MBZ bits set: PROTOCOL, whatever the outputs. */
	r.x[0] = 1ULL << 16;
	r.x[1] = 1;
	assert_int_equal(armcvm_rmi_rtt_read_entry_decode(&r, &e),
			 -ARMCVM_ERR_PROTOCOL);
}

/* ---- version (S10 B4.3.23, B4.4.9; rmi.md 1.3) ---- */

static void test_interface_version(void **state)
{
	struct armcvm_rmi_version v;
	uint64_t x;

	(void)state;
	assert_int_equal(armcvm_rmi_interface_version_pack(1, 0, &x), 0);
	assert_uint_equal(x, 0x10000);
	assert_int_equal(armcvm_rmi_interface_version_pack(2, 0, &x), 0);
	assert_uint_equal(x, 0x20000);
	assert_int_equal(armcvm_rmi_interface_version_pack(0x8000, 0, &x),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmi_interface_version_pack(1, 0x10000, &x),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmi_interface_version_unpack(0x10001, &v), 0);
	assert_uint_equal(v.major, 1);
	assert_uint_equal(v.minor, 1);
	assert_int_equal(armcvm_rmi_interface_version_unpack(0x80010000ULL,
							     &v),
			 -ARMCVM_ERR_RESERVED);
}

static int negotiate(uint64_t req, uint64_t x0, uint64_t lower,
		     uint64_t higher, struct armcvm_rmi_negotiation *n)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	const uint64_t res[] = { x0, lower, higher };
	int ret;

	mock_conduit_reset(&m);
	expect_reply(&m, 0xC4000150, 1, &req, 3, res);
	ret = armcvm_rmi_version_negotiate(&c, req, n);
	mock_conduit_assert_done(&m);
	return ret;
}

static void test_negotiate(void **state)
{
	struct armcvm_rmi_negotiation n;

	(void)state;
	/* TF-RMM rel0: supports only 1.0 (rmi.md 1.3). */
	assert_int_equal(negotiate(0x10000, 0, 0x10000, 0x10000, &n), 0);
	assert_int_equal(n.outcome, ARMCVM_RMI_VERSION_MATCH);
	assert_true(n.compatible);
	/* T11 {1.0, 1.1} asked for 1.2: offers 1.1. */
	assert_int_equal(negotiate(0x10002, 1, 0x10001, 0x10001, &n), 0);
	assert_int_equal(n.outcome, ARMCVM_RMI_VERSION_LOWER_AVAILABLE);
	assert_false(n.compatible);
	assert_uint_equal(n.fallback, 0x10001);
	/* T20 {2.0} asked for 1.0: only higher. */
	assert_int_equal(negotiate(0x10000, 1, 0x20000, 0x20000, &n), 0);
	assert_int_equal(n.outcome, ARMCVM_RMI_VERSION_ONLY_HIGHER);
	assert_false(n.compatible);
	assert_uint_equal(n.fallback, 0);
	/* Rule violations. */
	assert_int_equal(negotiate(0x10000, 0, 0x10001, 0x10001, &n),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(negotiate(0x10000, 1, 0x10000, 0x10001, &n),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(negotiate(0x10000, 2, 0x10000, 0x10000, &n),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(negotiate(0x10000, 1, 0x20000, 0x20001, &n),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(negotiate(0x10000, 0, 0x10001, 0x10000, &n),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(negotiate(0x10000, 0, 0x80010000ULL, 0x80010000ULL,
				   &n), -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(negotiate(0x10000, ~0ULL, 0, 0, &n),
			 -ARMCVM_ERR_NOTSUPP);
	assert_int_equal(armcvm_rmi_version_negotiate(&nocall, 1ULL << 31, &n),
			 -ARMCVM_ERR_RESERVED);
}

/* ---- RmiRecMpidr (S10 B4.4.20, B3.38; rmi.md 3.2, 8 item 2) ---- */

static void test_mpidr(void **state)
{
	uint64_t v, idx;

	(void)state;
	/* MPIDR_EL1 Aff3 = 0x12 (bits 39:32), Aff2 0x34, Aff1 0x56, Aff0 7. */
	assert_int_equal(armcvm_rmi_rec_mpidr_from_mpidr_el1(
				 0x1280345607ULL | (1ULL << 31), &v), 0);
	assert_uint_equal(v, 0x12345607ULL);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_mpidr_el1(0x10, &v),
			 -ARMCVM_ERR_RANGE);
	/* index = aff0 + 16 aff1 + 4096 aff2 + 1048576 aff3 */
	assert_int_equal(armcvm_rmi_rec_mpidr_to_index(0x12345607ULL, &idx), 0);
	assert_uint_equal(idx, 7 + 16 * 0x56 + 4096 * 0x34 + 1048576 * 0x12);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index(idx, &v), 0);
	assert_uint_equal(v, 0x12345607ULL);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index(17, &v), 0);
	assert_uint_equal(v, 0x101);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index(1ULL << 28, &v),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmi_rec_mpidr_to_index(0x10, &idx),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rmi_rec_mpidr_to_index(1ULL << 32, &idx),
			 -ARMCVM_ERR_RESERVED);
}

/* ---- layout at run time against rmi.md 3.1-3.3 ---- */

#define OFF(type, field, expect)					\
	assert_uint_equal(offsetof(struct type, field), (expect))

static void test_layout(void **state)
{
	(void)state;
	OFF(armcvm_rmi_realm_params, flags, 0x0);
	OFF(armcvm_rmi_realm_params, s2sz, 0x8);
	OFF(armcvm_rmi_realm_params, sve_vl, 0x10);
	OFF(armcvm_rmi_realm_params, num_bps, 0x18);
	OFF(armcvm_rmi_realm_params, num_wps, 0x20);
	OFF(armcvm_rmi_realm_params, pmu_num_ctrs, 0x28);
	OFF(armcvm_rmi_realm_params, hash_algo, 0x30);
	OFF(armcvm_rmi_realm_params, rpv, 0x400);
	OFF(armcvm_rmi_realm_params, vmid, 0x800);
	OFF(armcvm_rmi_realm_params, rtt_base, 0x808);
	OFF(armcvm_rmi_realm_params, rtt_level_start, 0x810);
	OFF(armcvm_rmi_realm_params, rtt_num_start, 0x818);
	assert_uint_equal(sizeof(struct armcvm_rmi_realm_params), 0x1000);
	OFF(armcvm_rmi_rec_params, flags, 0x0);
	OFF(armcvm_rmi_rec_params, mpidr, 0x100);
	OFF(armcvm_rmi_rec_params, pc, 0x200);
	OFF(armcvm_rmi_rec_params, gprs[7], 0x338);
	OFF(armcvm_rmi_rec_params, num_aux, 0x800);
	OFF(armcvm_rmi_rec_params, aux[15], 0x880);
	assert_uint_equal(sizeof(struct armcvm_rmi_rec_params), 0x1000);
	OFF(armcvm_rmi_rec_run, enter.flags, 0x0);
	OFF(armcvm_rmi_rec_run, enter.gprs[30], 0x2F0);
	OFF(armcvm_rmi_rec_run, enter.gicv3_hcr, 0x300);
	OFF(armcvm_rmi_rec_run, enter.gicv3_lrs[15], 0x380);
	OFF(armcvm_rmi_rec_run, exit.exit_reason, 0x800);
	OFF(armcvm_rmi_rec_run, exit.esr, 0x900);
	OFF(armcvm_rmi_rec_run, exit.far, 0x908);
	OFF(armcvm_rmi_rec_run, exit.hpfar, 0x910);
	OFF(armcvm_rmi_rec_run, exit.gprs[30], 0xAF0);
	OFF(armcvm_rmi_rec_run, exit.gicv3_hcr, 0xB00);
	OFF(armcvm_rmi_rec_run, exit.gicv3_lrs[15], 0xB80);
	OFF(armcvm_rmi_rec_run, exit.gicv3_misr, 0xB88);
	OFF(armcvm_rmi_rec_run, exit.gicv3_vmcr, 0xB90);
	OFF(armcvm_rmi_rec_run, exit.cntp_ctl, 0xC00);
	OFF(armcvm_rmi_rec_run, exit.cntp_cval, 0xC08);
	OFF(armcvm_rmi_rec_run, exit.cntv_ctl, 0xC10);
	OFF(armcvm_rmi_rec_run, exit.cntv_cval, 0xC18);
	OFF(armcvm_rmi_rec_run, exit.ripas_base, 0xD00);
	OFF(armcvm_rmi_rec_run, exit.ripas_top, 0xD08);
	OFF(armcvm_rmi_rec_run, exit.ripas_value, 0xD10);
	OFF(armcvm_rmi_rec_run, exit.imm, 0xE00);
	OFF(armcvm_rmi_rec_run, exit.pmu_ovf_status, 0xF00);
	assert_uint_equal(sizeof(struct armcvm_rmi_rec_run), 0x1000);
	OFF(armcvm_rsi_realm_config, ipa_width, 0x0);
	OFF(armcvm_rsi_realm_config, hash_algo, 0x8);
	OFF(armcvm_rsi_realm_config, rpv, 0x200);
	assert_uint_equal(sizeof(struct armcvm_rsi_realm_config), 0x1000);
	OFF(armcvm_rsi_host_call, imm, 0x0);
	OFF(armcvm_rsi_host_call, gprs[30], 0xF8);
	assert_uint_equal(sizeof(struct armcvm_rsi_host_call), 0x100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_command),
		cmocka_unit_test(test_fids),
		cmocka_unit_test(test_bad_alignment),
		cmocka_unit_test(test_bad_levels),
		cmocka_unit_test(test_bad_other),
		cmocka_unit_test(test_raw_path_sends_invalid),
		cmocka_unit_test(test_status_decode),
		cmocka_unit_test(test_status_str),
		cmocka_unit_test(test_output_mbz),
		cmocka_unit_test(test_no_conduit),
		cmocka_unit_test(test_null_pointers),
		cmocka_unit_test(test_output_malformed),
		cmocka_unit_test(test_interface_version),
		cmocka_unit_test(test_negotiate),
		cmocka_unit_test(test_mpidr),
		cmocka_unit_test(test_layout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
