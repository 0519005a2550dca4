/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * The software RMM against every failure condition of every RMI 1.0
 * command (rmi.md 4.5, from DEN0137 1.0-rel0 B4.3), one table row per
 * condition, and against every failure-condition ordering "A < B" listed
 * there.
 *
 * A row names a command template (a world builder plus arguments with
 * which the call succeeds: each template also runs as its own "success"
 * test), the spec condition ID, and what makes exactly that condition
 * true: argument overrides, and/or a different world, a mutation or NS
 * memory writes. The expected x0 (status + index, rmi.md 2.1) and the
 * outputs the command defines for that outcome (top of DATA_DESTROY /
 * RTT_DESTROY / RTT_UNMAP_UNPROTECTED) come from the spec rules; every
 * other output register must be zero (S10 B1.1: MBZ). After each call the
 * invariant checker runs, a failed call must have left every granule
 * state and byte, the VMID map, the realm queue and each RIM unchanged,
 * and when a row differs from its template only in arguments the
 * unmodified call must then succeed in the same world.
 *
 * An ordering row composes the rows of A and B (both would fail) and
 * expects A's result. Conditions and orderings the model cannot produce
 * are listed with the reason; test_coverage checks that the rows and
 * those lists together cover the transcription of rmi.md 4.5 below, and
 * test_docs_table that docs/rmm-model.md "Failure-condition coverage"
 * is this file's --markdown output.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "armcvm_test.h"
#include "rmm_world.h"

/* PSCI function IDs the realm calls (DEN0022 PSCI 1.1 section 5). */
#define PSCI_CPU_ON		0xC4000003ULL
#define PSCI_AFFINITY_INFO	0xC4000004ULL
#define PSCI_SYSTEM_OFF		0x84000008ULL
#define PSCI_DENIED		((uint64_t)-3)

/* RmiRecRun offsets (rmi.md 3.3). */
#define RUN_FLAGS	0x000
#define RUN_GICV3_HCR	0x300
#define RUN_GICV3_LR(n)	(0x308 + 8 * (n))
/* RmiRecParams offsets (rmi.md 3.2). */
#define RECP_MPIDR	0x100
#define RECP_NUM_AUX	0x800
#define RECP_AUX(n)	(0x808 + 8 * (n))
/* RmiRealmParams offsets (rmi.md 3.1). */
#define RP_FLAGS	0x000
#define RP_S2SZ		0x008
#define RP_SVE_VL	0x010
#define RP_NUM_BPS	0x018
#define RP_PMU_CTRS	0x028
#define RP_HASH		0x030
#define RP_VMID		0x800
#define RP_RTT_BASE	0x808
#define RP_RTT_LEVEL	0x810
#define RP_RTT_NUM	0x818

#define PARAMS(off)	(GP(NS_PARAMS) + (off))
#define RECPARAMS(off)	(GP(NS_REC) + (off))
#define RUNP(off)	(GP(NS_RUN) + (off))

/* The worlds here use the first 128 granules (the highest is
 * ROOT_SL2 + 7). */
#define GRANULES	128U
#define OUT_OF_RANGE	(BASE - G)	/* not delegable: *_bound */
#define IPA_TOO_BIG	(1ULL << 40)	/* >= 2^s2sz */
#define GIB		0x40000000ULL
#define MIB2		0x200000ULL

/* ------------------------------------------------------------------ */
/* World builders (each on a fresh model, see rmm_world.h)            */

static void w_empty(void)
{
}

static void w_delegated(void)
{
	delegate(FREE);
}

/* RD and both root RTTs DELEGATED, RmiRealmParams written; FREE is a
 * spare DELEGATED granule. */
static void w_realm_params(void)
{
	delegate(RD);
	delegate(ROOT);
	delegate(ROOT + 1);
	delegate(FREE);
	write_params(&RP_DEFAULT);
}

/* A NEW realm with only its root RTTs. */
static void w_realm(void)
{
	create_realm(RD, ROOT, 1);
	delegate(FREE);
}

/* w_realm plus REC and its aux DELEGATED, RmiRecParams for REC index 0. */
static void w_rec_params(void)
{
	w_realm();
	delegate(REC);
	delegate(REC + 1);
	delegate(REC + 2);
	write_rec_params(1, 0, REC);
}

/* One REC exists; RmiRecParams for the second (index 1) at REC2. */
static void w_rec_params2(void)
{
	w_realm();
	create_rec(RD, REC, 0, 1);
	delegate(REC2);
	delegate(REC2 + 1);
	delegate(REC2 + 2);
	write_rec_params(1, 1, REC2);
}

/* std_world (realm NEW) plus spare DELEGATED granules FREE and DATA + 1
 * and a zeroed RmiRecRun at NS_RUN. */
static void w_new(void)
{
	std_world();
	delegate(FREE);
	delegate(DATA + 1);
	ns_zero(NS_RUN);
}

/* w_new, realm ACTIVE. */
static void w_active(void)
{
	w_new();
	activate();
}

/* w_new with ASSIGNED_NS at UNPROT (level 3). */
static void w_unmap(void)
{
	w_new();
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3,
	       GP(NS_SPARE));
}

/* Granules of the eight concatenated level-2 root RTTs of w_realm_sl2. */
#define ROOT_SL2	96
#define UNPROT_SL2	(1ULL << 32)	/* s2sz 33 */

/* A NEW realm of s2sz 33 starting at level 2: eight concatenated root
 * RTTs (RttConfigIsValid, rmi.md 4.5), so levels 0 and 1 are not its. */
static void w_realm_sl2(void)
{
	struct rp p = RP_DEFAULT;
	unsigned int i;

	p.s2sz = 33;
	p.sl = 2;
	p.num = 8;
	p.base = GP(ROOT_SL2);
	delegate(RD);
	for (i = 0; i < p.num; i++) {
		delegate(ROOT_SL2 + i);
	}
	write_params(&p);
	EXPECT(0, ARMCVM_SMC_RMI_REALM_CREATE, GP(RD), GP(NS_PARAMS));
}

/* ACTIVE realm with a third REC RECY (mpidr 2, not runnable); REC has
 * made the PSCI request @fid naming mpidr 1 (REC2). */
static void psci_world(uint64_t fid, uint64_t x2, uint64_t x3)
{
	std_world();
	create_rec(RD, RECY, 2, 0);
	ns_zero(NS_RUN);
	activate();
	push_smc(REC, fid, 1, x2, x3, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
}

static void w_psci(void)
{
	psci_world(PSCI_CPU_ON, 0x1000, 0x55);	/* entry, context_id */
}

/* w_psci after REC2 was turned on once: REC asks again, so the request
 * names a running target. */
static void w_psci_running(void)
{
	w_psci();
	EXPECT(0, ARMCVM_SMC_RMI_PSCI_COMPLETE, GP(REC), GP(REC2), 0);
	push_smc(REC, PSCI_CPU_ON, 1, 0x1000, 0x55, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
}

static void w_psci_affinity(void)
{
	psci_world(PSCI_AFFINITY_INFO, 0, 0);	/* lowest level 0 */
}

/* ACTIVE realm; REC asked (RSI_IPA_STATE_SET) for @ripas over [base, top)
 * with @flags and exited with RMI_EXIT_RIPAS_CHANGE. */
static void ripas_request(uint64_t base, uint64_t top, uint64_t ripas,
			  uint64_t flags)
{
	push_smc(REC, ARMCVM_SMC_RSI_IPA_STATE_SET, base, top, ripas, flags);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_RIPAS_CHANGE);
}

/* RAM -> EMPTY over three level-3 entries [0, 0x3000). */
static void w_ripas(void)
{
	w_active();
	ripas_request(0, 0x3000, ARMCVM_RSI_EMPTY, 0);
}

/* EMPTY -> RAM at an unaligned base: [0x201000, 0x202000). The _table
 * world has a level-3 RTT there; the _block world leaves the 2 MiB
 * level-2 entry (base_align). */
static void w_ripas_mid_table(void)
{
	w_active();
	rtt_create(RD, FREE + 1, MIB2, 3);
	ripas_request(MIB2 + 0x1000, MIB2 + 0x2000, ARMCVM_RSI_RAM, 0);
}

static void w_ripas_mid_block(void)
{
	w_active();
	ripas_request(MIB2 + 0x1000, MIB2 + 0x2000, ARMCVM_RSI_RAM, 0);
}

/* The same block, but the realm asks for EMPTY, which it already is. */
static void w_ripas_mid_block_same(void)
{
	w_active();
	ripas_request(MIB2 + 0x1000, MIB2 + 0x2000, ARMCVM_RSI_EMPTY, 0);
}

/* EMPTY -> RAM over [0x200000, 0x201000): one level-3 entry (_table), or
 * a 2 MiB level-2 entry that reaches beyond top (_block: no_progress). */
static void w_ripas_low_table(void)
{
	w_active();
	rtt_create(RD, FREE + 1, MIB2, 3);
	ripas_request(MIB2, MIB2 + 0x1000, ARMCVM_RSI_RAM, 0);
}

static void w_ripas_low_block(void)
{
	w_active();
	ripas_request(MIB2, MIB2 + 0x1000, ARMCVM_RSI_RAM, 0);
}

/* DATA at 0x1000 destroyed (RIPAS DESTROYED); the realm asks for RAM
 * there with CHANGE_DESTROYED (_flag) or without it (no_progress). */
static void w_ripas_destroyed(uint64_t flags)
{
	w_active();
	EXPECT(0, ARMCVM_SMC_RMI_DATA_DESTROY, GP(RD), 0x1000);
	ripas_request(0x1000, 0x2000, ARMCVM_RSI_RAM, flags);
}

static void w_ripas_destroyed_flag(void)
{
	w_ripas_destroyed(ARMCVM_RSI_CHANGE_DESTROYED);
}

static void w_ripas_destroyed_noflag(void)
{
	w_ripas_destroyed(0);
}

/* ------------------------------------------------------------------ */
/* Mutations: applied after the world; each makes one condition true   */

static void m_delegate_free(void)
{
	delegate(FREE);
}

static void m_activate(void)
{
	activate();
}

/* REC calls PSCI_SYSTEM_OFF: the realm becomes SYSTEM_OFF (S10 B6). */
static void m_system_off(void)
{
	ns_zero(NS_RUN);
	push_smc(REC, PSCI_SYSTEM_OFF, 0, 0, 0, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
}

static void m_activate_system_off(void)
{
	activate();
	m_system_off();
}

/* REC's PSCI_CPU_ON (mpidr 1) is pending (S10 A2.3.2 psci_pending). */
static void m_psci_pending(void)
{
	push_smc(REC, PSCI_CPU_ON, 1, 0x1000, 0x55, 0);
	enter_expect(REC, 0, 0);
	assert_uint_equal(run_exit64(0), ARMCVM_RMI_EXIT_PSCI);
}

/* ROOT + 2 DELEGATED too, so rtt_base = ROOT + 1 fails rtt_align only. */
static void m_delegate_root2(void)
{
	delegate(ROOT + 2);
}

/* Another realm already uses VMID 1. */
static void m_vmid_in_use(void)
{
	create_realm(RD2, ROOT2, 1);
	write_params(&RP_DEFAULT);
}

static void m_create_rec(void)
{
	create_rec(RD, REC, 0, 1);
}

static void m_create_l2(void)
{
	rtt_create(RD, L2, 0, 2);
}

/* A second realm (VMID 2). */
static void m_realm2(void)
{
	create_realm(RD2, ROOT2, 2);
}

/* A second realm with RECX (mpidr 0) and RECZ (mpidr 1). */
static void m_realm2_recs(void)
{
	m_realm2();
	create_rec(RD2, RECX, 0, 1);
	create_rec(RD2, RECZ, 1, 0);
}

/* A live level-3 RTT at 0x200000 (DATA_CREATE_UNKNOWN maps DATA + 1). */
static void m_live_l3_2m(void)
{
	rtt_create(RD, FREE + 1, MIB2, 3);
	EXPECT(0, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, GP(RD), GP(DATA + 1),
	       MIB2);
}

static void m_map_unprot(void)
{
	EXPECT(0, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, GP(RD), UNPROT, 3,
	       GP(NS_SPARE));
}

/* ------------------------------------------------------------------ */
/* Templates: a world and a call that succeeds there                   */

struct arg {
	unsigned int i;		/* 1..5: x1..x5; 0 ends the list */
	uint64_t v;
};

struct out {
	unsigned int r;		/* 1..16; 0 ends the list */
	uint64_t v;
};

struct nsw {
	uint64_t pa;		/* 0 ends the list */
	uint64_t v;
};

struct tmpl {
	const char *cmd;
	const char *note;	/* label of its success test, or NULL */
	uint64_t fid;
	void (*build)(void);
	uint64_t feat;		/* 0: FEAT0_DEFAULT */
	uint64_t a[5];
	struct out out[5];	/* outputs on success (others MBZ) */
};

#define FID(c)	.cmd = #c, .fid = ARMCVM_SMC_RMI_##c

static const struct tmpl T_DELEGATE = {
	FID(GRANULE_DELEGATE), .build = w_empty, .a = { GP(FREE) },
};
static const struct tmpl T_UNDELEGATE = {
	FID(GRANULE_UNDELEGATE), .build = w_delegated, .a = { GP(FREE) },
};
static const struct tmpl T_REALM_CREATE = {
	FID(REALM_CREATE), .build = w_realm_params,
	.a = { GP(RD), GP(NS_PARAMS) },
};
static const struct tmpl T_REALM_ACTIVATE = {
	FID(REALM_ACTIVATE), .build = w_new, .a = { GP(RD) },
};
static const struct tmpl T_REALM_DESTROY = {
	FID(REALM_DESTROY), .build = w_realm, .a = { GP(RD) },
};
static const struct tmpl T_REC_AUX_COUNT = {
	FID(REC_AUX_COUNT), .build = w_realm, .a = { GP(RD) },
	.out = { { 1, WORLD_AUX } },
};
static const struct tmpl T_REC_CREATE = {
	FID(REC_CREATE), .build = w_rec_params,
	.a = { GP(RD), GP(REC), GP(NS_REC) },
};
static const struct tmpl T_REC_CREATE_2 = {
	FID(REC_CREATE), .note = "second REC", .build = w_rec_params2,
	.a = { GP(RD), GP(REC2), GP(NS_REC) },
};
static const struct tmpl T_REC_DESTROY = {
	FID(REC_DESTROY), .build = w_new, .a = { GP(REC2) },
};
static const struct tmpl T_REC_ENTER = {
	FID(REC_ENTER), .build = w_active, .a = { GP(REC), GP(NS_RUN) },
};
static const struct tmpl T_PSCI_COMPLETE = {
	FID(PSCI_COMPLETE), .build = w_psci, .a = { GP(REC), GP(REC2), 0 },
};
static const struct tmpl T_PSCI_COMPLETE_AFF = {
	FID(PSCI_COMPLETE), .note = "AFFINITY_INFO", .build = w_psci_affinity,
	.a = { GP(REC), GP(REC2), 0 },
};
static const struct tmpl T_DATA_CREATE = {
	FID(DATA_CREATE), .build = w_new,
	.a = { GP(RD), GP(DATA + 1), 0x2000, GP(NS_SRC), 1 },
};
static const struct tmpl T_DATA_CREATE_UNKNOWN = {
	FID(DATA_CREATE_UNKNOWN), .build = w_new,
	.a = { GP(RD), GP(DATA + 1), 0x2000 },
};
/* No realm_state condition (S10 B4.3.2): it also succeeds while ACTIVE. */
static const struct tmpl T_DATA_CREATE_UNKNOWN_ACTIVE = {
	FID(DATA_CREATE_UNKNOWN), .note = "realm ACTIVE", .build = w_active,
	.a = { GP(RD), GP(DATA + 1), 0x2000 },
};
/* top: the L3 RTT at 0 holds no other live entry (RttSkipNonLiveEntries,
 * rmi.md 2.2), so the next live IPA is its end, 2 MiB. */
static const struct tmpl T_DATA_DESTROY = {
	FID(DATA_DESTROY), .build = w_new, .a = { GP(RD), 0x1000 },
	.out = { { 1, GP(DATA) }, { 2, MIB2 } },
};
static const struct tmpl T_RTT_CREATE = {
	FID(RTT_CREATE), .build = w_new, .a = { GP(RD), GP(FREE), MIB2, 3 },
};
/* L3U is not live; afterwards L2U holds no live entry: top = its end. */
static const struct tmpl T_RTT_DESTROY = {
	FID(RTT_DESTROY), .build = w_new, .a = { GP(RD), UNPROT, 3 },
	.out = { { 1, GP(L3U) }, { 2, UNPROT + GIB } },
};
/* L3U: 512 UNASSIGNED_NS entries, homogeneous (S10 A5.5.6). */
static const struct tmpl T_RTT_FOLD = {
	FID(RTT_FOLD), .build = w_new, .a = { GP(RD), UNPROT, 3 },
	.out = { { 1, GP(L3U) } },
};
static const struct tmpl T_RTT_MAP_UNPROTECTED = {
	FID(RTT_MAP_UNPROTECTED), .build = w_new,
	.a = { GP(RD), UNPROT, 3, GP(NS_SPARE) },
};
/* A 2 MiB block mapping: OA aligned to 2 MiB. */
static const struct tmpl T_RTT_MAP_UNPROTECTED_L2 = {
	FID(RTT_MAP_UNPROTECTED), .note = "level 2", .build = w_new,
	.a = { GP(RD), UNPROT + MIB2, 2, GP(BLOCK) },
};
static const struct tmpl T_RTT_UNMAP_UNPROTECTED = {
	FID(RTT_UNMAP_UNPROTECTED), .build = w_unmap,
	.a = { GP(RD), UNPROT, 3 }, .out = { { 1, UNPROT + MIB2 } },
};
/* rmi.md 3.7: ASSIGNED -> state 1, desc = PA, ripas RAM (1). */
static const struct tmpl T_RTT_READ_ENTRY = {
	FID(RTT_READ_ENTRY), .build = w_new, .a = { GP(RD), 0x1000, 3 },
	.out = { { 1, 3 }, { 2, ARMCVM_RMI_ASSIGNED }, { 3, GP(DATA) },
		 { 4, ARMCVM_RMI_RAM } },
};
static const struct tmpl T_RTT_INIT_RIPAS = {
	FID(RTT_INIT_RIPAS), .build = w_new, .a = { GP(RD), 0x4000, 0x8000 },
	.out = { { 1, 0x8000 } },
};
static const struct tmpl T_RTT_SET_RIPAS = {
	FID(RTT_SET_RIPAS), .build = w_ripas,
	.a = { GP(RD), GP(REC), 0, 0x3000 }, .out = { { 1, 0x3000 } },
};
static const struct tmpl T_RTT_SET_RIPAS_MID = {
	FID(RTT_SET_RIPAS), .note = "unaligned base, level-3 RTT",
	.build = w_ripas_mid_table,
	.a = { GP(RD), GP(REC), MIB2 + 0x1000, MIB2 + 0x2000 },
	.out = { { 1, MIB2 + 0x2000 } },
};
/*
 * S10 B4.3.21: base_align and no_progress need ripas != rec.ripas_value.
 * The 2 MiB entry is already EMPTY: nothing to change, out_top = top.
 */
static const struct tmpl T_RTT_SET_RIPAS_SAME = {
	FID(RTT_SET_RIPAS), .note = "unaligned base, RIPAS already as requested",
	.build = w_ripas_mid_block_same,
	.a = { GP(RD), GP(REC), MIB2 + 0x1000, MIB2 + 0x2000 },
	.out = { { 1, MIB2 + 0x2000 } },
};
static const struct tmpl T_RTT_SET_RIPAS_LOW = {
	FID(RTT_SET_RIPAS), .note = "one level-3 entry",
	.build = w_ripas_low_table,
	.a = { GP(RD), GP(REC), MIB2, MIB2 + 0x1000 },
	.out = { { 1, MIB2 + 0x1000 } },
};
static const struct tmpl T_RTT_SET_RIPAS_DESTROYED = {
	FID(RTT_SET_RIPAS), .note = "DESTROYED with CHANGE_DESTROYED",
	.build = w_ripas_destroyed_flag,
	.a = { GP(RD), GP(REC), 0x1000, 0x2000 }, .out = { { 1, 0x2000 } },
};

static const struct tmpl *const templates[] = {
	&T_DELEGATE, &T_UNDELEGATE, &T_REALM_CREATE, &T_REALM_ACTIVATE,
	&T_REALM_DESTROY, &T_REC_AUX_COUNT, &T_REC_CREATE, &T_REC_CREATE_2,
	&T_REC_DESTROY, &T_REC_ENTER, &T_PSCI_COMPLETE, &T_PSCI_COMPLETE_AFF,
	&T_DATA_CREATE, &T_DATA_CREATE_UNKNOWN, &T_DATA_CREATE_UNKNOWN_ACTIVE,
	&T_DATA_DESTROY, &T_RTT_CREATE, &T_RTT_DESTROY, &T_RTT_FOLD,
	&T_RTT_MAP_UNPROTECTED, &T_RTT_MAP_UNPROTECTED_L2,
	&T_RTT_UNMAP_UNPROTECTED, &T_RTT_READ_ENTRY, &T_RTT_INIT_RIPAS,
	&T_RTT_SET_RIPAS, &T_RTT_SET_RIPAS_MID, &T_RTT_SET_RIPAS_SAME,
	&T_RTT_SET_RIPAS_LOW, &T_RTT_SET_RIPAS_DESTROYED,
};

/* ------------------------------------------------------------------ */
/* Rows: one failure condition each                                    */

struct row {
	const struct tmpl *t;
	const char *id;		/* S10 condition ID */
	const char *note;	/* variant label, or NULL */
	void (*world)(void);	/* replaces t->build */
	void (*mutate)(void);	/* runs after the world */
	uint64_t feat;		/* replaces t->feat */
	struct arg set[4];
	struct nsw ns[2];
	uint64_t x0;
	struct out out[2];
};

static const struct row rows[] = {
	/* GRANULE_DELEGATE (S10 B4.3: all INPUT, no ordering) */
	{ &T_DELEGATE, "gran_align", .set = { { 1, GP(FREE) + 8 } }, .x0 = INPUT },
	{ &T_DELEGATE, "gran_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DELEGATE, "gran_bound", "above the range",
	  .set = { { 1, GP(GRANULES) } }, .x0 = INPUT },
	{ &T_DELEGATE, "gran_state", .mutate = m_delegate_free, .x0 = INPUT },
	/* GRANULE_UNDELEGATE */
	{ &T_UNDELEGATE, "gran_align", .set = { { 1, GP(FREE) + 8 } }, .x0 = INPUT },
	{ &T_UNDELEGATE, "gran_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_UNDELEGATE, "gran_state", .set = { { 1, GP(FREE + 1) } }, .x0 = INPUT },
	/* REALM_CREATE (S10 B4.3.9: all INPUT, no ordering) */
	{ &T_REALM_CREATE, "params_align", .set = { { 2, GP(NS_PARAMS) + 8 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_pas", .set = { { 2, GP(FREE) } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_valid", "flags SBZ bit 3",
	  .ns = { { PARAMS(RP_FLAGS), 8 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_valid", "UInt8 s2sz above 255",
	  .ns = { { PARAMS(RP_S2SZ), 0x128 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_supp", "s2sz above FEATURES.S2SZ",
	  .feat = FEAT0(39, 10), .x0 = INPUT },
	{ &T_REALM_CREATE, "params_supp", "lpa2 without FEAT_LPA2",
	  .ns = { { PARAMS(RP_FLAGS), 1 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_supp", "sve without SVE_EN",
	  .ns = { { PARAMS(RP_FLAGS), 2 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_supp", "pmu counters above PMU_NUM_CTRS",
	  .ns = { { PARAMS(RP_FLAGS), 4 }, { PARAMS(RP_PMU_CTRS), 9 } },
	  .x0 = INPUT },
	{ &T_REALM_CREATE, "params_supp", "num_bps 0",
	  .ns = { { PARAMS(RP_NUM_BPS), 0 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_valid", "hash_algo 2",
	  .ns = { { PARAMS(RP_HASH), 2 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "params_supp", "SHA-512 without HASH_SHA_512",
	  .feat = FEAT0_DEFAULT & ~(1ULL << 33),
	  .ns = { { PARAMS(RP_HASH), 1 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "alias", .set = { { 1, GP(ROOT + 1) } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rd_state", .set = { { 1, GP(RD2) } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rtt_align", .mutate = m_delegate_root2,
	  .ns = { { PARAMS(RP_RTT_BASE), GP(ROOT + 1) } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rtt_num_level",
	  "rtt_num_start 1 for s2sz 40 at level 1",
	  .ns = { { PARAMS(RP_RTT_NUM), 1 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rtt_num_level", "starting level 3",
	  .ns = { { PARAMS(RP_RTT_LEVEL), 3 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rtt_num_level", "starting level -1 without LPA2",
	  .ns = { { PARAMS(RP_RTT_LEVEL), (uint64_t)-1 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "rtt_state", .ns = { { PARAMS(RP_RTT_BASE), GP(ROOT2) } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "vmid_valid", "above 16 bits",
	  .ns = { { PARAMS(RP_VMID), 0x10000 } }, .x0 = INPUT },
	{ &T_REALM_CREATE, "vmid_valid", "in use", .mutate = m_vmid_in_use, .x0 = INPUT },
	/* REALM_ACTIVATE */
	{ &T_REALM_ACTIVATE, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_REALM_ACTIVATE, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REALM_ACTIVATE, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_REALM_ACTIVATE, "realm_state", "ACTIVE", .mutate = m_activate, .x0 = REALM(0) },
	{ &T_REALM_ACTIVATE, "realm_state", "SYSTEM_OFF",
	  .mutate = m_activate_system_off, .x0 = REALM(0) },
	/* REALM_DESTROY */
	{ &T_REALM_DESTROY, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_REALM_DESTROY, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REALM_DESTROY, "rd_state", .set = { { 1, GP(ROOT) } }, .x0 = INPUT },
	{ &T_REALM_DESTROY, "realm_live", "a REC", .mutate = m_create_rec, .x0 = REALM(0) },
	{ &T_REALM_DESTROY, "realm_live", "a TABLE entry in a root RTT",
	  .mutate = m_create_l2, .x0 = REALM(0) },
	/* REC_AUX_COUNT */
	{ &T_REC_AUX_COUNT, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_REC_AUX_COUNT, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_AUX_COUNT, "rd_state", .set = { { 1, GP(FREE) } }, .x0 = INPUT },
	/* REC_CREATE (S10 B4.3.12) */
	{ &T_REC_CREATE, "params_align", .set = { { 3, GP(NS_REC) + 8 } }, .x0 = INPUT },
	{ &T_REC_CREATE, "params_bound", .set = { { 3, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_CREATE, "params_pas", .set = { { 3, GP(FREE) } }, .x0 = INPUT },
	{ &T_REC_CREATE, "rec_align", .set = { { 2, GP(REC) + 8 } }, .x0 = INPUT },
	{ &T_REC_CREATE, "rec_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_CREATE, "rec_state", .set = { { 2, GP(RECX) } }, .x0 = INPUT },
	{ &T_REC_CREATE, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_REC_CREATE, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_CREATE, "rd_state", .set = { { 1, GP(FREE) } }, .x0 = INPUT },
	{ &T_REC_CREATE, "realm_state", .mutate = m_activate, .x0 = REALM(0) },
	/* MAX_RECS_ORDER 1: 2^1 - 1 = 1 REC, which exists. */
	{ &T_REC_CREATE_2, "num_recs", .feat = FEAT0(40, 1), .x0 = REALM(0) },
	{ &T_REC_CREATE, "mpidr_index", "index 1, expected 0",
	  .ns = { { RECPARAMS(RECP_MPIDR), 1 } }, .x0 = INPUT },
	{ &T_REC_CREATE, "num_aux", "1, RecAuxCount 2",
	  .ns = { { RECPARAMS(RECP_NUM_AUX), 1 } }, .x0 = INPUT },
	{ &T_REC_CREATE, "aux_align",
	  .ns = { { RECPARAMS(RECP_AUX(1)), GP(REC + 2) + 8 } }, .x0 = INPUT },
	{ &T_REC_CREATE, "aux_alias", "aux == rec",
	  .ns = { { RECPARAMS(RECP_AUX(1)), GP(REC) } }, .x0 = INPUT },
	{ &T_REC_CREATE, "aux_alias", "aux[1] == aux[0]",
	  .ns = { { RECPARAMS(RECP_AUX(1)), GP(REC + 1) } }, .x0 = INPUT },
	{ &T_REC_CREATE, "aux_state", .ns = { { RECPARAMS(RECP_AUX(1)), GP(RECX) } }, .x0 = INPUT },
	/* REC_DESTROY */
	{ &T_REC_DESTROY, "rec_align", .set = { { 1, GP(REC2) + 8 } }, .x0 = INPUT },
	{ &T_REC_DESTROY, "rec_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_DESTROY, "rec_gran_state", .set = { { 1, GP(REC2 + 1) } }, .x0 = INPUT },
	/* REC_ENTER (S10 B4.3.14) */
	{ &T_REC_ENTER, "run_align", .set = { { 2, GP(NS_RUN) + 8 } }, .x0 = INPUT },
	{ &T_REC_ENTER, "run_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_ENTER, "run_pas", .set = { { 2, GP(DATA) } }, .x0 = INPUT },
	{ &T_REC_ENTER, "rec_align", .set = { { 1, GP(REC) + 8 } }, .x0 = INPUT },
	{ &T_REC_ENTER, "rec_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_REC_ENTER, "rec_gran_state", .set = { { 1, GP(REC + 1) } }, .x0 = INPUT },
	/* w_new is w_active before REALM_ACTIVATE. */
	{ &T_REC_ENTER, "realm_new", .world = w_new, .x0 = REALM(0) },
	{ &T_REC_ENTER, "system_off", .mutate = m_system_off, .x0 = REALM(1) },
	{ &T_REC_ENTER, "rec_runnable", .set = { { 1, GP(REC2) } }, .x0 = RECERR },
	{ &T_REC_ENTER, "rec_mmio",
	  .ns = { { RUNP(RUN_FLAGS), ARMCVM_RMI_REC_ENTER_EMUL_MMIO } },
	  .x0 = RECERR },
	{ &T_REC_ENTER, "rec_gicv3", "gicv3_hcr.En",
	  .ns = { { RUNP(RUN_GICV3_HCR), 1 } }, .x0 = RECERR },
	{ &T_REC_ENTER, "rec_gicv3", "LR 4 of 4",
	  .ns = { { RUNP(RUN_GICV3_LR(4)), 1 } }, .x0 = RECERR },
	{ &T_REC_ENTER, "rec_psci", .mutate = m_psci_pending, .x0 = RECERR },
	/* PSCI_COMPLETE (S10 B4.3.7: all INPUT, no ordering) */
	{ &T_PSCI_COMPLETE, "alias", .set = { { 2, GP(REC) } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "calling_align", .set = { { 1, GP(REC) + 8 } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "calling_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "calling_state", .set = { { 1, GP(REC + 1) } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "target_align", .set = { { 2, GP(REC2) + 8 } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "target_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "target_state", .set = { { 2, GP(REC2 + 1) } }, .x0 = INPUT },
	/* REC2 made no request; REC's mpidr 0 equals REC2's gprs[1]. */
	{ &T_PSCI_COMPLETE, "pending", .set = { { 1, GP(REC2) }, { 2, GP(REC) } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "owner", .mutate = m_realm2_recs,
	  .set = { { 2, GP(RECZ) } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "target", .set = { { 2, GP(RECY) } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "status", "1 for CPU_ON", .set = { { 3, 1 } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE, "status", "PSCI_DENIED for CPU_ON of a running target",
	  .world = w_psci_running, .set = { { 3, PSCI_DENIED } }, .x0 = INPUT },
	{ &T_PSCI_COMPLETE_AFF, "status", "PSCI_DENIED for AFFINITY_INFO",
	  .set = { { 3, PSCI_DENIED } }, .x0 = INPUT },
	/* DATA_CREATE (S10 B4.3.1) */
	{ &T_DATA_CREATE, "src_align", .set = { { 4, GP(NS_SRC) + 8 } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "src_bound", .set = { { 4, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "src_pas", .set = { { 4, GP(FREE) } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "data_align", .set = { { 2, GP(DATA + 1) + 8 } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "data_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "data_state", .set = { { 2, GP(DATA + 2) } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "ipa_align", .set = { { 3, 0x2008 } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "ipa_bound", "unprotected",
	  .set = { { 3, UNPROT + 0x2000 } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "ipa_bound", "beyond 2^s2sz",
	  .set = { { 3, IPA_TOO_BIG } }, .x0 = INPUT },
	{ &T_DATA_CREATE, "realm_state", .mutate = m_activate, .x0 = REALM(0) },
	{ &T_DATA_CREATE, "rtt_walk", "no level-2 RTT", .set = { { 3, GIB } }, .x0 = RTT(1) },
	{ &T_DATA_CREATE, "rtt_walk", "no level-3 RTT", .set = { { 3, MIB2 } }, .x0 = RTT(2) },
	{ &T_DATA_CREATE, "rtte_state", .set = { { 3, 0x1000 } }, .x0 = RTT(3) },
	/* DATA_CREATE_UNKNOWN (S10 B4.3.2) */
	{ &T_DATA_CREATE_UNKNOWN, "data_align", .set = { { 2, GP(DATA + 1) + 8 } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "data_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "data_state", .set = { { 2, GP(DATA) } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "ipa_align", .set = { { 3, 0x2800 } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "ipa_bound", .set = { { 3, UNPROT + 0x2000 } }, .x0 = INPUT },
	{ &T_DATA_CREATE_UNKNOWN, "rtt_walk", .set = { { 3, GIB } }, .x0 = RTT(1) },
	{ &T_DATA_CREATE_UNKNOWN, "rtte_state", .set = { { 3, 0x1000 } }, .x0 = RTT(3) },
	/* DATA_DESTROY (S10 B4.3.3): RTT errors return top (rmi.md 2.2) */
	{ &T_DATA_DESTROY, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_DATA_DESTROY, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_DATA_DESTROY, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_DATA_DESTROY, "ipa_align", .set = { { 2, 0x1008 } }, .x0 = INPUT },
	{ &T_DATA_DESTROY, "ipa_bound", .set = { { 2, UNPROT + 0x1000 } }, .x0 = INPUT },
	/* Root RTT ROOT: no live entry after 1 GiB; it ends at 2^39. */
	{ &T_DATA_DESTROY, "rtt_walk", "level 1", .set = { { 2, GIB } },
	  .x0 = RTT(1), .out = { { 2, UNPROT } } },
	/* L2 at 0: no live entry after 4 MiB; it ends at 1 GiB. */
	{ &T_DATA_DESTROY, "rtt_walk", "level 2", .set = { { 2, 0x400000 } },
	  .x0 = RTT(2), .out = { { 2, GIB } } },
	/* UNASSIGNED at 0: the next live entry is the DATA at 0x1000. */
	{ &T_DATA_DESTROY, "rtte_state", .set = { { 2, 0 } }, .x0 = RTT(3),
	  .out = { { 2, 0x1000 } } },
	/* RTT_CREATE (S10 B4.3.15) */
	{ &T_RTT_CREATE, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "level_bound", .set = { { 4, 4 } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "level_bound", "starting level",
	  .set = { { 3, 0 }, { 4, 1 } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "ipa_align", .set = { { 3, MIB2 + 0x1000 } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "ipa_bound", .set = { { 3, IPA_TOO_BIG } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "rtt_align", .set = { { 2, GP(FREE) + 8 } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "rtt_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "rtt_state", .set = { { 2, GP(FREE + 1) } }, .x0 = INPUT },
	{ &T_RTT_CREATE, "rtt_walk", .set = { { 3, GIB } }, .x0 = RTT(1) },
	{ &T_RTT_CREATE, "rtte_state", .set = { { 3, 0 } }, .x0 = RTT(2) },
	/* RTT_DESTROY (S10 B4.3.16) */
	{ &T_RTT_DESTROY, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_DESTROY, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_DESTROY, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_DESTROY, "level_bound", .set = { { 3, 4 } }, .x0 = INPUT },
	{ &T_RTT_DESTROY, "level_bound", "starting level", .set = { { 3, 1 } }, .x0 = INPUT },
	{ &T_RTT_DESTROY, "ipa_align", .set = { { 2, UNPROT + 0x1000 } }, .x0 = INPUT },
	{ &T_RTT_DESTROY, "ipa_bound", .set = { { 2, IPA_TOO_BIG } }, .x0 = INPUT },
	/* Root ROOT + 1: only its first entry (UNPROT) is live; ends 2^40. */
	{ &T_RTT_DESTROY, "rtt_walk", .set = { { 2, UNPROT + GIB } },
	  .x0 = RTT(1), .out = { { 2, IPA_TOO_BIG } } },
	/* L2U: only its first entry (TABLE) is live; it ends at +1 GiB. */
	{ &T_RTT_DESTROY, "rtte_state", .set = { { 2, UNPROT + MIB2 } },
	  .x0 = RTT(2), .out = { { 2, UNPROT + GIB } } },
	{ &T_RTT_DESTROY, "rtt_live", .mutate = m_live_l3_2m,
	  .set = { { 2, MIB2 } }, .x0 = RTT(3), .out = { { 2, MIB2 } } },
	/* RTT_FOLD (S10 B4.3.17): no outputs on failure */
	{ &T_RTT_FOLD, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "level_bound", .set = { { 3, 4 } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "level_bound", "starting level", .set = { { 3, 1 } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "ipa_align", .set = { { 2, UNPROT + 0x1000 } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "ipa_bound", .set = { { 2, IPA_TOO_BIG } }, .x0 = INPUT },
	{ &T_RTT_FOLD, "rtt_walk", .set = { { 2, UNPROT + GIB } }, .x0 = RTT(1) },
	{ &T_RTT_FOLD, "rtte_state", .set = { { 2, UNPROT + MIB2 } }, .x0 = RTT(2) },
	/* L3 at 0: ASSIGNED at 0x1000 among UNASSIGNED entries. */
	{ &T_RTT_FOLD, "rtt_homo", .set = { { 2, 0 } }, .x0 = RTT(3) },
	/* RTT_MAP_UNPROTECTED (S10 B4.3.19) */
	{ &T_RTT_MAP_UNPROTECTED, "attr_valid", "desc bits 1:0",
	  .set = { { 4, GP(NS_SPARE) | 3 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "attr_valid", "MemAttr 0b100",
	  .set = { { 4, GP(NS_SPARE) | (4 << 2) } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "level_bound", .set = { { 3, 4 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "level_bound", "level 0",
	  .set = { { 3, 0 }, { 4, 0 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "level_bound", "above the starting level 2",
	  .world = w_realm_sl2,
	  .set = { { 2, UNPROT_SL2 }, { 3, 1 }, { 4, GIB } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED_L2, "addr_align", .set = { { 4, GP(NS_SPARE) } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "addr_bound", .set = { { 4, 1ULL << 48 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "ipa_align", .set = { { 2, UNPROT + 0x800 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "ipa_bound", "protected", .set = { { 2, 0x2000 } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "ipa_bound", "beyond 2^s2sz",
	  .set = { { 2, IPA_TOO_BIG } }, .x0 = INPUT },
	{ &T_RTT_MAP_UNPROTECTED, "rtt_walk", .set = { { 2, UNPROT + GIB } }, .x0 = RTT(1) },
	{ &T_RTT_MAP_UNPROTECTED, "rtte_state", "TABLE at level 2",
	  .set = { { 3, 2 }, { 4, GP(BLOCK) } }, .x0 = RTT(2) },
	{ &T_RTT_MAP_UNPROTECTED, "rtte_state", "already ASSIGNED_NS",
	  .mutate = m_map_unprot, .x0 = RTT(3) },
	/* RTT_UNMAP_UNPROTECTED (S10 B4.3.22): RTT errors return top */
	{ &T_RTT_UNMAP_UNPROTECTED, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "level_bound", .set = { { 3, 4 } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "level_bound", "level 0", .set = { { 3, 0 } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "level_bound", "above the starting level 2",
	  .world = w_realm_sl2, .set = { { 2, UNPROT_SL2 }, { 3, 1 } },
	  .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "ipa_align", .set = { { 2, UNPROT + 0x800 } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "ipa_bound", "protected",
	  .set = { { 2, 0x1000 } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "ipa_bound", "beyond 2^s2sz",
	  .set = { { 2, IPA_TOO_BIG } }, .x0 = INPUT },
	{ &T_RTT_UNMAP_UNPROTECTED, "rtt_walk",
	  .set = { { 2, UNPROT + GIB } }, .x0 = RTT(1),
	  .out = { { 1, IPA_TOO_BIG } } },
	/* L3U: nothing live after the mapping at UNPROT. */
	{ &T_RTT_UNMAP_UNPROTECTED, "rtte_state",
	  .set = { { 2, UNPROT + 0x1000 } }, .x0 = RTT(3),
	  .out = { { 1, UNPROT + MIB2 } } },
	/* RTT_READ_ENTRY (S10 B4.3.20: all INPUT, no ordering) */
	{ &T_RTT_READ_ENTRY, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_READ_ENTRY, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_READ_ENTRY, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_READ_ENTRY, "level_bound", "below the starting level",
	  .set = { { 2, 0 }, { 3, 0 } }, .x0 = INPUT },
	{ &T_RTT_READ_ENTRY, "level_bound", "level 4", .set = { { 3, 4 } }, .x0 = INPUT },
	{ &T_RTT_READ_ENTRY, "ipa_align", .set = { { 2, 0x1800 } }, .x0 = INPUT },
	{ &T_RTT_READ_ENTRY, "ipa_bound", .set = { { 2, IPA_TOO_BIG } }, .x0 = INPUT },
	/* RTT_INIT_RIPAS (S10 B4.3.18) */
	{ &T_RTT_INIT_RIPAS, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_INIT_RIPAS, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_INIT_RIPAS, "rd_state", .set = { { 1, GP(REC) } }, .x0 = INPUT },
	{ &T_RTT_INIT_RIPAS, "size_valid", "top == base", .set = { { 3, 0x4000 } }, .x0 = INPUT },
	{ &T_RTT_INIT_RIPAS, "size_valid", "top < base",
	  .set = { { 2, 0x8000 }, { 3, 0x4000 } }, .x0 = INPUT },
	{ &T_RTT_INIT_RIPAS, "top_bound", .set = { { 3, UNPROT + G } }, .x0 = INPUT },
	{ &T_RTT_INIT_RIPAS, "realm_state", .mutate = m_activate, .x0 = REALM(0) },
	{ &T_RTT_INIT_RIPAS, "base_align",
	  .set = { { 2, MIB2 + 0x1000 }, { 3, 0x400000 } }, .x0 = RTT(2) },
	{ &T_RTT_INIT_RIPAS, "rtte_state", .set = { { 2, 0x1000 }, { 3, 0x2000 } }, .x0 = RTT(3) },
	{ &T_RTT_INIT_RIPAS, "top_gran_align", .set = { { 3, 0x8800 } }, .x0 = INPUT },
	/* The 2 MiB level-2 entry at base reaches beyond top. */
	{ &T_RTT_INIT_RIPAS, "no_progress", .set = { { 2, MIB2 }, { 3, 0x300000 } }, .x0 = RTT(2) },
	/* RTT_SET_RIPAS (S10 B4.3.21) */
	{ &T_RTT_SET_RIPAS, "rd_align", .set = { { 1, GP(RD) + 8 } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "rd_bound", .set = { { 1, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "rd_state", .set = { { 1, GP(REC2) } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "rec_align", .set = { { 2, GP(REC) + 8 } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "rec_bound", .set = { { 2, OUT_OF_RANGE } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "rec_gran_state", .set = { { 2, GP(REC + 1) } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "rec_owner", .mutate = m_realm2,
	  .set = { { 1, GP(RD2) } }, .x0 = RECERR },
	{ &T_RTT_SET_RIPAS, "size_valid", .set = { { 4, 0 } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "base_bound", .set = { { 3, 0x1000 } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS_MID, "base_bound", "inside the 2 MiB entry",
	  .set = { { 3, MIB2 + 0x3000 } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS, "top_bound", .set = { { 4, 0x4000 } }, .x0 = INPUT },
	/* w_ripas_mid_block is w_ripas_mid_table without the L3 RTT. */
	{ &T_RTT_SET_RIPAS_MID, "base_align", .world = w_ripas_mid_block, .x0 = RTT(2) },
	{ &T_RTT_SET_RIPAS, "top_gran_align", .set = { { 4, 0x2800 } }, .x0 = INPUT },
	{ &T_RTT_SET_RIPAS_LOW, "top_gran_align", "2 MiB entry",
	  .set = { { 4, MIB2 + 0x800 } }, .x0 = INPUT },
	/* w_ripas_low_block is w_ripas_low_table without the L3 RTT. */
	{ &T_RTT_SET_RIPAS_LOW, "no_progress", "entry beyond top",
	  .world = w_ripas_low_block, .x0 = RTT(2) },
	{ &T_RTT_SET_RIPAS_DESTROYED, "no_progress",
	  "DESTROYED without CHANGE_DESTROYED",
	  .world = w_ripas_destroyed_noflag, .x0 = RTT(3) },
};

/* ------------------------------------------------------------------ */
/* Orderings "A < B" of rmi.md 4.5                                     */

struct order {
	const char *a, *b;	/* row names */
	struct arg set[2];	/* where A and B set the same argument */
	const char *why;	/* not testable: the reason */
	bool t10;		/* not an S10 constraint: the model's T10
				 * order (docs/rmm-model.md) */
};

#define NOT_RUNNING	"rec_state (REC RUNNING) is not producible"
#define VACUOUS_REC	"vacuous: both concern the rec argument; no REC at " \
			"an invalid address can be NOT_RUNNABLE"

static const struct order orders[] = {
	{ .a = "REALM_ACTIVATE/rd_bound", .b = "REALM_ACTIVATE/realm_state (ACTIVE)" },
	{ .a = "REALM_ACTIVATE/rd_state", .b = "REALM_ACTIVATE/realm_state (ACTIVE)" },
	{ .a = "REALM_DESTROY/rd_bound", .b = "REALM_DESTROY/realm_live (a REC)" },
	{ .a = "REALM_DESTROY/rd_state", .b = "REALM_DESTROY/realm_live (a REC)" },
	{ .a = "REC_CREATE/rd_bound", .b = "REC_CREATE/realm_state" },
	{ .a = "REC_CREATE/rd_state", .b = "REC_CREATE/realm_state" },
	{ .a = "REC_CREATE/rd_bound", .b = "REC_CREATE/num_recs" },
	{ .a = "REC_CREATE/rd_state", .b = "REC_CREATE/num_recs" },
	{ .a = "REC_DESTROY/rec_bound", .b = "REC_DESTROY/rec_state", .why = NOT_RUNNING },
	{ .a = "REC_DESTROY/rec_gran_state", .b = "REC_DESTROY/rec_state", .why = NOT_RUNNING },
	/* REC_ENTER: every address / run check < every realm / REC check */
#define ENTER_ADDR(x)							\
	{ .a = "REC_ENTER/" x, .b = "REC_ENTER/realm_new" },			\
	{ .a = "REC_ENTER/" x, .b = "REC_ENTER/system_off" },			\
	{ .a = "REC_ENTER/" x, .b = "REC_ENTER/rec_state", .why = NOT_RUNNING },	\
	{ .a = "REC_ENTER/" x, .b = "REC_ENTER/rec_mmio" },			\
	{ .a = "REC_ENTER/" x, .b = "REC_ENTER/rec_gicv3 (gicv3_hcr.En)" },	\
	{ .a = "REC_ENTER/" x, .b = "REC_ENTER/rec_psci" }
	ENTER_ADDR("run_align"),
	ENTER_ADDR("run_bound"),
	ENTER_ADDR("run_pas"),
	ENTER_ADDR("rec_align"),
	ENTER_ADDR("rec_bound"),
	ENTER_ADDR("rec_gran_state"),
#undef ENTER_ADDR
	{ .a = "REC_ENTER/run_align", .b = "REC_ENTER/rec_runnable" },
	{ .a = "REC_ENTER/run_bound", .b = "REC_ENTER/rec_runnable" },
	{ .a = "REC_ENTER/run_pas", .b = "REC_ENTER/rec_runnable" },
	{ .a = "REC_ENTER/rec_align", .b = "REC_ENTER/rec_runnable",
	  .set = { { 1, GP(REC2) + 8 } } },
	{ .a = "REC_ENTER/rec_bound", .b = "REC_ENTER/rec_runnable", .why = VACUOUS_REC },
	{ .a = "REC_ENTER/rec_gran_state", .b = "REC_ENTER/rec_runnable", .why = VACUOUS_REC },
	/* DATA_CREATE */
	{ .a = "DATA_CREATE/rd_bound", .b = "DATA_CREATE/realm_state" },
	{ .a = "DATA_CREATE/rd_state", .b = "DATA_CREATE/realm_state" },
	{ .a = "DATA_CREATE/rd_bound", .b = "DATA_CREATE/rtt_walk (no level-2 RTT)" },
	{ .a = "DATA_CREATE/rd_state", .b = "DATA_CREATE/rtt_walk (no level-2 RTT)" },
	{ .a = "DATA_CREATE/rd_bound", .b = "DATA_CREATE/rtte_state" },
	{ .a = "DATA_CREATE/rd_state", .b = "DATA_CREATE/rtte_state" },
	/* Unprotected IPAs whose walk ends at level 1 / on UNASSIGNED_NS. */
	{ .a = "DATA_CREATE/ipa_bound (unprotected)", .b = "DATA_CREATE/rtt_walk (no level-2 RTT)",
	  .set = { { 3, UNPROT + GIB } } },
	{ .a = "DATA_CREATE/ipa_bound (unprotected)", .b = "DATA_CREATE/rtte_state",
	  .set = { { 3, UNPROT } } },
	/* DATA_CREATE_UNKNOWN */
	{ .a = "DATA_CREATE_UNKNOWN/rd_bound", .b = "DATA_CREATE_UNKNOWN/rtt_walk" },
	{ .a = "DATA_CREATE_UNKNOWN/rd_state", .b = "DATA_CREATE_UNKNOWN/rtt_walk" },
	{ .a = "DATA_CREATE_UNKNOWN/rd_bound", .b = "DATA_CREATE_UNKNOWN/rtte_state" },
	{ .a = "DATA_CREATE_UNKNOWN/rd_state", .b = "DATA_CREATE_UNKNOWN/rtte_state" },
	{ .a = "DATA_CREATE_UNKNOWN/ipa_bound", .b = "DATA_CREATE_UNKNOWN/rtt_walk",
	  .set = { { 3, UNPROT + GIB } } },
	{ .a = "DATA_CREATE_UNKNOWN/ipa_bound", .b = "DATA_CREATE_UNKNOWN/rtte_state",
	  .set = { { 3, UNPROT } } },
	/* DATA_DESTROY */
	{ .a = "DATA_DESTROY/rd_bound", .b = "DATA_DESTROY/rtt_walk (level 1)" },
	{ .a = "DATA_DESTROY/rd_state", .b = "DATA_DESTROY/rtt_walk (level 1)" },
	{ .a = "DATA_DESTROY/rd_bound", .b = "DATA_DESTROY/rtte_state" },
	{ .a = "DATA_DESTROY/rd_state", .b = "DATA_DESTROY/rtte_state" },
	{ .a = "DATA_DESTROY/ipa_bound", .b = "DATA_DESTROY/rtt_walk (level 1)",
	  .set = { { 2, UNPROT + GIB } } },
	/* UNASSIGNED_NS is not ASSIGNED. */
	{ .a = "DATA_DESTROY/ipa_bound", .b = "DATA_DESTROY/rtte_state",
	  .set = { { 2, UNPROT + 0x1000 } } },
	/*
	 * RTT_CREATE / RTT_DESTROY / RTT_FOLD: ipa_bound is ipa >= 2^s2sz,
	 * which no walk reaches; the IPA's bits below 2^s2sz name an entry
	 * where the walk condition holds (what an RMM that walked first
	 * with a truncated IPA would report).
	 */
	{ .a = "RTT_CREATE/rd_bound", .b = "RTT_CREATE/rtt_walk" },
	{ .a = "RTT_CREATE/rd_state", .b = "RTT_CREATE/rtt_walk" },
	{ .a = "RTT_CREATE/rd_bound", .b = "RTT_CREATE/rtte_state" },
	{ .a = "RTT_CREATE/rd_state", .b = "RTT_CREATE/rtte_state" },
	{ .a = "RTT_CREATE/level_bound", .b = "RTT_CREATE/rtt_walk" },
	{ .a = "RTT_CREATE/level_bound", .b = "RTT_CREATE/rtte_state" },
	{ .a = "RTT_CREATE/ipa_bound", .b = "RTT_CREATE/rtt_walk",
	  .set = { { 3, IPA_TOO_BIG + GIB } } },
	{ .a = "RTT_CREATE/ipa_bound", .b = "RTT_CREATE/rtte_state",
	  .set = { { 3, IPA_TOO_BIG } } },
#define DESTROY_LIKE(c, last)						\
	{ .a = c "/rd_bound", .b = c "/rtt_walk" },				\
	{ .a = c "/rd_state", .b = c "/rtt_walk" },				\
	{ .a = c "/rd_bound", .b = c "/rtte_state" },				\
	{ .a = c "/rd_state", .b = c "/rtte_state" },				\
	{ .a = c "/rd_bound", .b = c "/" last },					\
	{ .a = c "/rd_state", .b = c "/" last },					\
	{ .a = c "/level_bound", .b = c "/rtt_walk" },				\
	{ .a = c "/level_bound", .b = c "/rtte_state" },				\
	{ .a = c "/ipa_bound", .b = c "/rtt_walk",				\
	  .set = { { 2, IPA_TOO_BIG + UNPROT + GIB } } },		\
	{ .a = c "/ipa_bound", .b = c "/rtte_state",				\
	  .set = { { 2, IPA_TOO_BIG + UNPROT + MIB2 } } }
	DESTROY_LIKE("RTT_DESTROY", "rtt_live"),
	DESTROY_LIKE("RTT_FOLD", "rtt_homo"),
#undef DESTROY_LIKE
	/* RTT_MAP_UNPROTECTED / RTT_UNMAP_UNPROTECTED: ipa_bound by a
	 * protected IPA whose walk fails the same way. */
	{ .a = "RTT_MAP_UNPROTECTED/rd_bound", .b = "RTT_MAP_UNPROTECTED/rtt_walk" },
	{ .a = "RTT_MAP_UNPROTECTED/rd_state", .b = "RTT_MAP_UNPROTECTED/rtt_walk" },
	{ .a = "RTT_MAP_UNPROTECTED/rd_bound",
	  .b = "RTT_MAP_UNPROTECTED/rtte_state (already ASSIGNED_NS)" },
	{ .a = "RTT_MAP_UNPROTECTED/rd_state",
	  .b = "RTT_MAP_UNPROTECTED/rtte_state (already ASSIGNED_NS)" },
	{ .a = "RTT_MAP_UNPROTECTED/level_bound", .b = "RTT_MAP_UNPROTECTED/rtt_walk" },
	{ .a = "RTT_MAP_UNPROTECTED/level_bound",
	  .b = "RTT_MAP_UNPROTECTED/rtte_state (already ASSIGNED_NS)" },
	{ .a = "RTT_MAP_UNPROTECTED/ipa_bound (protected)",
	  .b = "RTT_MAP_UNPROTECTED/rtt_walk",
	  .set = { { 2, GIB } } },
	{ .a = "RTT_MAP_UNPROTECTED/ipa_bound (protected)",
	  .b = "RTT_MAP_UNPROTECTED/rtte_state (already ASSIGNED_NS)",
	  .set = { { 2, 0x1000 } } },
	{ .a = "RTT_UNMAP_UNPROTECTED/rd_bound", .b = "RTT_UNMAP_UNPROTECTED/rtt_walk" },
	{ .a = "RTT_UNMAP_UNPROTECTED/rd_state", .b = "RTT_UNMAP_UNPROTECTED/rtt_walk" },
	{ .a = "RTT_UNMAP_UNPROTECTED/rd_bound", .b = "RTT_UNMAP_UNPROTECTED/rtte_state" },
	{ .a = "RTT_UNMAP_UNPROTECTED/rd_state", .b = "RTT_UNMAP_UNPROTECTED/rtte_state" },
	{ .a = "RTT_UNMAP_UNPROTECTED/level_bound", .b = "RTT_UNMAP_UNPROTECTED/rtt_walk" },
	{ .a = "RTT_UNMAP_UNPROTECTED/level_bound", .b = "RTT_UNMAP_UNPROTECTED/rtte_state" },
	{ .a = "RTT_UNMAP_UNPROTECTED/ipa_bound (protected)",
	  .b = "RTT_UNMAP_UNPROTECTED/rtt_walk",
	  .set = { { 2, GIB } } },
	{ .a = "RTT_UNMAP_UNPROTECTED/ipa_bound (protected)",
	  .b = "RTT_UNMAP_UNPROTECTED/rtte_state",
	  .set = { { 2, 0x2000 } } },
	/* RTT_INIT_RIPAS */
	{ .a = "RTT_INIT_RIPAS/rd_bound", .b = "RTT_INIT_RIPAS/realm_state" },
	{ .a = "RTT_INIT_RIPAS/rd_state", .b = "RTT_INIT_RIPAS/realm_state" },
	{ .a = "RTT_INIT_RIPAS/rd_bound", .b = "RTT_INIT_RIPAS/base_align" },
	{ .a = "RTT_INIT_RIPAS/rd_state", .b = "RTT_INIT_RIPAS/base_align" },
	{ .a = "RTT_INIT_RIPAS/rd_bound", .b = "RTT_INIT_RIPAS/rtte_state" },
	{ .a = "RTT_INIT_RIPAS/rd_state", .b = "RTT_INIT_RIPAS/rtte_state" },
	{ .a = "RTT_INIT_RIPAS/rd_bound", .b = "RTT_INIT_RIPAS/no_progress" },
	{ .a = "RTT_INIT_RIPAS/rd_state", .b = "RTT_INIT_RIPAS/no_progress" },
	{ .a = "RTT_INIT_RIPAS/top_gran_align", .b = "RTT_INIT_RIPAS/no_progress",
	  .set = { { 3, 0x300800 } } },
	/* RTT_SET_RIPAS */
	{ .a = "RTT_SET_RIPAS/rd_bound", .b = "RTT_SET_RIPAS/base_align" },
	{ .a = "RTT_SET_RIPAS/rd_state", .b = "RTT_SET_RIPAS/base_align" },
	{ .a = "RTT_SET_RIPAS/rd_bound", .b = "RTT_SET_RIPAS/no_progress (entry beyond top)" },
	{ .a = "RTT_SET_RIPAS/rd_state", .b = "RTT_SET_RIPAS/no_progress (entry beyond top)" },
	{ .a = "RTT_SET_RIPAS/rec_bound", .b = "RTT_SET_RIPAS/rec_state", .why = NOT_RUNNING },
	{ .a = "RTT_SET_RIPAS/rec_gran_state", .b = "RTT_SET_RIPAS/rec_state", .why = NOT_RUNNING },
	{ .a = "RTT_SET_RIPAS/rec_bound", .b = "RTT_SET_RIPAS/rec_owner" },
	{ .a = "RTT_SET_RIPAS/rec_gran_state", .b = "RTT_SET_RIPAS/rec_owner" },
	{ .a = "RTT_SET_RIPAS/base_bound (inside the 2 MiB entry)",
	  .b = "RTT_SET_RIPAS/base_align" },
	{ .a = "RTT_SET_RIPAS/top_gran_align (2 MiB entry)",
	  .b = "RTT_SET_RIPAS/no_progress (entry beyond top)" },
	/*
	 * Orders S10 leaves open, where the model follows T10 (docs/rmm-model.md
	 * "Ordering of checks"); only pairs with different results.
	 */
#define T10(x, y)	{ .a = (x), .b = (y), .t10 = true }
	T10("DATA_CREATE/src_pas", "DATA_CREATE/realm_state"),
	T10("DATA_CREATE/data_state", "DATA_CREATE/realm_state"),
	T10("DATA_CREATE/realm_state", "DATA_CREATE/ipa_align"),
	T10("DATA_CREATE/realm_state", "DATA_CREATE/ipa_bound (unprotected)"),
	T10("REC_CREATE/params_pas", "REC_CREATE/realm_state"),
	T10("REC_CREATE/aux_state", "REC_CREATE/realm_state"),
	T10("REC_CREATE/rec_state", "REC_CREATE/realm_state"),
	T10("REC_CREATE/realm_state", "REC_CREATE/mpidr_index (index 1, expected 0)"),
	T10("REC_CREATE/realm_state", "REC_CREATE/num_aux (1, RecAuxCount 2)"),
	T10("REC_ENTER/realm_new", "REC_ENTER/rec_runnable"),
	T10("REC_ENTER/realm_new", "REC_ENTER/rec_mmio"),
	T10("REC_ENTER/realm_new", "REC_ENTER/rec_gicv3 (gicv3_hcr.En)"),
	T10("REC_ENTER/system_off", "REC_ENTER/rec_runnable"),
	T10("REC_ENTER/system_off", "REC_ENTER/rec_mmio"),
	T10("REC_ENTER/system_off", "REC_ENTER/rec_gicv3 (gicv3_hcr.En)"),
	T10("RTT_CREATE/rtt_state", "RTT_CREATE/rtt_walk"),
	T10("RTT_CREATE/rtt_state", "RTT_CREATE/rtte_state"),
	T10("RTT_MAP_UNPROTECTED/attr_valid (desc bits 1:0)", "RTT_MAP_UNPROTECTED/rtt_walk"),
	T10("RTT_MAP_UNPROTECTED/addr_bound", "RTT_MAP_UNPROTECTED/rtt_walk"),
	T10("RTT_INIT_RIPAS/top_bound", "RTT_INIT_RIPAS/realm_state"),
	T10("RTT_INIT_RIPAS/top_gran_align", "RTT_INIT_RIPAS/realm_state"),
	T10("RTT_INIT_RIPAS/realm_state", "RTT_INIT_RIPAS/base_align"),
	T10("RTT_INIT_RIPAS/realm_state", "RTT_INIT_RIPAS/rtte_state"),
	T10("RTT_INIT_RIPAS/realm_state", "RTT_INIT_RIPAS/no_progress"),
	{ .a = "RTT_INIT_RIPAS/top_gran_align", .b = "RTT_INIT_RIPAS/base_align",
	  .set = { { 3, 0x400800 } }, .t10 = true },
	{ .a = "RTT_INIT_RIPAS/top_gran_align", .b = "RTT_INIT_RIPAS/rtte_state",
	  .set = { { 3, 0x2800 } }, .t10 = true },
	T10("RTT_SET_RIPAS/size_valid", "RTT_SET_RIPAS/rec_owner"),
	T10("RTT_SET_RIPAS/top_gran_align", "RTT_SET_RIPAS/rec_owner"),
	T10("RTT_SET_RIPAS/rec_owner", "RTT_SET_RIPAS/base_bound"),
	T10("RTT_SET_RIPAS/rec_owner", "RTT_SET_RIPAS/top_bound"),
#undef T10
};

/* ------------------------------------------------------------------ */
/* The transcription of rmi.md 4.5 and what the model cannot produce   */

struct spec_cmd {
	const char *cmd;
	const char *ids;	/* condition IDs in S10 listing order */
};

static const struct spec_cmd spec[] = {
	{ "GRANULE_DELEGATE", "gran_align gran_bound gran_state gran_gpt" },
	{ "GRANULE_UNDELEGATE", "gran_align gran_bound gran_state" },
	{ "REALM_CREATE", "params_align params_bound params_pas params_valid "
	  "params_supp alias rd_align rd_bound rd_state rtt_align "
	  "rtt_num_level rtt_state vmid_valid" },
	{ "REALM_ACTIVATE", "rd_align rd_bound rd_state realm_state" },
	{ "REALM_DESTROY", "rd_align rd_bound rd_state realm_live" },
	{ "REC_AUX_COUNT", "rd_align rd_bound rd_state" },
	{ "REC_CREATE", "params_align params_bound params_pas rec_align "
	  "rec_bound rec_state rd_align rd_bound rd_state realm_state "
	  "num_recs mpidr_index num_aux aux_align aux_alias aux_state" },
	{ "REC_DESTROY", "rec_align rec_bound rec_gran_state rec_state" },
	{ "REC_ENTER", "run_align run_bound run_pas rec_align rec_bound "
	  "rec_gran_state realm_new system_off rec_state rec_runnable "
	  "rec_mmio rec_gicv3 rec_psci" },
	{ "PSCI_COMPLETE", "alias calling_align calling_bound calling_state "
	  "target_align target_bound target_state pending owner target "
	  "status" },
	{ "DATA_CREATE", "src_align src_bound src_pas data_align data_bound "
	  "data_state data_bound2 rd_align rd_bound rd_state ipa_align "
	  "ipa_bound realm_state rtt_walk rtte_state" },
	{ "DATA_CREATE_UNKNOWN", "data_align data_bound data_state "
	  "data_bound2 rd_align rd_bound rd_state ipa_align ipa_bound "
	  "rtt_walk rtte_state" },
	{ "DATA_DESTROY", "rd_align rd_bound rd_state ipa_align ipa_bound "
	  "rtt_walk rtte_state" },
	{ "RTT_CREATE", "rd_align rd_bound rd_state level_bound ipa_align "
	  "ipa_bound rtt_align rtt_bound rtt_state rtt_bound2 rtt_walk "
	  "rtte_state" },
	{ "RTT_DESTROY", "rd_align rd_bound rd_state level_bound ipa_align "
	  "ipa_bound rtt_walk rtte_state rtt_live" },
	{ "RTT_FOLD", "rd_align rd_bound rd_state level_bound ipa_align "
	  "ipa_bound rtt_walk rtte_state rtt_homo" },
	{ "RTT_MAP_UNPROTECTED", "attr_valid rd_align rd_bound rd_state "
	  "level_bound addr_align addr_bound ipa_align ipa_bound rtt_walk "
	  "rtte_state" },
	{ "RTT_UNMAP_UNPROTECTED", "rd_align rd_bound rd_state level_bound "
	  "ipa_align ipa_bound rtt_walk rtte_state" },
	{ "RTT_READ_ENTRY", "rd_align rd_bound rd_state level_bound ipa_align "
	  "ipa_bound" },
	{ "RTT_INIT_RIPAS", "rd_align rd_bound rd_state size_valid top_bound "
	  "realm_state base_align rtte_state top_gran_align no_progress" },
	{ "RTT_SET_RIPAS", "rd_align rd_bound rd_state rec_align rec_bound "
	  "rec_gran_state rec_state rec_owner size_valid base_bound top_bound "
	  "base_align top_gran_align no_progress" },
};

struct unprod {
	const char *cmd, *id;
	uint64_t x0;		/* the result S10 gives */
	const char *why;
};

#define WHY_BOUND2 "delegable memory lies below 2^pa_bits <= 2^48 " \
		   "(armcvm_rmm_model_init), so a PA >= 2^48 fails *_bound"
#define WHY_RUNNING "a REC is RUNNING only inside REC_ENTER; the model " \
		    "runs no REC while it serves another host call"

static const struct unprod unprods[] = {
	{ "GRANULE_DELEGATE", "gran_gpt", INPUT,
	  "the model's GPT is the granule state: a granule is in GPT_NS "
	  "exactly when it is UNDELEGATED, so gran_gpt is gran_state" },
	{ "REC_DESTROY", "rec_state", RECERR, WHY_RUNNING },
	{ "REC_ENTER", "rec_state", RECERR, WHY_RUNNING },
	{ "DATA_CREATE", "data_bound2", INPUT, WHY_BOUND2 },
	{ "DATA_CREATE_UNKNOWN", "data_bound2", INPUT, WHY_BOUND2 },
	{ "RTT_CREATE", "rtt_bound2", INPUT, WHY_BOUND2 },
	{ "RTT_SET_RIPAS", "rec_state", RECERR, WHY_RUNNING },
};

/* ------------------------------------------------------------------ */
/* Running a case                                                      */

struct plan {
	const struct tmpl *t;
	void (*world)(void);
	void (*mutate[2])(void);
	uint64_t feat;
	uint64_t a[5];
	struct nsw ns[4];
	uint64_t x0;
	const struct out *out;	/* up to 2 entries, 0-terminated */
	bool args_only;		/* the world is the template's */
};

/* Everything a failed call must leave unchanged. */
struct snap {
	struct armcvm_rmm_granule gran[NGRAN];
	uint64_t vmids[1024];
	struct armcvm_rmm_realm_action q[32];
	unsigned int qlen;
	uint8_t rim[2][64];
	bool have_rim[2];
	uint8_t *mem;
};

static void snap_take(struct snap *s)
{
	static const unsigned int rds[2] = { RD, RD2 };
	unsigned int i;

	memcpy(s->gran, W->gran, sizeof(s->gran));
	memcpy(s->vmids, W->vmids, sizeof(s->vmids));
	memcpy(s->q, W->q, sizeof(s->q));
	s->qlen = W->m.queue_len;
	for (i = 0; i < 2; i++) {
		s->have_rim[i] = armcvm_rmm_model_measurement(
			&W->m, GP(rds[i]), 0, s->rim[i]) == 0;
	}
	s->mem = malloc((size_t)GRANULES * G);
	assert_non_null(s->mem);
	memcpy(s->mem, W->mem, (size_t)GRANULES * G);
}

static void snap_check(struct snap *s)
{
	static const unsigned int rds[2] = { RD, RD2 };
	uint8_t rim[64];
	unsigned int i;

	for (i = 0; i < 2; i++) {
		if (s->have_rim[i]) {
			assert_int_equal(armcvm_rmm_model_measurement(
				&W->m, GP(rds[i]), 0, rim), 0);
			assert_memory_equal(rim, s->rim[i], 64);
		}
	}
	assert_memory_equal(W->gran, s->gran, sizeof(s->gran));
	assert_memory_equal(W->vmids, s->vmids, sizeof(s->vmids));
	assert_memory_equal(W->q, s->q, sizeof(s->q));
	assert_int_equal(W->m.queue_len, s->qlen);
	assert_true(memcmp(W->mem, s->mem, (size_t)GRANULES * G) == 0);
}

static void snap_free(struct snap *s)
{
	free(s->mem);
}

/* x0 and the outputs in @out; every other x1..x16 must be zero. */
static void check_regs(const struct armcvm_smccc_regs *r, uint64_t x0,
		       const struct out *out, unsigned int nout)
{
	uint64_t want[17] = { x0 };
	unsigned int i;

	for (i = 0; i < nout && out[i].r != 0; i++) {
		want[out[i].r] = out[i].v;
	}
	for (i = 0; i <= 16; i++) {
		if (r->x[i] != want[i]) {
			print_error("x%u = 0x%llx, expected 0x%llx\n", i,
				    (unsigned long long)r->x[i],
				    (unsigned long long)want[i]);
			fail();
		}
	}
}

static struct armcvm_smccc_regs call5(uint64_t fid, const uint64_t *a)
{
	return call(fid, a[0], a[1], a[2], a[3], a[4]);
}

static void run_plan(const struct plan *p)
{
	struct armcvm_smccc_regs r;
	struct snap *s;
	unsigned int i;

	world_new_sized(p->feat != 0 ? p->feat : p->t->feat != 0 ?
			p->t->feat : FEAT0_DEFAULT, GRANULES);
	(p->world != NULL ? p->world : p->t->build)();
	for (i = 0; i < 2; i++) {
		if (p->mutate[i] != NULL) {
			p->mutate[i]();
		}
	}
	for (i = 0; i < 4; i++) {
		if (p->ns[i].pa != 0) {
			ns_write64(p->ns[i].pa, p->ns[i].v);
		}
	}
	s = malloc(sizeof(*s));
	assert_non_null(s);
	snap_take(s);
	r = call5(p->t->fid, p->a);
	check_regs(&r, p->x0, p->out, 2);
	if (p->x0 != 0) {
		snap_check(s);
	}
	snap_free(s);
	free(s);
	if (p->x0 != 0 && p->args_only) {
		/* Same world, unmodified call: it succeeds. */
		r = call5(p->t->fid, p->t->a);
		check_regs(&r, 0, p->t->out, ARRAY_SIZE(p->t->out));
	}
	world_free(W);
}

static void plan_args(struct plan *p, const struct arg *set, unsigned int n,
		      uint64_t *seen)
{
	unsigned int i;

	for (i = 0; i < n && set[i].i != 0; i++) {
		assert_true(set[i].i >= 1 && set[i].i <= 5);
		*seen |= 1ULL << set[i].i;
		p->a[set[i].i - 1] = set[i].v;
	}
}

static void plan_row(struct plan *p, const struct row *r)
{
	uint64_t seen = 0;
	unsigned int i;

	memset(p, 0, sizeof(*p));
	p->t = r->t;
	p->world = r->world;
	p->mutate[0] = r->mutate;
	p->feat = r->feat;
	memcpy(p->a, r->t->a, sizeof(p->a));
	plan_args(p, r->set, ARRAY_SIZE(r->set), &seen);
	for (i = 0; i < 2; i++) {
		p->ns[i] = r->ns[i];
	}
	p->x0 = r->x0;
	p->out = r->out;
	p->args_only = r->world == NULL && r->mutate == NULL &&
		       r->feat == 0 && r->ns[0].pa == 0;
}

/* ------------------------------------------------------------------ */
/* Names                                                               */

static char *row_name(const struct row *r)
{
	char *s = malloc(160);

	assert_non_null(s);
	/* a name is at most 160 bytes: a longer one is cut */
	if (r->note != NULL) {
		(void)snprintf(s, 160, "%s/%s (%s)", r->t->cmd, r->id, r->note);
	} else {
		(void)snprintf(s, 160, "%s/%s", r->t->cmd, r->id);
	}
	return s;
}

static const struct row *find_row(const char *name)
{
	const struct row *found = NULL;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		char *n = row_name(&rows[i]);

		if (strcmp(n, name) == 0) {
			found = &rows[i];
		}
		free(n);
	}
	return found;
}

/* "CMD/id (note)" -> "id" in @buf. */
static const char *name_id(const char *name, char *buf, size_t len)
{
	const char *p = strchr(name, '/');
	size_t n;

	assert_non_null(p);
	p++;
	n = strcspn(p, " ");
	assert_true(n < len);
	memcpy(buf, p, n);
	buf[n] = '\0';
	return buf;
}

/* ------------------------------------------------------------------ */
/* Tests                                                               */

static void test_template(void **state)
{
	const struct tmpl *t = *state;
	struct armcvm_smccc_regs r;

	world_new_sized(t->feat != 0 ? t->feat : FEAT0_DEFAULT, GRANULES);
	t->build();
	r = call5(t->fid, t->a);
	check_regs(&r, 0, t->out, ARRAY_SIZE(t->out));
	world_free(W);
}

static void test_row(void **state)
{
	struct plan p;

	plan_row(&p, *state);
	run_plan(&p);
}

/*
 * B's case (template, world, mutation, NS writes, arguments) with A's
 * made true on top: A's arguments, plus its world / mutation / NS writes
 * when both rows share a template. Expected: A's result.
 */
static void test_order(void **state)
{
	const struct order *o = *state;
	const struct row *a = find_row(o->a), *b = find_row(o->b);
	uint64_t seen_a = 0, seen_b = 0, exp = 0;
	struct plan p;
	unsigned int i;

	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a->t->cmd, b->t->cmd);
	assert_true(a->t == b->t ||
		    (a->world == NULL && a->mutate == NULL && a->feat == 0 &&
		     a->ns[0].pa == 0));
	/* The ordering is observable: A and B report differently. */
	assert_true(a->x0 != b->x0);
	plan_row(&p, b);
	seen_b = 0;
	for (i = 0; i < ARRAY_SIZE(b->set) && b->set[i].i != 0; i++) {
		seen_b |= 1ULL << b->set[i].i;
	}
	plan_args(&p, a->set, ARRAY_SIZE(a->set), &seen_a);
	plan_args(&p, o->set, ARRAY_SIZE(o->set), &exp);
	/* A and B may share an argument only where the order entry says
	 * what value makes both conditions hold. */
	assert_true((seen_a & seen_b & ~exp) == 0);
	if (a->world != NULL) {
		assert_null(b->world);
		p.world = a->world;
	}
	p.mutate[1] = a->mutate;
	if (a->feat != 0) {
		assert_true(b->feat == 0);
		p.feat = a->feat;
	}
	for (i = 0; i < 2; i++) {
		p.ns[2 + i] = a->ns[i];
	}
	p.x0 = a->x0;
	p.out = a->out;
	p.args_only = false;
	run_plan(&p);
}

static bool id_in(const char *ids, const char *id)
{
	size_t n = strlen(id);
	const char *p = ids;

	while ((p = strstr(p, id)) != NULL) {
		if ((p == ids || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
			return true;
		}
		p += n;
	}
	return false;
}

static const struct spec_cmd *spec_of(const char *cmd)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(spec); i++) {
		if (strcmp(spec[i].cmd, cmd) == 0) {
			return &spec[i];
		}
	}
	return NULL;
}

/* "CMD/..." -> the spec entry of CMD. */
static const struct spec_cmd *spec_of_name(const char *name)
{
	char cmd[40];
	size_t n = strcspn(name, "/");

	assert_true(n < sizeof(cmd));
	memcpy(cmd, name, n);
	cmd[n] = '\0';
	return spec_of(cmd);
}

static unsigned int rows_for(const char *cmd, const char *id)
{
	unsigned int i, n = 0;

	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		n += strcmp(rows[i].t->cmd, cmd) == 0 &&
		     strcmp(rows[i].id, id) == 0;
	}
	return n;
}

static const struct unprod *unprod_for(const char *cmd, const char *id)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(unprods); i++) {
		if (strcmp(unprods[i].cmd, cmd) == 0 &&
		    strcmp(unprods[i].id, id) == 0) {
			return &unprods[i];
		}
	}
	return NULL;
}

/*
 * Every condition of the transcription has a row or a reason (never
 * both), every row and reason names a listed condition, every ordering
 * names listed conditions and, unless it gives a reason, existing rows.
 */
static void test_coverage(void **state)
{
	char id[40], buf[40];
	unsigned int i, c, n;
	const char *p;

	(void)state;
	for (c = 0; c < ARRAY_SIZE(spec); c++) {
		for (p = spec[c].ids; *p != '\0'; p += n) {
			p += strspn(p, " ");
			n = (unsigned int)strcspn(p, " ");
			assert_true(n > 0 && n < sizeof(id));
			memcpy(id, p, n);
			id[n] = '\0';
			if (rows_for(spec[c].cmd, id) == 0) {
				if (unprod_for(spec[c].cmd, id) == NULL) {
					print_error("%s/%s: no row\n",
						    spec[c].cmd, id);
					fail();
				}
			} else {
				assert_null(unprod_for(spec[c].cmd, id));
			}
		}
	}
	for (i = 0; i < ARRAY_SIZE(rows); i++) {
		assert_non_null(spec_of(rows[i].t->cmd));
		assert_true(id_in(spec_of(rows[i].t->cmd)->ids, rows[i].id));
	}
	for (i = 0; i < ARRAY_SIZE(unprods); i++) {
		assert_true(id_in(spec_of(unprods[i].cmd)->ids, unprods[i].id));
	}
	for (i = 0; i < ARRAY_SIZE(orders); i++) {
		assert_true(id_in(spec_of_name(orders[i].a)->ids,
				  name_id(orders[i].a, buf, sizeof(buf))));
		assert_true(id_in(spec_of_name(orders[i].b)->ids,
				  name_id(orders[i].b, buf, sizeof(buf))));
		if (orders[i].why == NULL) {
			assert_non_null(find_row(orders[i].a));
			assert_non_null(find_row(orders[i].b));
		}
	}
	for (i = 0; i < ARRAY_SIZE(templates); i++) {
		assert_non_null(spec_of(templates[i]->cmd));
	}
}

/* ------------------------------------------------------------------ */
/* The docs table (docs/rmm-model.md "Failure-condition coverage")     */

static const char *status_name(uint64_t x0)
{
	static const char *const names[] = {
		"RMI_SUCCESS", "RMI_ERROR_INPUT", "RMI_ERROR_REALM",
		"RMI_ERROR_REC", "RMI_ERROR_RTT",
	};

	return (x0 & 0xFF) < ARRAY_SIZE(names) ? names[x0 & 0xFF] : "?";
}

/* printf-style append to @buf of size @len. */
static void app(char *buf, size_t len, const char *fmt, ...)
{
	size_t used = strlen(buf);
	va_list ap;

	va_start(ap, fmt);
	/* markdown() checks the total fits; clang 14's va_list checker
	 * misses the va_start() above */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(buf + used, len - used, fmt, ap);
	va_end(ap);
}

static void app_status(char *buf, size_t len, uint64_t x0)
{
	app(buf, len, "%s (%u)", status_name(x0), (unsigned int)(x0 >> 8));
}

/* One line per condition of the transcription. */
static void markdown_conditions(char *md, size_t len)
{
	char id[40], st[64], seen[256];
	unsigned int c, i, n, k;
	const struct unprod *u;
	const char *p;

	app(md, len, "| Command | Condition | Status (index) | Test row |\n"
	    "|---|---|---|---|\n");
	for (c = 0; c < ARRAY_SIZE(spec); c++) {
		for (p = spec[c].ids; *p != '\0'; p += n) {
			p += strspn(p, " ");
			n = (unsigned int)strcspn(p, " ");
			memcpy(id, p, n);
			id[n] = '\0';
			app(md, len, "| %s | %s | ", spec[c].cmd, id);
			u = unprod_for(spec[c].cmd, id);
			if (u != NULL) {
				app_status(md, len, u->x0);
				app(md, len, " | not producible: %s |\n",
				    u->why);
				continue;
			}
			/* distinct results, then the row names */
			seen[0] = '\0';
			for (i = 0; i < ARRAY_SIZE(rows); i++) {
				if (strcmp(rows[i].t->cmd, spec[c].cmd) != 0 ||
				    strcmp(rows[i].id, id) != 0) {
					continue;
				}
				st[0] = '\0';
				app_status(st, sizeof(st), rows[i].x0);
				if (strstr(seen, st) == NULL) {
					app(md, len, "%s%s",
					    seen[0] != '\0' ? ", " : "", st);
					app(seen, sizeof(seen), "%s;", st);
				}
			}
			app(md, len, " |");
			for (i = 0, k = 0; i < ARRAY_SIZE(rows); i++) {
				char *nm;

				if (strcmp(rows[i].t->cmd, spec[c].cmd) != 0 ||
				    strcmp(rows[i].id, id) != 0) {
					continue;
				}
				nm = row_name(&rows[i]);
				app(md, len, "%s`%s`", k++ != 0 ? "<br>" : " ",
				    nm);
				free(nm);
			}
			app(md, len, " |\n");
		}
	}
}

/* One line per ordering pair. */
static void markdown_orders(char *md, size_t len)
{
	char cmd[40];
	unsigned int i;

	app(md, len, "| Command | A < B | Source | Result (A) | Test row |\n"
	    "|---|---|---|---|---|\n");
	for (i = 0; i < ARRAY_SIZE(orders); i++) {
		const struct order *o = &orders[i];
		size_t n = strcspn(o->a, "/");
		const struct row *a;

		memcpy(cmd, o->a, n);
		cmd[n] = '\0';
		app(md, len, "| %s | %s < %s | %s | ", cmd, o->a + n + 1,
		    strchr(o->b, '/') + 1,
		    o->t10 ? "T10 (model's choice)" : "S10");
		a = find_row(o->a);
		if (o->why != NULL) {
			app(md, len, "— | not testable: %s |\n", o->why);
			continue;
		}
		if (a == NULL) {	/* test_coverage() reports it */
			app(md, len, "— | no such row |\n");
			continue;
		}
		app_status(md, len, a->x0);
		app(md, len, " | `%s < %s%s` |\n", o->a, strchr(o->b, '/') + 1,
		    o->t10 ? " [T10]" : "");
	}
}

static char *markdown(void)
{
	size_t len = (size_t)256 * 1024;
	char *md = calloc(1, len);

	assert_non_null(md);
	markdown_conditions(md, len);
	app(md, len, "\n");
	markdown_orders(md, len);
	assert_true(strlen(md) + 1 < len);
	return md;
}

/* The generated tables between the markers of docs/rmm-model.md. */
#define DOC_BEGIN "<!-- BEGIN generated: test_rmm_conditions --markdown -->\n"
#define DOC_END "<!-- END generated -->\n"

static void test_docs_table(void **state)
{
	const char *root = getenv("ARMCVM_SOURCE_ROOT");
	char path[1024], *doc, *md, *b, *e;
	FILE *f;
	long size;

	(void)state;
	if (root == NULL) {
		skip();
	}
	assert_true(snprintf(path, sizeof(path), "%s/docs/rmm-model.md",
			     root) < (int)sizeof(path));
	f = fopen(path, "rb");
	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	size = ftell(f);
	assert_true(size > 0);
	rewind(f);
	doc = calloc(1, (size_t)size + 1);
	assert_non_null(doc);
	assert_int_equal(fread(doc, 1, (size_t)size, f), (size_t)size);
	(void)fclose(f);	/* read-only */
	b = strstr(doc, DOC_BEGIN);
	assert_non_null(b);
	b += strlen(DOC_BEGIN);
	e = strstr(b, DOC_END);
	assert_non_null(e);
	*e = '\0';
	md = markdown();
	if (strcmp(b, md) != 0) {
		print_error("docs/rmm-model.md is stale: regenerate the table "
			    "with test_rmm_conditions --markdown\n");
		fail();
	}
	free(md);
	free(doc);
}

static int usage_markdown(void)
{
	char *md = markdown();

	fputs(md, stdout);
	free(md);
	return 0;
}

/* ------------------------------------------------------------------ */

/* CMocka's initial_state is not const; the tables are. */
static void *unconst(const void *p)
{
	/* NOLINTNEXTLINE(performance-no-int-to-ptr): a round trip, no math */
	return (void *)(uintptr_t)p;
}

int main(int argc, char **argv)
{
	size_t n = ARRAY_SIZE(templates) + ARRAY_SIZE(rows) +
		   ARRAY_SIZE(orders) + 2;
	struct CMUnitTest *tests = calloc(n, sizeof(*tests));
	char **names = calloc(n, sizeof(*names));
	unsigned int i, k = 0;
	int rc = 1;

	if (argc == 2 && strcmp(argv[1], "--markdown") == 0) {
		free(names);
		free(tests);
		return usage_markdown();
	}
	if (tests == NULL || names == NULL) {
		goto out;
	}
	tests[k].name = "coverage of rmi.md 4.5";
	tests[k].test_func = test_coverage;
	k++;
	tests[k].name = "docs/rmm-model.md table";
	tests[k].test_func = test_docs_table;
	k++;
	for (i = 0; i < ARRAY_SIZE(templates); i++, k++) {
		names[k] = malloc(160);
		if (names[k] == NULL) {
			goto out;
		}
		(void)snprintf(names[k], 160, "%s/success%s%s%s",
			       templates[i]->cmd, templates[i]->note ? " (" : "",
			       templates[i]->note ? templates[i]->note : "",
			       templates[i]->note ? ")" : "");
		tests[k].name = names[k];
		tests[k].test_func = test_template;
		tests[k].initial_state = unconst(templates[i]);
	}
	for (i = 0; i < ARRAY_SIZE(rows); i++, k++) {
		names[k] = row_name(&rows[i]);
		tests[k].name = names[k];
		tests[k].test_func = test_row;
		tests[k].initial_state = unconst(&rows[i]);
	}
	for (i = 0; i < ARRAY_SIZE(orders); i++) {
		if (orders[i].why != NULL) {
			continue;
		}
		names[k] = malloc(256);
		if (names[k] == NULL) {
			goto out;
		}
		(void)snprintf(names[k], 256, "%s < %s%s", orders[i].a,
			       strchr(orders[i].b, '/') + 1,
			       orders[i].t10 ? " [T10]" : "");
		tests[k].name = names[k];
		tests[k].test_func = test_order;
		tests[k].initial_state = unconst(&orders[i]);
		k++;
	}
	rc = _cmocka_run_group_tests("rmm_conditions", tests, k, NULL, NULL);
out:
	for (i = 0; names != NULL && i < n; i++) {
		free(names[i]);
	}
	free(names);
	free(tests);
	return rc;
}
