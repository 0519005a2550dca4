/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * World builders shared by the software RMM suites (rmm_world.h).
 */
#include <stdlib.h>
#include <string.h>

#include "rmm_world.h"

struct world *W;

const struct rp RP_DEFAULT = {
	.s2sz = 40, .bps = 1, .wps = 1, .vmid = 1, .base = GP(ROOT), .sl = 1,
	.num = 2,
};

struct world *world_new_sized(uint64_t features0, unsigned int granules)
{
	struct armcvm_rmm_platform plat = {
		.features0 = features0, .rec_aux_count = WORLD_AUX,
		.vmid_bits = 16, .pa_bits = 48, .hpmn0 = false,
	};
	struct world *w = calloc(1, sizeof(*w));

	assert_non_null(w);
	assert_true(granules > 0 && granules <= NGRAN);
	w->mem = aligned_alloc(4096, (size_t)granules * G);
	assert_non_null(w->mem);
	memset(w->mem, 0, (size_t)granules * G);
	w->range.base = BASE;
	w->range.granules = granules;
	w->range.bytes = w->mem;
	w->range.gran = w->gran;
	assert_int_equal(armcvm_rmm_model_init(&w->m, &plat, &w->range, 1,
					       w->vmids, 1024), 0);
	armcvm_rmm_model_realm_queue(&w->m, w->q, 32);
	W = w;
	return w;
}

struct world *world_new(uint64_t features0)
{
	return world_new_sized(features0, NGRAN);
}

void world_free(struct world *w)
{
	if (W == w) {
		W = NULL;
	}
	free(w->mem);
	free(w);
}

int world_setup_feat(void **state, uint64_t features0)
{
	*state = world_new(features0);
	return 0;
}

int world_setup(void **state)
{
	return world_setup_feat(state, FEAT0_DEFAULT);
}

int world_teardown(void **state)
{
	world_free(*state);
	return 0;
}

struct armcvm_smccc_regs call(uint64_t fid, uint64_t a1, uint64_t a2,
			      uint64_t a3, uint64_t a4, uint64_t a5)
{
	struct armcvm_smccc_regs r = { .x = { fid, a1, a2, a3, a4, a5 } };

	armcvm_rmm_model_smc(&W->m, &r);
	assert_int_equal(armcvm_rmm_model_check(&W->m), 0);
	return r;
}

void ns_write64(uint64_t pa, uint64_t v)
{
	assert_int_equal(armcvm_rmm_model_host_write(&W->m, pa, &v, 8), 0);
}

void ns_zero(unsigned int gran)
{
	assert_int_equal(armcvm_rmm_model_host_write(&W->m, GP(gran), NULL, G),
			 0);
}

void delegate(unsigned int gran)
{
	EXPECT(0, ARMCVM_SMC_RMI_GRANULE_DELEGATE, GP(gran));
}

void write_params(const struct rp *p)
{
	ns_zero(NS_PARAMS);
	ns_write64(GP(NS_PARAMS) + 0x000, p->flags);
	ns_write64(GP(NS_PARAMS) + 0x008, p->s2sz);
	ns_write64(GP(NS_PARAMS) + 0x010, p->sve_vl);
	ns_write64(GP(NS_PARAMS) + 0x018, p->bps);
	ns_write64(GP(NS_PARAMS) + 0x020, p->wps);
	ns_write64(GP(NS_PARAMS) + 0x028, p->pmu);
	ns_write64(GP(NS_PARAMS) + 0x030, p->hash);
	ns_write64(GP(NS_PARAMS) + 0x800, p->vmid);
	ns_write64(GP(NS_PARAMS) + 0x808, p->base);
	ns_write64(GP(NS_PARAMS) + 0x810, (uint64_t)p->sl);
	ns_write64(GP(NS_PARAMS) + 0x818, p->num);
}

void create_realm(unsigned int rd, unsigned int root, uint64_t vmid)
{
	struct rp p = RP_DEFAULT;

	p.base = GP(root);
	p.vmid = vmid;
	delegate(rd);
	delegate(root);
	delegate(root + 1);
	write_params(&p);
	EXPECT(0, ARMCVM_SMC_RMI_REALM_CREATE, GP(rd), GP(NS_PARAMS));
}

void write_rec_params(uint64_t flags, uint64_t mpidr, unsigned int rec)
{
	ns_zero(NS_REC);
	ns_write64(GP(NS_REC) + 0x000, flags);
	ns_write64(GP(NS_REC) + 0x100, mpidr);
	ns_write64(GP(NS_REC) + 0x200, 0x80000000ULL);
	ns_write64(GP(NS_REC) + 0x800, WORLD_AUX);
	ns_write64(GP(NS_REC) + 0x808, GP(rec + 1));
	ns_write64(GP(NS_REC) + 0x810, GP(rec + 2));
}

void create_rec(unsigned int rd, unsigned int rec, uint64_t mpidr,
		uint64_t flags)
{
	delegate(rec);
	delegate(rec + 1);
	delegate(rec + 2);
	write_rec_params(flags, mpidr, rec);
	EXPECT(0, ARMCVM_SMC_RMI_REC_CREATE, GP(rd), GP(rec), GP(NS_REC));
}

void rtt_create(unsigned int rd, unsigned int rtt, uint64_t ipa,
		int64_t level)
{
	delegate(rtt);
	EXPECT(0, ARMCVM_SMC_RMI_RTT_CREATE, GP(rd), GP(rtt), ipa,
	       (uint64_t)level);
}

void std_world(void)
{
	create_realm(RD, ROOT, 1);
	rtt_create(RD, L2, 0, 2);
	rtt_create(RD, L3, 0, 3);
	rtt_create(RD, L2U, UNPROT, 2);
	rtt_create(RD, L3U, UNPROT, 3);
	EXPECT(0, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, GP(RD), 0, 0x4000);
	delegate(DATA);
	EXPECT(0, ARMCVM_SMC_RMI_DATA_CREATE, GP(RD), GP(DATA), 0x1000,
	       GP(NS_SRC), 1);
	create_rec(RD, REC, 0, 1);
	create_rec(RD, REC2, 1, 0);
}

void activate(void)
{
	EXPECT(0, ARMCVM_SMC_RMI_REALM_ACTIVATE, GP(RD));
}

void enter_expect(unsigned int rec, uint64_t flags, uint64_t x0)
{
	ns_write64(GP(NS_RUN), flags);
	EXPECT(x0, ARMCVM_SMC_RMI_REC_ENTER, GP(rec), GP(NS_RUN));
}

uint64_t run_exit64(uint64_t off)
{
	uint64_t v;

	assert_int_equal(armcvm_rmm_model_host_read(&W->m,
						    GP(NS_RUN) + 0x800 + off,
						    &v, 8), 0);
	return v;
}

void push_smc(unsigned int rec, uint64_t x0, uint64_t x1, uint64_t x2,
	      uint64_t x3, uint64_t x4)
{
	struct armcvm_rmm_realm_action a = {
		.rec = GP(rec), .op = ARMCVM_RMM_REALM_SMC,
		.x = { x0, x1, x2, x3, x4 },
	};

	assert_true(armcvm_rmm_model_realm_push(&W->m, &a) >= 0);
}
