/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * The software RMM: failure conditions in bulk per command (the complete,
 * one-row-per-condition mapping is test_rmm_conditions.c), spec / T10
 * orderings, full lifecycles, teardown
 * orders, realm play (RIPAS change, PSCI, host call, MMIO), the published
 * RimInit vectors (rmi.md 5.6), randomized sequences under the invariant
 * checker, and on aarch64 a real smc #0 trapped into the model.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "armcvm_test.h"
#include "trap_firmware.h"
#include "ref_hash.h"
#include "rmm_world.h"

/* ---------------------------------------------------------------- */

static void test_version_features_unknown(void **state)
{
	struct armcvm_smccc_regs r;
	static const uint64_t unknown[] = {
		0xC4000156, 0xC4000160, 0xC4000163, 0xC400016A, 0xC400018F,
		0x84000150, 0xC4000190, 0x80000000,
	};
	unsigned int i;

	(void)state;
	r = call(ARMCVM_SMC_RMI_VERSION, 0x10000, 0, 0, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], 0x10000);
	assert_uint_equal(r.x[2], 0x10000);
	r = call(ARMCVM_SMC_RMI_VERSION, 0x20000, 0, 0, 0, 0);
	assert_uint_equal(r.x[0], INPUT);
	assert_uint_equal(r.x[1], 0x10000);
	assert_uint_equal(r.x[2], 0x10000);
	r = call(ARMCVM_SMC_RMI_FEATURES, 0, 0, 0, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], FEAT0(40, 10));
	r = call(ARMCVM_SMC_RMI_FEATURES, 1, 0, 0, 0, 0);
	assert_uint_equal(r.x[1], 0);
	/* SVE hint bit 16 is ignored (T10 handler.c). */
	r = call(ARMCVM_SMC_RMI_VERSION | 0x10000, 0x10000, 0, 0, 0, 0);
	assert_uint_equal(r.x[0], 0);
	for (i = 0; i < ARRAY_SIZE(unknown); i++) {
		r = call(unknown[i], 1, 2, 3, 4, 5);
		assert_uint_equal(r.x[0], UNKNOWN);
		assert_uint_equal(r.x[1], 0);
	}
}

static void test_granule_conditions(void **state)
{
	(void)state;
	/* gran_align, gran_bound, gran_state -> INPUT (S10 B4.3.4/5). */
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_DELEGATE, GP(FREE) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_DELEGATE, BASE - G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_DELEGATE, GP(NGRAN));
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, GP(FREE));
	delegate(FREE);
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_DELEGATE, GP(FREE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, GP(FREE) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, BASE - G);
	EXPECT(0, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, GP(FREE));
	assert_int_equal(armcvm_rmm_model_granule_state(&W->m, GP(FREE)),
			 ARMCVM_RMM_GRANULE_UNDELEGATED);
	create_realm(RD, ROOT, 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, GP(RD));
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, GP(ROOT));
	EXPECT(INPUT, ARMCVM_SMC_RMI_GRANULE_DELEGATE, GP(RD));
	/* Host cannot write delegated memory. */
	assert_int_equal(armcvm_rmm_model_host_write(&W->m, GP(RD), NULL, 8),
			 -ARMCVM_ERR_STATE);
}

/* Each REALM_CREATE failure (all INPUT, S10 B4.3.9). */
static void test_realm_create_conditions(void **state)
{
	struct rp p;
	unsigned int i;

	(void)state;
	delegate(RD);
	delegate(ROOT);
	delegate(ROOT + 1);
	write_params(&RP_DEFAULT);
	/* params_align, params_bound, params_pas */
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD), GP(NS_PARAMS) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD), BASE - G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD), GP(ROOT));
	/* rd_align, rd_bound, rd_state, alias */
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD) + 8, GP(NS_PARAMS));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, BASE - G, GP(NS_PARAMS));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD2), GP(NS_PARAMS));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(ROOT + 1), GP(NS_PARAMS));
	for (i = 0; i < 17; i++) {
		p = RP_DEFAULT;
		switch (i) {
		case 0: p.flags = 8; break;		/* params_valid: SBZ */
		case 1: p.flags = 1; break;		/* lpa2 unsupported */
		case 2: p.s2sz = 31; break;
		case 3: p.s2sz = 41; break;		/* > FEATURES.S2SZ */
		case 4: p.bps = 0; break;
		case 5: p.wps = 6; break;
		case 6: p.flags = 2; break;		/* SVE unsupported */
		case 7: p.flags = 4; p.pmu = 9; break;
		case 8: p.flags = 4; p.pmu = 0; break;	/* no FEAT_HPMN0 */
		case 9: p.hash = 2; break;
		case 10: p.num = 1; break;		/* rtt_num_level */
		case 11: p.sl = 3; break;
		case 12: p.sl = -1; break;
		case 13: p.base = GP(ROOT + 1); break;	/* rtt_align */
		case 14: p.base = GP(ROOT + 2); break;	/* rtt_state */
		case 15: p.vmid = 0x10000; break;	/* vmid_valid */
		default: p.s2sz = 0x128; break;		/* UInt8 encoding */
		}
		write_params(&p);
		EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD), GP(NS_PARAMS));
	}
	write_params(&RP_DEFAULT);
	EXPECT(0, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD), GP(NS_PARAMS));
	/* vmid in use */
	delegate(RD2);
	delegate(ROOT2);
	delegate(ROOT2 + 1);
	p = RP_DEFAULT;
	p.base = GP(ROOT2);
	write_params(&p);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD2), GP(NS_PARAMS));
	p.vmid = 2;
	write_params(&p);
	EXPECT(0, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD2), GP(NS_PARAMS));
}

static void test_realm_activate_destroy_conditions(void **state)
{
	struct armcvm_smccc_regs r;

	(void)state;
	std_world();
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_ACTIVATE, GP(RD) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_ACTIVATE, BASE - G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_ACTIVATE, GP(REC));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REALM_DESTROY, GP(ROOT));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_AUX_COUNT, GP(REC));
	r = call(ARMCVM_SMC_RMI_REC_AUX_COUNT, GP(RD), 0, 0, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], 2);
	/* realm_live: RECs, then a TABLE entry in a root RTT */
	EXPECT(REALM(0), ARMCVM_SMC_RMI_REALM_DESTROY, GP(RD));
	EXPECT(0, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC));
	EXPECT(0, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC2));
	EXPECT(REALM(0), ARMCVM_SMC_RMI_REALM_DESTROY, GP(RD));
	activate();
	EXPECT(REALM(0), ARMCVM_SMC_RMI_REALM_ACTIVATE, GP(RD));
}

static void test_rec_create_conditions(void **state)
{
	(void)state;
	create_realm(RD, ROOT, 1);
	delegate(REC);
	delegate(REC + 1);
	delegate(REC + 2);
	write_rec_params(1, 0, REC);
	/* params_align / bound / pas */
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), BASE - G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(REC + 1));
	/* rec_align / bound / state, rd_* */
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC) + 8, GP(NS_REC));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), BASE - G, GP(NS_REC));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(FREE), GP(NS_REC));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(REC), GP(REC), GP(NS_REC));
	/* mpidr_index, mpidr SBZ */
	write_rec_params(1, 1, REC);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	write_rec_params(1, 0x10, REC);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	/* num_aux != count, num_aux > 16 */
	write_rec_params(1, 0, REC);
	ns_write64(GP(NS_REC) + 0x800, 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	ns_write64(GP(NS_REC) + 0x800, 17);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	/* aux_align, aux_state, aux_alias (== rec, duplicate) */
	write_rec_params(1, 0, REC);
	ns_write64(GP(NS_REC) + 0x810, GP(REC + 2) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	ns_write64(GP(NS_REC) + 0x810, GP(FREE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	ns_write64(GP(NS_REC) + 0x810, GP(REC));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	ns_write64(GP(NS_REC) + 0x810, GP(REC + 1));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	write_rec_params(1, 0, REC);
	EXPECT(0, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	/* realm_state -> REALM, and it precedes mpidr_index (T10 order) */
	activate();
	delegate(REC2);
	delegate(REC2 + 1);
	delegate(REC2 + 2);
	write_rec_params(1, 7, REC2);
	EXPECT(REALM(0), ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC2), GP(NS_REC));
	/* [rd_bound, rd_state] < [realm_state] */
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_CREATE, GP(REC), GP(REC2), GP(NS_REC));
	/* REC_DESTROY: rec_align / bound / gran_state */
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_DESTROY, BASE - G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC + 1));
}

/* num_recs: MAX_RECS_ORDER 1 allows 2^1 - 1 = 1 REC. */
static int world_setup_order1(void **state)
{
	return world_setup_feat(state, FEAT0(40, 1));
}

static void test_rec_create_num_recs(void **state)
{
	(void)state;
	create_realm(RD, ROOT, 1);
	create_rec(RD, REC, 0, 1);
	delegate(REC2);
	delegate(REC2 + 1);
	delegate(REC2 + 2);
	write_rec_params(1, 1, REC2);
	EXPECT(REALM(0), ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC2), GP(NS_REC));
}

static void test_data_conditions(void **state)
{
	struct armcvm_smccc_regs r;

	(void)state;
	std_world();
	delegate(DATA + 1);
	/* flags, src_*, data_*, rd_* -> INPUT */
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x2000, GP(NS_SRC), 2);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x2000, GP(NS_SRC) + 8, 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x2000, BASE - G, 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x2000, GP(DATA), 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1) + 8, 0x2000, GP(NS_SRC), 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA), 0x2000, GP(NS_SRC), 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(REC), GP(DATA + 1), 0x2000, GP(NS_SRC), 1);
	/* ipa_align, ipa_bound (out of range, unprotected) */
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x2008, GP(NS_SRC), 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 1ULL << 40, GP(NS_SRC), 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), UNPROT, GP(NS_SRC), 1);
	/* rtt_walk -> (RTT, 1): no L2 table at 1 GiB; rtte_state -> (RTT, 3) */
	EXPECT(RTT(1), ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x40000000, GP(NS_SRC), 1);
	EXPECT(RTT(2), ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x200000, GP(NS_SRC), 1);
	EXPECT(RTT(3), ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), 0x1000, GP(NS_SRC), 1);
	/* [rd_*] < [rtt_walk] */
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE, GP(REC), GP(DATA + 1), 0x40000000, GP(NS_SRC), 1);
	/* DATA_CREATE_UNKNOWN: same conditions without src / realm_state */
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA), 0x2000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(REC), GP(DATA + 1), 0x2000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA + 1), 0x2800);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA + 1), UNPROT);
	EXPECT(RTT(1), ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA + 1), 0x40000000);
	EXPECT(RTT(3), ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA + 1), 0x1000);
	/* DATA_DESTROY: rd, ipa -> INPUT; walk / state -> RTT with top */
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_DESTROY, GP(REC), 0x1000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x1008);
	EXPECT(INPUT, ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), UNPROT);
	r = call(ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x0, 0, 0, 0);
	assert_uint_equal(r.x[0], RTT(3));
	assert_uint_equal(r.x[2], 0x1000);	/* next live entry */
	r = call(ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x2000, 0, 0, 0);
	assert_uint_equal(r.x[0], RTT(3));
	assert_uint_equal(r.x[2], 0x200000);	/* end of the L3 table */
	r = call(ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x400000, 0, 0, 0);
	assert_uint_equal(r.x[0], RTT(2));
	assert_uint_equal(r.x[2], 0x40000000);
	/* realm_state: ACTIVE -> REALM, before the IPA checks (T10) */
	activate();
	EXPECT(REALM(0), ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA + 1), UNPROT, GP(NS_SRC), 1);
	EXPECT(0, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA + 1), 0x2000);
	r = call(ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x1000, 0, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], GP(DATA));
	assert_uint_equal(r.x[2], 0x2000);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x1000, 3, 0, 0);
	assert_uint_equal(r.x[2], ARMCVM_RMI_UNASSIGNED);
	assert_uint_equal(r.x[4], ARMCVM_RMI_DESTROYED);
	r = call(ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x2000, 0, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[2], 0x200000);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x2000, 3, 0, 0);
	assert_uint_equal(r.x[4], ARMCVM_RMI_DESTROYED);
}

static void test_rtt_conditions(void **state)
{
	struct armcvm_smccc_regs r;

	(void)state;
	std_world();
	delegate(FREE);
	/* RTT_CREATE: rtt_* / rd_* / level_bound / ipa_align / ipa_bound */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE) + 8, 0x200000, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), BASE - G, 0x200000, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(DATA), 0x200000, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(REC), GP(FREE), 0x200000, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 0x40000000, 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 0, 4);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 0x201000, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 1ULL << 40, 2);
	/* rtt_walk -> (RTT, 1); rtte_state (already TABLE) -> (RTT, 2) */
	EXPECT(RTT(1), ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 0x40000000, 3);
	EXPECT(RTT(2), ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 0, 3);
	EXPECT(RTT(1), ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(FREE), 0, 2);
	/* RTT_DESTROY */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_DESTROY, GP(REC), 0, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0, 1);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0x1000, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 1ULL << 40, 3);
	r = call(ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0x40000000, 3, 0, 0);
	assert_uint_equal(r.x[0], RTT(1));
	assert_uint_equal(r.x[2], UNPROT);	/* next live root entry */
	r = call(ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0x200000, 3, 0, 0);
	assert_uint_equal(r.x[0], RTT(2));
	assert_uint_equal(r.x[2], 0x40000000);
	r = call(ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0, 3, 0, 0);
	assert_uint_equal(r.x[0], RTT(3));	/* rtt_live */
	assert_uint_equal(r.x[2], 0);
	r = call(ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0, 2, 0, 0);
	assert_uint_equal(r.x[0], RTT(2));
	assert_uint_equal(r.x[2], 0);
	/* RTT_FOLD: not homogeneous -> (RTT, 3) */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_FOLD, GP(REC), 0, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0x1000, 3);
	EXPECT(RTT(1), ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0x40000000, 3);
	EXPECT(RTT(2), ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0x200000, 3);
	EXPECT(RTT(3), ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0, 3);
	/* RTT_READ_ENTRY: rd, level_bound, ipa_align, ipa_bound */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(REC), 0, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0, 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0, 4);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x800, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 1ULL << 40, 1);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x1000, 3, 0, 0);
	assert_uint_equal(r.x[1], 3);
	assert_uint_equal(r.x[2], ARMCVM_RMI_ASSIGNED);
	assert_uint_equal(r.x[3], GP(DATA));
	assert_uint_equal(r.x[4], ARMCVM_RMI_RAM);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0, 1, 0, 0);
	assert_uint_equal(r.x[1], 1);
	assert_uint_equal(r.x[2], ARMCVM_RMI_TABLE);
	assert_uint_equal(r.x[3], GP(L2));
	assert_uint_equal(r.x[4], 0);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x40000000, 3, 0, 0);
	assert_uint_equal(r.x[1], 1);		/* walk stopped at level 1 */
	assert_uint_equal(r.x[2], ARMCVM_RMI_UNASSIGNED);
	assert_uint_equal(r.x[4], ARMCVM_RMI_EMPTY);
	/* RTT_MAP_UNPROTECTED */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 0, GP(NS_SPARE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 4, GP(NS_SPARE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(REC), UNPROT, 3, GP(NS_SPARE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3, GP(NS_SPARE) | 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3, GP(NS_SPARE) | (4 << 2));
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 2, GP(NS_SPARE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3, 1ULL << 48);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), 0x2000, 3, GP(NS_SPARE));
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT + 8, 3, GP(NS_SPARE));
	EXPECT(RTT(1), ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT + 0x40000000, 3, GP(NS_SPARE));
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3, GP(NS_SPARE) | 0xD4);
	EXPECT(RTT(3), ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3, GP(NS_SPARE));
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), UNPROT, 3, 0, 0);
	assert_uint_equal(r.x[2], ARMCVM_RMI_ASSIGNED);
	assert_uint_equal(r.x[3], GP(NS_SPARE) | 0xD4);
	assert_uint_equal(r.x[4], 0);
	/* RTT_UNMAP_UNPROTECTED */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(REC), UNPROT, 3);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(RD), UNPROT, 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(RD), 0x1000, 3);
	r = call(ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(RD), UNPROT + 0x40000000, 3, 0, 0);
	assert_uint_equal(r.x[0], RTT(1));
	r = call(ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(RD), UNPROT + 0x1000, 3, 0, 0);
	assert_uint_equal(r.x[0], RTT(3));
	assert_uint_equal(r.x[1], UNPROT + 0x200000);
	r = call(ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(RD), UNPROT, 3, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], UNPROT + 0x200000);
	/* Unprotected RTT with ASSIGNED_NS is not live: destroyable. */
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3, GP(NS_SPARE));
	r = call(ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), UNPROT, 3, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], GP(L3U));
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), UNPROT, 3, 0, 0);
	assert_uint_equal(r.x[1], 2);
	assert_uint_equal(r.x[2], ARMCVM_RMI_UNASSIGNED);
}

static void test_init_ripas_conditions(void **state)
{
	struct armcvm_smccc_regs r;
	uint8_t before[64], after[64];

	(void)state;
	std_world();
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x8000, 0x8000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(REC), 0x8000, 0x9000);
	/* size_valid precedes the RD lookup (T10) - both INPUT */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(REC), 0x9000, 0x8000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x8000, UNPROT + G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x8000, 0x8800);
	/* base_align -> (RTT, 2); rtte_state -> (RTT, 3); no_progress */
	EXPECT(RTT(2), ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x201000, 0x400000);
	EXPECT(RTT(3), ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x1000, 0x2000);
	EXPECT(RTT(2), ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x200000, 0x300000);
	/* progress stops at the ASSIGNED entry */
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0, before), 0);
	r = call(ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x0, 0x3000, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], 0x1000);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0, after), 0);
	assert_memory_not_equal(before, after, 64);
	/* whole level-2 entries: out_top aligned to 2 MiB */
	r = call(ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x200000, 0x700000, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], 0x600000);
	activate();
	EXPECT(REALM(0), ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x8000, 0x9000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x9000, 0x8000);
}

static void test_rec_enter_conditions(void **state)
{
	(void)state;
	std_world();
	ns_zero(NS_RUN);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC), GP(NS_RUN) + 8);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC), BASE - G);
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC), GP(DATA));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC) + 8, GP(NS_RUN));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC + 1), GP(NS_RUN));
	/* realm_new -> (REALM, 0); run checks first */
	enter_expect(REC, 0, REALM(0));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC), GP(DATA));
	activate();
	enter_expect(REC2, 0, RECERR);		/* not runnable */
	enter_expect(REC, 1, RECERR);		/* emul_mmio without abort */
	ns_write64(GP(NS_RUN) + 0x300, 1);	/* gicv3_hcr.En not permitted */
	enter_expect(REC, 0, RECERR);
	ns_write64(GP(NS_RUN) + 0x300, 0);
	ns_write64(GP(NS_RUN) + 0x308 + 4 * sizeof(uint64_t), 1);	/* LR4 of 4 LRs */
	enter_expect(REC, 0, RECERR);
	ns_write64(GP(NS_RUN) + 0x308 + 4 * sizeof(uint64_t), 0);
	/* no realm action queued: IRQ exit */
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_IRQ);
	/* PSCI pending -> REC; PSCI_COMPLETE conditions */
	push_smc(REC, 0xC4000003, 1, 0x1000, 0x55, 0);	/* CPU_ON mpidr 1 */
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
	assert_uint_equal(run_exit64(0x200), 0xC4000003);
	assert_uint_equal(run_exit64(0x208), 1);
	enter_expect(REC, 0, RECERR);
	EXPECT(INPUT, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC), 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC) + 8, GP(REC2), 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC2 + 1), 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC2), GP(REC), 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC2), 1);
	EXPECT(0, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC2), 0);
	assert_true(W->q[0].done);
	assert_uint_equal(W->q[0].x[0], 0);		/* PSCI_SUCCESS */
	/* S10 B4.3.7.3 "args": X1-X3 of the caller are zero on return. */
	assert_uint_equal(W->q[0].x[1], 0);
	assert_uint_equal(W->q[0].x[2], 0);
	assert_uint_equal(W->q[0].x[3], 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC2), 0);
	enter_expect(REC2, 0, 0);			/* now runnable */
	/* SYSTEM_OFF -> (REALM, 1) */
	push_smc(REC, 0x84000008, 0, 0, 0, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
	enter_expect(REC, 0, REALM(1));
	EXPECT(INPUT, ARMCVM_SMC_RMI_REC_ENTER, GP(REC), GP(NS_RUN) + 8);
}

/* REC plays one PSCI call the RMM answers itself: no exit to the host
 * (nothing else queued, so the entry ends in an IRQ exit); returns X0. */
static int64_t psci_answered(unsigned int *q, uint64_t fid, uint64_t x1,
			     uint64_t x2, uint64_t x3)
{
	push_smc(REC, fid, x1, x2, x3, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_IRQ);
	assert_true(W->q[*q].done);
	return (int64_t)W->q[(*q)++].x[0];
}

/* REC plays one PSCI call that exits; checks the exit's gprs[0..3]. */
static void psci_exit(uint64_t fid, uint64_t x1, uint64_t x2, uint64_t x3,
		      const uint64_t gprs[4])
{
	unsigned int i;

	push_smc(REC, fid, x1, x2, x3, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
	for (i = 0; i < 4; i++) {
		assert_uint_equal(run_exit64(0x200 + 8 * i), gprs[i]);
	}
}

/*
 * The realm's PSCI calls (S10 A4.3.7, B6; T10 runtime/rsi/psci.c): what
 * the RMM answers itself, with which code, and what reaches the host.
 * REC is MPIDR 0 (runnable), REC2 MPIDR 1 (not runnable).
 */
static void test_realm_psci(void **state)
{
	unsigned int q = 0;

	(void)state;
	std_world();
	activate();
	ns_zero(NS_RUN);
	/* AFFINITY_INFO: lowest level not 0, MPIDR no REC has (index 2,
	 * Aff0 16, a bit outside the affinity fields): INVALID_PARAMETERS;
	 * the calling REC itself: ON. */
	assert_int_equal(psci_answered(&q, 0xC4000004, 1, 1, 0), -2);
	assert_int_equal(psci_answered(&q, 0xC4000004, 2, 0, 0), -2);
	assert_int_equal(psci_answered(&q, 0xC4000004, 0x10, 0, 0), -2);
	assert_int_equal(psci_answered(&q, 0xC4000004, 1ULL << 31, 0, 0), -2);
	assert_int_equal(psci_answered(&q, 0x84000004, 0, 0, 0), 0);
	/* CPU_ON: entry not protected (INVALID_ADDRESS) before an unused
	 * MPIDR (INVALID_PARAMETERS); the caller itself: ALREADY_ON. */
	assert_int_equal(psci_answered(&q, 0xC4000003, 7, UNPROT, 0), -9);
	assert_int_equal(psci_answered(&q, 0xC4000003, 7, 0x1000, 0), -2);
	assert_int_equal(psci_answered(&q, 0x84000003, 0, 0x1000, 0), -4);
	/* PSCI_FEATURES: SUCCESS for what the RMM serves, else
	 * NOT_SUPPORTED (MIGRATE, SYSTEM_SUSPEND). */
	assert_int_equal(psci_answered(&q, 0x8400000A, 0xC4000003, 0, 0), 0);
	assert_int_equal(psci_answered(&q, 0x8400000A, 0x84000001, 0, 0), 0);
	assert_int_equal(psci_answered(&q, 0x8400000A, 0x84000005, 0, 0), -1);
	assert_int_equal(psci_answered(&q, 0x8400000A, 0xC400000E, 0, 0), -1);
	/* AFFINITY_INFO of REC2 reaches the host with its two arguments
	 * (gprs[3] zero although X3 is not); PSCI_COMPLETE answers OFF. */
	psci_exit(0xC4000004, 1, 0, 0x33, (const uint64_t[4]){
			  0xC4000004, 1, 0, 0 });
	EXPECT(0, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC2), 0);
	assert_uint_equal(W->q[q++].x[0], 1);
	/* CPU_SUSPEND: a notification with three arguments, SUCCESS, and
	 * REC stays runnable. */
	psci_exit(0xC4000001, 7, 0x2000, 0x44, (const uint64_t[4]){
			  0xC4000001, 7, 0x2000, 0x44 });
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_IRQ);
	assert_uint_equal(W->q[q++].x[0], 0);
	/* CPU_OFF takes no argument: gprs[1..3] zero; REC stops. */
	psci_exit(0x84000002, 0x11, 0x22, 0x33, (const uint64_t[4]){
			  0x84000002, 0, 0, 0 });
	enter_expect(REC, 0, RECERR);
}

/* A second realm for owner checks. */
static void test_set_ripas_and_owner(void **state)
{
	struct armcvm_smccc_regs r;

	(void)state;
	std_world();
	activate();
	create_realm(RD2, ROOT2, 2);
	ns_zero(NS_RUN);
	/* The realm asks for RAM -> EMPTY over [0, 0x3000). */
	push_smc(REC, ARMCVM_SMC_RSI_IPA_STATE_SET, 0, 0x3000, 0, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_RIPAS_CHANGE);
	assert_uint_equal(run_exit64(0x500), 0);
	assert_uint_equal(run_exit64(0x508), 0x3000);
	assert_uint_equal(run_exit64(0x510), 0);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(REC), GP(REC), 0, 0x3000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC + 1), 0, 0x3000);
	EXPECT(RECERR, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD2), GP(REC), 0, 0x3000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0x1000, 0x3000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0, 0x4000);
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0, 0);
	r = call(ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0, 0x2000, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], 0x2000);
	r = call(ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0x2000, 0x3000, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], 0x3000);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x1000, 3, 0, 0);
	assert_uint_equal(r.x[2], ARMCVM_RMI_ASSIGNED);
	assert_uint_equal(r.x[4], ARMCVM_RMI_EMPTY);
	enter_expect(REC, 0x10, 0);			/* reject response */
	assert_true(W->q[0].done);
	assert_uint_equal(W->q[0].x[0], ARMCVM_RSI_SUCCESS);
	assert_uint_equal(W->q[0].x[1], 0x3000);
	assert_uint_equal(W->q[0].x[2], ARMCVM_RSI_REJECT);
	/* base_bound after completion: nothing pending */
	EXPECT(INPUT, ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0x3000, 0x4000);
	/* no_progress: a 2 MiB level-2 entry does not fit [0x200000,0x201000) */
	push_smc(REC, ARMCVM_SMC_RSI_IPA_STATE_SET, 0x200000, 0x201000, 1, 0);
	enter_expect(REC, 0, 0);
	EXPECT(RTT(2), ARMCVM_SMC_RMI_RTT_SET_RIPAS, GP(RD), GP(REC), 0x200000, 0x201000);
}

/* The realm's other RSI calls, host call and MMIO. */
static void test_realm_play(void **state)
{
	struct armcvm_rmm_realm_action a;
	uint8_t rim[64];
	uint64_t v;

	(void)state;
	std_world();
	activate();
	ns_zero(NS_RUN);
	push_smc(REC, ARMCVM_SMC_RSI_VERSION, 0x10000, 0, 0, 0);
	push_smc(REC, ARMCVM_SMC_RSI_MEASUREMENT_READ, 0, 0, 0, 0);
	push_smc(REC, ARMCVM_SMC_RSI_MEASUREMENT_EXTEND, 1, 8, 0x1122, 0);
	push_smc(REC, ARMCVM_SMC_RSI_MEASUREMENT_EXTEND, 5, 8, 0, 0);
	push_smc(REC, ARMCVM_SMC_RSI_REALM_CONFIG, 0x1000, 0, 0, 0);
	push_smc(REC, ARMCVM_SMC_RSI_IPA_STATE_GET, 0x0, 0x8000, 0, 0);
	push_smc(REC, ARMCVM_SMC_RSI_HOST_CALL, 0x1100, 0, 0, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_HOST_CALL);
	assert_uint_equal(W->q[0].x[0], 0);
	assert_uint_equal(W->q[0].x[1], 0x10000);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0, rim), 0);
	assert_memory_equal(&W->q[1].x[1], rim, 64);
	assert_uint_equal(W->q[2].x[0], 0);
	assert_uint_equal(W->q[3].x[0], ARMCVM_RSI_ERROR_INPUT);
	assert_uint_equal(W->q[4].x[0], 0);
	memcpy(&v, W->mem + DATA * G, 8);
	assert_uint_equal(v, 40);			/* ipa_width */
	assert_uint_equal(W->q[5].x[0], 0);
	assert_uint_equal(W->q[5].x[1], 0x4000);	/* RAM run ends */
	assert_uint_equal(W->q[5].x[2], ARMCVM_RSI_RAM);
	assert_false(W->q[6].done);
	ns_write64(GP(NS_RUN) + 0x200, 0xABCD);
	enter_expect(REC, 0, 0);
	assert_true(W->q[6].done);
	memcpy(&v, W->mem + DATA * G + 0x108, 8);
	assert_uint_equal(v, 0xABCD);
	/* MMIO read at an unprotected IPA: emulatable abort */
	memset(&a, 0, sizeof(a));
	a.rec = GP(REC);
	a.op = ARMCVM_RMM_REALM_MMIO_READ;
	a.ipa = UNPROT + 0x10;
	a.size = 4;
	a.reg = 5;
	assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_SYNC);
	/* ESR (Arm ARM D23.2): EC 0x24 @31:26, ISV @24, SAS 2 (word)
	 * @23:22, DFSC 0x07 (translation fault, level 3: the UNASSIGNED_NS
	 * entry is in L3U); no IL, no SRT (S10 A4.3.4.3). */
	assert_uint_equal(run_exit64(0x100), 0x91800007U);
	assert_uint_equal(run_exit64(0x108), 0x10);	/* FAR: page offset */
	assert_uint_equal(run_exit64(0x110), ((UNPROT + 0x10) >> 12) << 4);
	ns_write64(GP(NS_RUN) + 0x200, 0x1234567899);
	enter_expect(REC, 1, 0);
	assert_uint_equal(W->q[7].value, 0x34567899);
	a.size = 3;
	assert_int_equal(armcvm_rmm_model_realm_push(&W->m, &a), -ARMCVM_ERR_INVAL);
}

/* A realm access through an ASSIGNED_NS entry: permitted by S2AP it
 * reaches NS memory without an exit; denied it is an emulatable
 * permission fault (S10 A4.3.4.3). */
static void test_realm_shared_access(void **state)
{
	struct armcvm_rmm_realm_action a = {
		.rec = GP(REC), .op = ARMCVM_RMM_REALM_MMIO_WRITE,
		.ipa = UNPROT + 0x18, .size = 8, .reg = 3,
		.value = 0x1122334455667788ULL,
	};
	uint64_t v;

	(void)state;
	std_world();
	activate();
	ns_zero(NS_RUN);
	ns_zero(NS_SPARE);
	/* UNPROT: read-write (S2AP 0b11 @7:6); UNPROT + 4 KiB: read-only. */
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3,
	       GP(NS_SPARE) | (3U << 6));
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT + G, 3,
	       GP(NS_SPARE) | (1U << 6));
	assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
	a.op = ARMCVM_RMM_REALM_MMIO_READ;
	a.ipa = UNPROT + G + 0x1C;	/* reads what the write put at 0x1C */
	a.size = 4;
	a.reg = 4;
	assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_IRQ);
	assert_int_equal(armcvm_rmm_model_host_read(&W->m, GP(NS_SPARE) + 0x18,
						    &v, 8), 0);
	assert_uint_equal(v, 0x1122334455667788ULL);
	assert_uint_equal(W->q[1].value, 0x11223344U);
	/* A write to the read-only page: permission fault, level 3
	 * (DFSC 0x0F), WnR, SF and SAS 3 for a doubleword. */
	a.op = ARMCVM_RMM_REALM_MMIO_WRITE;
	a.size = 8;
	assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_SYNC);
	assert_uint_equal(run_exit64(0x100), 0x91C0804FU);
	assert_uint_equal(run_exit64(0x200), a.value);	/* stored value */
}

/*
 * RSI_ATTESTATION_TOKEN_INIT / CONTINUE: the call protocol of T10
 * realm_attest.c (rmi.md 7) and the placeholder layout of rmm_model.h.
 */
static void test_realm_attest(void **state)
{
	static const struct { uint64_t ipa, off, size, x0, x1; } cont[] = {
		{ 0x1000, 0, 0x1000, ARMCVM_RSI_ERROR_STATE, 0 },	/* before INIT */
		{ 0x1008, 0, 0x10, ARMCVM_RSI_ERROR_INPUT, 0 },	/* align */
		{ 0x1000, 0x1000, 0, ARMCVM_RSI_ERROR_INPUT, 0 }, /* offset */
		{ 0x1000, 0xFA0, 0x100, ARMCVM_RSI_ERROR_INPUT, 0 },
		{ 0x1000, 1, UINT64_MAX, ARMCVM_RSI_ERROR_INPUT, 0 },
		{ UNPROT, 0, 0x10, ARMCVM_RSI_ERROR_INPUT, 0 },	/* not PAR */
		{ 0x2000, 0, 0x10, ARMCVM_RSI_ERROR_INPUT, 0 },	/* unassigned */
		{ 0x1000, 0x10, 0x100, ARMCVM_RSI_INCOMPLETE, 0x100 },
		{ 0x1000, 0x10, 0, ARMCVM_RSI_INCOMPLETE, 0 },
		{ 0x1000, 0x110, 0xEF0, ARMCVM_RSI_SUCCESS,
		  ARMCVM_RMM_TOKEN_SIZE - 0x100 },
		{ 0x1000, 0, 0x1000, ARMCVM_RSI_ERROR_STATE, 0 },	/* done: INIT again */
	};
	struct armcvm_rmm_realm_action a;
	const uint8_t *tok = W->mem + DATA * G + 0x10;
	uint8_t rim[64], zero[64], challenge[64];
	unsigned int i, n, init_at = 1;
	uint64_t algo;

	(void)state;
	std_world();
	activate();
	ns_zero(NS_RUN);
	memset(&a, 0, sizeof(a));
	a.rec = GP(REC);
	a.op = ARMCVM_RMM_REALM_SMC;
	for (i = 0; i < ARRAY_SIZE(cont); i++) {
		if (i == init_at) {
			a.x[0] = ARMCVM_SMC_RSI_ATTESTATION_TOKEN_INIT;
			for (n = 1; n <= 8; n++) {
				a.x[n] = 0x0101010101010101ULL * n;
			}
			assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
			/* REM0 extended after INIT: not in this token */
			push_smc(REC, ARMCVM_SMC_RSI_MEASUREMENT_EXTEND, 1, 8, 7,
				 0);
			memset(a.x, 0, sizeof(a.x));
		}
		a.x[0] = ARMCVM_SMC_RSI_ATTESTATION_TOKEN_CONTINUE;
		a.x[1] = cont[i].ipa;
		a.x[2] = cont[i].off;
		a.x[3] = cont[i].size;
		assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
	}
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_IRQ);
	/* queue: CONT0, INIT, EXTEND, CONT1.. */
	assert_uint_equal(W->q[1].x[0], ARMCVM_RSI_SUCCESS);
	assert_uint_equal(W->q[1].x[1], ARMCVM_RMM_TOKEN_SIZE);
	assert_uint_equal(W->q[2].x[0], ARMCVM_RSI_SUCCESS);
	for (i = 0; i < ARRAY_SIZE(cont); i++) {
		n = i == 0 ? 0 : i + 2;
		assert_true(W->q[n].done);
		assert_uint_equal(W->q[n].x[0], cont[i].x0);
		if (cont[i].x0 == ARMCVM_RSI_SUCCESS ||
		    cont[i].x0 == ARMCVM_RSI_INCOMPLETE) {
			assert_uint_equal(W->q[n].x[1], cont[i].x1);
		}
	}
	/* The bytes, field by field, against what the realm can read. */
	for (i = 0; i < 64; i++) {
		challenge[i] = (uint8_t)(i / 8 + 1);
	}
	memset(zero, 0, sizeof(zero));
	assert_memory_equal(tok, ARMCVM_RMM_TOKEN_MAGIC,
			    sizeof(ARMCVM_RMM_TOKEN_MAGIC));
	assert_memory_equal(tok + ARMCVM_RMM_TOKEN_OFF_CHALLENGE, challenge, 64);
	memcpy(&algo, tok + ARMCVM_RMM_TOKEN_OFF_HASH_ALGO, 8);
	assert_uint_equal(algo, ARMCVM_RMI_HASH_SHA_256);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0, rim), 0);
	assert_memory_equal(tok + ARMCVM_RMM_TOKEN_OFF_MEAS, rim, 64);
	assert_memory_equal(tok + ARMCVM_RMM_TOKEN_OFF_MEAS + 64, zero, 64);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 1, rim), 0);
	assert_memory_not_equal(rim, zero, 64);	/* REM0 did change */
	assert_memory_equal(tok + ARMCVM_RMM_TOKEN_OFF_RPV, zero, 64);
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
}

/* ---------------------------------------------------------------- */

/* RimInit vectors (rmi.md 5.6; CRM realm_config.rs test_rim). */
static void rim_vector(uint64_t hash, const char *hex)
{
	struct rp p = RP_DEFAULT;
	uint8_t rim[64], want[64];
	size_t i;

	memset(want, 0, sizeof(want));
	for (i = 0; hex[2 * i] != '\0'; i++) {
		unsigned int b;

		/* NOLINTNEXTLINE(cert-err34-c): two hex digits cannot overflow */
		assert_int_equal(sscanf(hex + 2 * i, "%2x", &b), 1);
		want[i] = (uint8_t)b;
	}
	p.s2sz = 48;
	p.sl = 0;
	p.num = 1;
	p.hash = hash;
	p.vmid = 3 + hash;
	delegate(RD + (unsigned int)hash);
	delegate(ROOT + (unsigned int)hash);
	p.base = GP(ROOT + hash);
	write_params(&p);
	EXPECT(0, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD + hash), GP(NS_PARAMS));
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD + hash), 0,
						      rim), 0);
	assert_memory_equal(rim, want, 64);
}

static int world_setup_48(void **state)
{
	return world_setup_feat(state, FEAT0(48, 10));
}

static void test_rim_init_vectors(void **state)
{
	(void)state;
	rim_vector(0, "6739dfb22b75ee1268d08dfa8369f501"
		      "bc0b066243553f069f560d1fa1172973");
	rim_vector(1, "799e434048fb57eb9d4f0e2a2b981587"
		      "20377252deab2bdfcd69b5a8f82237f4"
		      "34bd6bb1c75bf160a2d49382f733b343"
		      "9a3ff769e4ea5dd9a6f72239d44bbbab");
}

/* RIM frozen: commands after activation never change it. */
static void test_rim_frozen(void **state)
{
	uint8_t a[64], b[64];

	(void)state;
	std_world();
	activate();
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0, a), 0);
	EXPECT(0, ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x1000);
	EXPECT(0, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC2));
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0, b), 0);
	assert_memory_equal(a, b, 64);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(REC), 0, b),
			 -ARMCVM_ERR_NOENT);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 5, b),
			 -ARMCVM_ERR_INVAL);
}

/*
 * REC_CREATE measures the RmiRecParams flags word as the host wrote it,
 * SBZ bits included (no failure condition; rmi.md 5.4): the RIM is the
 * reference hash of the Rec descriptor built here (S10 C1.12).
 */
static void put64(uint8_t *p, uint64_t v)
{
	memcpy(p, &v, sizeof(v));
}

static void test_rec_flags_measured(void **state)
{
	static const uint64_t pc = 0x80000000ULL;
	uint8_t image[4096] = { 0 }, desc[256] = { 0 }, before[64], after[64];
	uint8_t expect[64] = { 0 };

	(void)state;
	create_realm(RD, ROOT, 1);
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0,
						      before), 0);
	delegate(REC);
	delegate(REC + 1);
	delegate(REC + 2);
	write_rec_params(1, 0, REC);
	ns_write64(GP(NS_REC), 3);		/* runnable + SBZ bit 1 */
	EXPECT(0, ARMCVM_SMC_RMI_REC_CREATE, GP(RD), GP(REC), GP(NS_REC));
	assert_int_equal(armcvm_rmm_model_measurement(&W->m, GP(RD), 0,
						      after), 0);
	/* write_rec_params: flags, pc, gprs zero. */
	put64(image, 3);
	put64(image + 0x200, pc);
	put64(desc, 1);				/* desc_type Rec */
	put64(desc + 8, 0x100);			/* len */
	memcpy(desc + 0x10, before, 64);
	assert_int_equal(ref_hash(0, image, sizeof(image), desc + 0x50), 32);
	assert_int_equal(ref_hash(0, desc, sizeof(desc), expect), 32);
	assert_memory_equal(after, expect, 64);
}

/* The checker notices each kind of corruption, and the repair. */
static void corrupt_expect(uint32_t *word, uint32_t bad)
{
	uint32_t good = *word;

	*word = bad;
	assert_int_equal(armcvm_rmm_model_check(&W->m), -ARMCVM_ERR_INTERNAL);
	*word = good;
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
}

static void test_checker_catches(void **state)
{
	uint64_t vmid_word;

	(void)state;
	std_world();
	activate();
	delegate(FREE);
	/* A DELEGATED granule that kept a byte (S10 A2.2.4). */
	W->mem[(size_t)FREE * G + 100] = 1;
	assert_int_equal(armcvm_rmm_model_check(&W->m), -ARMCVM_ERR_INTERNAL);
	W->mem[(size_t)FREE * G + 100] = 0;
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
	/* RTT reference count: L3 holds one ASSIGNED entry. */
	corrupt_expect(&W->gran[L3].refcount, 2);
	/* RD reference count: two RECs. */
	corrupt_expect(&W->gran[RD].refcount, 1);
	/* A REC_AUX granule nobody owns, a DATA granule whose entry points
	 * elsewhere, an unknown state. */
	corrupt_expect(&W->gran[FREE].state, ARMCVM_RMM_GRANULE_REC_AUX);
	corrupt_expect(&W->gran[DATA].state, ARMCVM_RMM_GRANULE_DELEGATED);
	corrupt_expect(&W->gran[FREE].state, ARMCVM_RMM_GRANULE_RTT + 1);
	/* The VMID bitmap without the realm's VMID 1. */
	vmid_word = W->vmids[0];
	W->vmids[0] = 0;
	assert_int_equal(armcvm_rmm_model_check(&W->m), -ARMCVM_ERR_INTERNAL);
	W->vmids[0] = vmid_word;
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
}

/* ---------------------------------------------------------------- */

/* Build a 2 MiB block by folding 512 DATA pages, then unfold it. */
static void test_fold_unfold_block(void **state)
{
	struct armcvm_smccc_regs r;
	unsigned int i;

	(void)state;
	create_realm(RD, ROOT, 1);
	rtt_create(RD, L2, 0, 2);
	rtt_create(RD, L3, 0x200000, 3);
	EXPECT(0, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0x200000, 0x400000);
	for (i = 0; i < 512; i++) {
		delegate(BLOCK + i);
		EXPECT(0, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(BLOCK + i),
		       0x200000 + (uint64_t)i * G, GP(NS_SRC), 0);
	}
	r = call(ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0x200000, 3, 0, 0);
	assert_uint_equal(r.x[0], 0);
	assert_uint_equal(r.x[1], GP(L3));
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x200000, 2, 0, 0);
	assert_uint_equal(r.x[2], ARMCVM_RMI_ASSIGNED);
	assert_uint_equal(r.x[3], GP(BLOCK));
	assert_uint_equal(r.x[4], ARMCVM_RMI_RAM);
	/* DATA_DESTROY of a block page: (RTT, 2), top == ipa */
	r = call(ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x201000, 0, 0, 0);
	assert_uint_equal(r.x[0], RTT(2));
	assert_uint_equal(r.x[2], 0x201000);
	/* L2 RTT is live, cannot fold the ASSIGNED level-2 into level 1 */
	EXPECT(RTT(2), ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0, 2);
	/* unfold and destroy page by page */
	EXPECT(0, ARMCVM_SMC_RMI_RTT_CREATE, GP(RD), GP(L3), 0x200000, 3);
	for (i = 0; i < 512; i++) {
		EXPECT(0, ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD),
		       0x200000 + (uint64_t)i * G);
		EXPECT(0, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, GP(BLOCK + i));
	}
	/* all UNASSIGNED DESTROYED: homogeneous, fold again */
	EXPECT(0, ARMCVM_SMC_RMI_RTT_FOLD, GP(RD), 0x200000, 3);
	r = call(ARMCVM_SMC_RMI_RTT_READ_ENTRY, GP(RD), 0x200000, 3, 0, 0);
	assert_uint_equal(r.x[1], 2);
	assert_uint_equal(r.x[4], ARMCVM_RMI_DESTROYED);
	r = call(ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0, 2, 0, 0);
	assert_uint_equal(r.x[0], 0);
	EXPECT(0, ARMCVM_SMC_RMI_REALM_DESTROY, GP(RD));
}

/*
 * Teardown in every legal order. The world is std_world() plus one
 * ASSIGNED_NS page; its teardown is eight commands whose only ordering
 * constraints are the RMM's own: DATA_DESTROY before the level-3 RTT that
 * holds it is destroyed, a level-3 RTT before its level-2 parent, the
 * unprotected unmap before its RTT (S10 B4.3.14 rtt_live, rmi.md 4.5).
 * Every order that respects them (1120) is run, on a NEW and on an
 * ACTIVE realm alternately; after each step REALM_DESTROY must fail with
 * (REALM, 0) while a REC or a non-root RTT is left (realm_live) and
 * succeed once none is.
 */
enum teardown_op {
	TD_REC, TD_REC2, TD_DATA, TD_L3, TD_L2, TD_UNMAP, TD_L3U, TD_L2U,
	TD_OPS
};

#define TD_BIT(op)	(1U << (op))

static const unsigned int td_needs[TD_OPS] = {
	[TD_L3] = TD_BIT(TD_DATA),
	[TD_L2] = TD_BIT(TD_L3),
	[TD_L3U] = TD_BIT(TD_UNMAP),
	[TD_L2U] = TD_BIT(TD_L3U),
};

static void teardown_op(enum teardown_op op)
{
	switch (op) {
	case TD_REC:
		EXPECT(0, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC));
		break;
	case TD_REC2:
		EXPECT(0, ARMCVM_SMC_RMI_REC_DESTROY, GP(REC2));
		break;
	case TD_DATA:
		EXPECT(0, ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x1000);
		break;
	case TD_L3:
		EXPECT(0, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0, 3);
		break;
	case TD_L2:
		EXPECT(0, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), 0, 2);
		break;
	case TD_UNMAP:
		EXPECT(0, ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, GP(RD), UNPROT,
		       3);
		break;
	case TD_L3U:
		EXPECT(0, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), UNPROT, 3);
		break;
	default:
		EXPECT(0, ARMCVM_SMC_RMI_RTT_DESTROY, GP(RD), UNPROT, 2);
		break;
	}
}

/* The world after set-up, NEW and ACTIVE, restored before each order. */
struct teardown_start {
	struct world w;
	uint8_t mem[64 * G];
};

static void teardown_snapshot(struct teardown_start *s, bool active)
{
	std_world();
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3,
	       GP(NS_SPARE));
	if (active) {
		activate();
	}
	s->w = *W;
	memcpy(s->mem, W->mem, sizeof(s->mem));
}

/* One SMC with one argument, without the invariant check; returns x0. */
static uint64_t raw_call(uint64_t fid, uint64_t a1)
{
	struct armcvm_smccc_regs r = { .x = { fid, a1 } };

	armcvm_rmm_model_smc(&W->m, &r);
	return r.x[0];
}

static void teardown_run(const enum teardown_op *order,
			 const struct teardown_start *start)
{
	static const unsigned int grans[] = {
		RD, ROOT, ROOT + 1, L2, L3, L2U, L3U, DATA, REC, REC + 1,
		REC + 2, REC2, REC2 + 1, REC2 + 2,
	};
	uint8_t *mem = W->mem;
	unsigned int i;

	/* Same addresses, so the model's pointers into W stay valid. */
	*W = start->w;
	memcpy(mem, start->mem, sizeof(start->mem));
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
	/* Each chain ends in a REC or a non-root RTT, so the realm stays
	 * live (REALM_DESTROY fails) until the last command. The probes and
	 * undelegations skip the per-call checker (it would dominate the
	 * run time); one check follows them. */
	for (i = 0; i < TD_OPS; i++) {
		teardown_op(order[i]);
		assert_uint_equal(raw_call(ARMCVM_SMC_RMI_REALM_DESTROY,
					   GP(RD)),
				  i + 1 < TD_OPS ? REALM(0) : 0);
	}
	for (i = 0; i < ARRAY_SIZE(grans); i++) {
		assert_uint_equal(raw_call(ARMCVM_SMC_RMI_GRANULE_UNDELEGATE,
					   GP(grans[i])), 0);
	}
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
	for (i = 0; i < W->range.granules; i++) {
		assert_int_equal(armcvm_rmm_model_granule_state(&W->m, GP(i)),
				 ARMCVM_RMM_GRANULE_UNDELEGATED);
	}
}

/*
 * Every order that respects td_needs, depth first with an explicit stack
 * (next[n]: the first op still to try at depth n); returns the count.
 */
static unsigned int teardown_orders(const struct teardown_start *start)
{
	enum teardown_op order[TD_OPS];
	unsigned int next[TD_OPS] = { 0 };
	unsigned int done = 0, n = 0, runs = 0, op;

	for (;;) {
		if (n == TD_OPS) {
			teardown_run(order, &start[runs % 2]);
			runs++;
			n--;
			done &= ~TD_BIT(order[n]);
			continue;
		}
		op = next[n];
		while (op < TD_OPS && ((done & TD_BIT(op)) != 0 ||
				       (td_needs[op] & ~done) != 0)) {
			op++;
		}
		if (op < TD_OPS) {
			order[n] = (enum teardown_op)op;
			next[n] = op + 1;
			done |= TD_BIT(op);
			n++;
			continue;
		}
		if (n == 0) {
			return runs;
		}
		next[n] = 0;
		n--;
		done &= ~TD_BIT(order[n]);
	}
}

/* A world just big enough for std_world, so that the snapshots are small
 * and the checker's granule sweep is short. */
static int small_world_setup(void **state)
{
	*state = world_new_sized(FEAT0_DEFAULT, 64);
	return 0;
}

static void test_teardown_orders(void **state)
{
	static const enum teardown_op first[TD_OPS] = {
		TD_REC, TD_REC2, TD_DATA, TD_L3, TD_L2, TD_UNMAP, TD_L3U,
		TD_L2U,
	};
	struct teardown_start *start = calloc(2, sizeof(*start));

	(void)state;
	assert_non_null(start);
	/* The NEW world is torn down once before the ACTIVE one is built
	 * (one VMID, one set of granules). */
	teardown_snapshot(&start[0], false);
	teardown_run(first, &start[0]);
	teardown_snapshot(&start[1], true);
	/* 8! / (3! 3!) interleavings of the two chains and two RECs. */
	assert_int_equal(teardown_orders(start), 1120);
	free(start);
}

/* Random commands over a small pool of addresses; invariants hold. */
static void test_random_sequences(void **state)
{
	static const uint64_t fids[] = {
		ARMCVM_SMC_RMI_GRANULE_DELEGATE, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE,
		ARMCVM_SMC_RMI_DATA_CREATE, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN,
		ARMCVM_SMC_RMI_DATA_DESTROY, ARMCVM_SMC_RMI_REALM_ACTIVATE,
		ARMCVM_SMC_RMI_REALM_CREATE, ARMCVM_SMC_RMI_REALM_DESTROY,
		ARMCVM_SMC_RMI_REC_CREATE, ARMCVM_SMC_RMI_REC_DESTROY,
		ARMCVM_SMC_RMI_REC_ENTER, ARMCVM_SMC_RMI_RTT_CREATE,
		ARMCVM_SMC_RMI_RTT_DESTROY, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED,
		ARMCVM_SMC_RMI_RTT_READ_ENTRY, ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED,
		ARMCVM_SMC_RMI_PSCI_COMPLETE, ARMCVM_SMC_RMI_RTT_FOLD,
		ARMCVM_SMC_RMI_RTT_INIT_RIPAS, ARMCVM_SMC_RMI_RTT_SET_RIPAS,
	};
	static const uint64_t ipas[] = {
		0, 0x1000, 0x2000, 0x200000, 0x40000000, UNPROT, UNPROT + 0x1000,
		UNPROT + 0x200000,
	};
	unsigned int step, i, seed;
	uint64_t a[5];
	uint64_t ok = 0;

	(void)state;
	seed = 12345;
	srand(seed);
	write_params(&RP_DEFAULT);
	write_rec_params(1, 0, REC);
	for (step = 0; step < 20000; step++) {
		struct armcvm_smccc_regs r;
		uint64_t fid = fids[(unsigned int)rand() % ARRAY_SIZE(fids)];

		for (i = 0; i < 5; i++) {
			switch (rand() % 4) {
			case 0:
				a[i] = GP(8 + (unsigned int)rand() % 40);
				break;
			case 1:
				a[i] = ipas[(unsigned int)rand() % ARRAY_SIZE(ipas)];
				break;
			case 2:
				a[i] = (uint64_t)(rand() % 4);
				break;
			default:
				a[i] = GP((unsigned int)rand() % 4);
				break;
			}
		}
		if (fid == ARMCVM_SMC_RMI_REALM_CREATE) {
			a[1] = GP(NS_PARAMS);
		} else if (fid == ARMCVM_SMC_RMI_REC_CREATE) {
			a[2] = GP(NS_REC);
		} else if (fid == ARMCVM_SMC_RMI_DATA_CREATE) {
			a[3] = GP(NS_SRC);
		}
		r = call(fid, a[0], a[1], a[2], a[3], a[4]);
		ok += r.x[0] == 0;
	}
	assert_true(ok > 100);
}

#if defined(__aarch64__)
static void trap_model(void *ctx, bool hvc, struct armcvm_smccc_regs *regs)
{
	(void)hvc;
	armcvm_rmm_model_smc(ctx, regs);
}

/* A real smc #0 through the SMC conduit reaches the model. */
static void test_trap_smc(void **state)
{
	static const struct armcvm_conduit smc = ARMCVM_CONDUIT_INIT_SMC;
	struct armcvm_smccc_regs in = { .x = { ARMCVM_SMC_RMI_GRANULE_DELEGATE,
					       GP(FREE) } }, out;

	(void)state;
	assert_int_equal(trap_firmware_install(trap_model, &W->m), 0);
	armcvm_smccc_1_2(&smc, &in, &out);
	in.x[0] = ARMCVM_SMC_RMI_VERSION;
	in.x[1] = 0x10000;
	armcvm_smccc_1_2(&smc, &in, &in);
	trap_firmware_remove();
	assert_uint_equal(out.x[0], 0);
	assert_int_equal(armcvm_rmm_model_granule_state(&W->m, GP(FREE)),
			 ARMCVM_RMM_GRANULE_DELEGATED);
	assert_uint_equal(in.x[0], 0);
	assert_uint_equal(in.x[1], 0x10000);
}
#endif

/* The callback conduit form. */
static void test_conduit(void **state)
{
	struct armcvm_conduit c = armcvm_rmm_model_conduit(&W->m);
	struct armcvm_smccc_regs in = { .x = { ARMCVM_SMC_RMI_FEATURES, 0 } }, out;

	(void)state;
	armcvm_smccc_1_2(&c, &in, &out);
	assert_uint_equal(out.x[0], 0);
	assert_uint_equal(out.x[1], FEAT0(40, 10));
}

static void test_init_errors(void **state)
{
	struct armcvm_rmm_model m;
	struct armcvm_rmm_platform plat = {
		.features0 = FEAT0(40, 10), .rec_aux_count = 2, .vmid_bits = 8,
		.pa_bits = 48,
	};
	struct armcvm_rmm_granule g[4];
	struct armcvm_rmm_mem_range r[2];
	uint64_t vm[4];
	/* cppcheck-suppress unassignedVariable ; the model owns it (r[].bytes) */
	static uint64_t bytes[2048];

	(void)state;
	r[0].base = 0x10000;
	r[0].granules = 2;
	r[0].bytes = (uint8_t *)bytes;
	r[0].gran = g;
	r[1] = r[0];
	r[1].base = 0x11000;
	r[1].gran = g + 2;
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 1, vm, 4), 0);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 0, vm, 4), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 2, vm, 4), -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 1, vm, 3), -ARMCVM_ERR_NOSPACE);
	r[0].base = 0x10008;
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 1, vm, 4), -ARMCVM_ERR_ALIGN);
	r[0].base = 0x10000;
	plat.features0 |= 1ULL << 8;
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 1, vm, 4), -ARMCVM_ERR_NOTSUPP);
	plat.features0 = FEAT0(40, 10) | (1ULL << 50);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 1, vm, 4), -ARMCVM_ERR_RESERVED);
	plat.features0 = FEAT0(40, 10);
	plat.vmid_bits = 12;
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, r, 1, vm, 4), -ARMCVM_ERR_INVAL);
	assert_uint_equal(armcvm_rmm_model_vmid_words(12), 0);
	assert_int_equal(armcvm_rmm_model_host_write(W ? &W->m : &m, 1, NULL, 8),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmm_model_granule_state(&W->m, 8), -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rmm_model_granule_state(&W->m, 0), -ARMCVM_ERR_RANGE);
}

#define T(f)	cmocka_unit_test_setup_teardown(f, world_setup, world_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_version_features_unknown),
		T(test_granule_conditions),
		T(test_realm_create_conditions),
		T(test_realm_activate_destroy_conditions),
		T(test_rec_create_conditions),
		cmocka_unit_test_setup_teardown(test_rec_create_num_recs,
						world_setup_order1,
						world_teardown),
		T(test_data_conditions),
		T(test_rtt_conditions),
		T(test_init_ripas_conditions),
		T(test_rec_enter_conditions),
		T(test_realm_psci),
		T(test_set_ripas_and_owner),
		T(test_realm_play),
		T(test_realm_shared_access),
		T(test_realm_attest),
		cmocka_unit_test_setup_teardown(test_rim_init_vectors,
						world_setup_48, world_teardown),
		T(test_rim_frozen),
		T(test_checker_catches),
		T(test_rec_flags_measured),
		T(test_fold_unfold_block),
		cmocka_unit_test_setup_teardown(test_teardown_orders,
						small_world_setup,
						world_teardown),
		T(test_random_sequences),
		T(test_conduit),
		T(test_init_errors),
#if defined(__aarch64__)
		T(test_trap_smc),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
