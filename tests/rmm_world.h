/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TEST_RMM_WORLD_H
#define ARMCVM_TEST_RMM_WORLD_H
/*
 * World builders for the software RMM suites (test_rmm_model.c,
 * test_rmm_conditions.c): one model over 1024 granules of host memory, a
 * fixed granule layout, and the RMI call sequences that bring a realm to a
 * known state. Every helper asserts that its set-up calls succeed and runs
 * the invariant checker after every call.
 */
#include <stdint.h>

#include "armcvm_test.h"

#define G		0x1000ULL
#define BASE		0x80000000ULL
#define NGRAN		1024U
#define GP(n)		(BASE + (uint64_t)(n) * G)

/* Layout (granule numbers). */
#define NS_PARAMS	0
#define NS_REC		1
#define NS_RUN		2
#define NS_SRC		3
#define NS_SPARE	4
#define RD		8
#define RD2		9
#define ROOT		16	/* two concatenated level-1 tables: 16, 17 */
#define ROOT2		18	/* 18, 19 */
#define L2		20
#define L3		21
#define L2U		22	/* unprotected side */
#define L3U		23
#define DATA		32
#define REC		40	/* aux 41, 42 */
#define REC2		43	/* aux 44, 45 */
#define RECX		46	/* aux 47, 48 */
#define RECY		49	/* aux 50, 51 */
#define RECZ		52	/* aux 53, 54 */
#define FREE		64
#define BLOCK		512	/* 2 MiB aligned run of 512 granules */

/* RmiCommandReturnCode: status 7:0, index 15:8 (rmi.md 2.1). */
#define INPUT		1ULL
#define REALM(i)	(2ULL | ((uint64_t)(i) << 8))
#define RECERR		3ULL
#define RTT(l)		(4ULL | ((uint64_t)(l) << 8))
#define UNKNOWN		0xFFFFFFFFFFFFFFFFULL

#define UNPROT		(1ULL << 39)	/* s2sz 40 */

/* features0: S2SZ, NUM_BPS 5, NUM_WPS 5, PMU 8 counters, SHA-256/512,
 * 4 LRs (3), MAX_RECS_ORDER (rmi.md 3.4). */
#define FEAT0(s2sz, order)						\
	((uint64_t)(s2sz) | (5ULL << 14) | (5ULL << 20) | (1ULL << 26) |	\
	 (8ULL << 27) | (1ULL << 32) | (1ULL << 33) | (3ULL << 34) |	\
	 ((uint64_t)(order) << 38))
#define FEAT0_DEFAULT	FEAT0(40, 10)

/* RMM_REC_AUX_COUNT of every world. */
#define WORLD_AUX	2

struct world {
	struct armcvm_rmm_model m;
	struct armcvm_rmm_mem_range range;
	uint8_t *mem;		/* range.granules * 4 KiB */
	struct armcvm_rmm_granule gran[NGRAN];
	uint64_t vmids[1024];
	struct armcvm_rmm_realm_action q[32];
};

/* The world the helpers below act on (set by world_new()). */
extern struct world *W;

/* A fresh model over @granules (<= NGRAN) granules from BASE. */
struct world *world_new_sized(uint64_t features0, unsigned int granules);
/* world_new_sized(features0, NGRAN) */
struct world *world_new(uint64_t features0);
void world_free(struct world *w);
/* CMocka set-up / tear-down: a fresh world in *state. */
int world_setup_feat(void **state, uint64_t features0);
int world_setup(void **state);
int world_teardown(void **state);

/* One RMI call; the invariant checker runs after it. */
struct armcvm_smccc_regs call(uint64_t fid, uint64_t a1, uint64_t a2,
			      uint64_t a3, uint64_t a4, uint64_t a5);

#define EXPECT(x0, fid, ...)	expect_x0((x0), (fid), __VA_ARGS__, 0, 0, 0, 0, 0)
#define expect_x0(x0, fid, a1, a2, a3, a4, a5, ...)			\
	assert_uint_equal(call((fid), (a1), (a2), (a3), (a4), (a5)).x[0], (x0))

void ns_write64(uint64_t pa, uint64_t v);
void ns_zero(unsigned int gran);
void delegate(unsigned int gran);

/* RmiRealmParams fields (rmi.md 3.1). */
struct rp {
	uint64_t flags, s2sz, sve_vl, bps, wps, pmu, hash, vmid, base;
	int64_t sl;
	uint64_t num;
};

/* s2sz 40, starting level 1, two root RTTs at ROOT, VMID 1, SHA-256. */
extern const struct rp RP_DEFAULT;

void write_params(const struct rp *p);
void create_realm(unsigned int rd, unsigned int root, uint64_t vmid);
void write_rec_params(uint64_t flags, uint64_t mpidr, unsigned int rec);
void create_rec(unsigned int rd, unsigned int rec, uint64_t mpidr,
		uint64_t flags);
void rtt_create(unsigned int rd, unsigned int rtt, uint64_t ipa,
		int64_t level);
/*
 * The standard world: realm RD (NEW), L2 + L3 RTTs at IPA 0, RIPAS RAM
 * over [0, 0x4000), a measured DATA granule at 0x1000, a runnable REC
 * (mpidr 0) and a non-runnable REC2 (mpidr 1), L2U/L3U at UNPROT.
 */
void std_world(void);
void activate(void);

/* REC_ENTER of @rec with RmiRecEnter.flags = @flags, expecting @x0. */
void enter_expect(unsigned int rec, uint64_t flags, uint64_t x0);
/* 64-bit field of RmiRecExit in the NS_RUN granule. */
uint64_t run_exit64(uint64_t off);
/* Queue an SMC the realm makes from @rec. */
void push_smc(unsigned int rec, uint64_t x0, uint64_t x1, uint64_t x2,
	      uint64_t x3, uint64_t x4);

#endif /* ARMCVM_TEST_RMM_WORLD_H */
