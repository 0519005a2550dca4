/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Cross-cutting bad input (docs/bad-input.md): NULL pointers across the
 * API, counts at their limits (0, max, max + 1), base + size overflow,
 * hostile values in shared memory, and the rows the module suites do not
 * cover. Expected errors come from each function's kernel-doc Return: list
 * and the reference (shared/reference/rmi.md, pkvm.md).
 */
#include <stdlib.h>
#include <string.h>

#include "armcvm_test.h"

/* A conduit that must never be used: the function has to refuse first. */
static void never_called(void *ctx, const struct armcvm_smccc_regs *in,
			 struct armcvm_smccc_regs *out)
{
	(void)ctx;
	(void)in;
	(void)out;
	fail_msg("a call was issued for invalid input");
}

static const struct armcvm_conduit nocall =
	ARMCVM_CONDUIT_INIT_CALLBACK(never_called, NULL);

#define INVAL	(-ARMCVM_ERR_INVAL)

/* ---- NULL pointers: every int-returning API function ---- */

static void test_null_smccc_rmi_rsi(void **state)
{
	static const uint8_t challenge[64];
	struct armcvm_rmi_rec_exit exit;
	struct armcvm_rmi_rec_enter enter;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&exit, 0, sizeof(exit));
	memset(&enter, 0, sizeof(enter));
	memset(&info, 0, sizeof(info));
	assert_int_equal(armcvm_smccc_fid_decode(0x84000000, NULL), INVAL);
	assert_int_equal(armcvm_rmi_version_negotiate(&nocall, 0x10000, NULL),
			 INVAL);
	assert_int_equal(armcvm_rsi_attestation_token(&nocall, challenge,
						      0x1000, 0x1000, NULL),
			 INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&nocall, 0x1000,
							0x2000, 1, 0, NULL),
			 INVAL);
	assert_int_equal(armcvm_rmi_exit_decode(NULL, 40, &info), INVAL);
	assert_int_equal(armcvm_rmi_exit_decode(&exit, 40, NULL), INVAL);
	assert_int_equal(armcvm_rmi_enter_mmio_read(NULL, &info, 0), INVAL);
	assert_int_equal(armcvm_rmi_enter_mmio_read(&enter, NULL, 0), INVAL);
	assert_int_equal(armcvm_rmi_enter_mmio_write(NULL, &info), INVAL);
	assert_int_equal(armcvm_rmi_enter_mmio_write(&enter, NULL), INVAL);
	assert_int_equal(armcvm_rmi_enter_inject_sea(NULL, &info), INVAL);
	assert_int_equal(armcvm_rmi_enter_inject_sea(&enter, NULL), INVAL);
	assert_int_equal(armcvm_rmi_enter_ripas_response(NULL, &info, true),
			 INVAL);
	assert_int_equal(armcvm_rmi_enter_ripas_response(&enter, NULL, true),
			 INVAL);
}

static void test_null_sha2_measure(void **state)
{
	static const uint64_t gprs[8];
	static const uint8_t granule[4096];
	struct armcvm_rim_realm_params p = { .hash_algo = 0 };
	struct armcvm_measurement rim, c;
	struct armcvm_hash_ctx h;
	uint8_t out[64];

	(void)state;
	memset(&rim, 0, sizeof(rim));
	memset(&c, 0, sizeof(c));
	assert_int_equal(armcvm_sha256_init_impl(NULL, 0), INVAL);
	assert_int_equal(armcvm_sha512_init_impl(NULL, 0), INVAL);
	assert_int_equal(armcvm_hash_init_impl(NULL, 0, 0), INVAL);
	assert_int_equal(armcvm_hash_init(NULL, 1), INVAL);
	assert_int_equal(armcvm_hash_final(NULL, out), INVAL);
	assert_int_equal(armcvm_hash_init(&h, 0), 0);
	assert_int_equal(armcvm_hash_final(&h, NULL), INVAL);
	assert_int_equal(armcvm_hash(0, "abc", 3, NULL), INVAL);
	assert_int_equal(armcvm_hash(0, NULL, 3, out), INVAL);

	assert_int_equal(armcvm_rim_init(NULL, &p), INVAL);
	assert_int_equal(armcvm_rim_init(&rim, NULL), INVAL);
	assert_int_equal(armcvm_hash_init(&h, 0), 0);
	assert_int_equal(armcvm_rim_granule_digest(&h, NULL, &c), INVAL);
	assert_int_equal(armcvm_rim_granule_digest(&h, granule, NULL), INVAL);
	assert_int_equal(armcvm_rim_extend_data(&h, NULL, 0x1000, 0, NULL),
			 INVAL);
	assert_int_equal(armcvm_rim_extend_rec(&h, NULL, 1, 0, gprs), INVAL);
	assert_int_equal(armcvm_rim_extend_rec(&h, &rim, 1, 0, NULL), INVAL);
	assert_int_equal(armcvm_rim_extend_ripas(&h, NULL, 0, 0x1000), INVAL);
	assert_int_equal(armcvm_rem_extend_tfrmm(&h, NULL, "x", 1), INVAL);
	assert_int_equal(armcvm_rem_extend_tfrmm(&h, &rim, NULL, 1), INVAL);
}

static void test_null_rmm_model(void **state)
{
	struct armcvm_rmm_platform plat = {
		.features0 = 40 | (1ULL << 14) | (1ULL << 20),
		.rec_aux_count = 0, .vmid_bits = 8, .pa_bits = 40,
	};
	static uint64_t bytes[512];
	struct armcvm_rmm_granule g[1];
	struct armcvm_rmm_mem_range r = {
		.base = 0x10000, .granules = 1, .bytes = (uint8_t *)bytes,
		.gran = g,
	};
	struct armcvm_rmm_realm_action a;
	struct armcvm_rmm_model m;
	uint64_t vm[4];
	uint8_t out[64];

	(void)state;
	memset(&a, 0, sizeof(a));
	assert_int_equal(armcvm_rmm_model_init(NULL, &plat, &r, 1, vm, 4),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_init(&m, NULL, &r, 1, vm, 4), INVAL);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, NULL, 1, vm, 4),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, &r, 1, NULL, 4),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_init(&m, &plat, &r, 1, vm, 4), 0);
	assert_int_equal(armcvm_rmm_model_host_write(NULL, 0x10000, NULL, 8),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_host_read(NULL, 0x10000, out, 8),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_host_read(&m, 0x10000, NULL, 8),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_granule_state(NULL, 0x10000), INVAL);
	assert_int_equal(armcvm_rmm_model_measurement(NULL, 0x10000, 0, out),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_measurement(&m, 0x10000, 0, NULL),
			 INVAL);
	assert_int_equal(armcvm_rmm_model_realm_push(NULL, &a), INVAL);
	assert_int_equal(armcvm_rmm_model_realm_push(&m, NULL), INVAL);
	assert_int_equal(armcvm_rmm_model_check(NULL), INVAL);
	/* No model behind the conduit: SMC_UNKNOWN, outputs zero. */
	{
		struct armcvm_smccc_regs in = { { ARMCVM_SMC_RMI_VERSION,
						  0x10000, 7 } }, o;

		armcvm_rmm_model_smc(NULL, &in);
		assert_uint_equal(in.x[0], ~0ULL);
		assert_uint_equal(in.x[1], 0);
		in.x[0] = ARMCVM_SMC_RMI_VERSION;
		armcvm_rmm_model_call(NULL, &in, &o);
		assert_uint_equal(o.x[0], ~0ULL);
		armcvm_rmm_model_smc(&m, NULL);
		armcvm_rmm_model_call(&m, NULL, &o);
		armcvm_rmm_model_call(&m, &in, NULL);
	}
}

/* The allocator callback's type gives pa no const. */
/* NOLINTNEXTLINE(readability-non-const-parameter) */
static int no_alloc(void *ctx, uint64_t *pa)
{
	(void)ctx;
	(void)pa;
	return -ARMCVM_ERR_NOSPACE;
}

static void test_null_realm(void **state)
{
	struct armcvm_realm_desc d;
	struct armcvm_rmi_realm_params *params;
	struct armcvm_realm_layout layout;
	struct armcvm_realm_plan plan;
	struct armcvm_realm_exec_host host = { NULL, NULL, NULL };
	struct armcvm_realm_exec_report rep;
	struct armcvm_realm_rim_source src = { NULL, NULL, NULL, 0 };
	struct armcvm_smccc_regs regs = { { 0 } };
	struct armcvm_measurement rim;
	struct armcvm_realm_error err;

	(void)state;
	params = calloc(1, sizeof(*params));
	assert_non_null(params);
	memset(&layout, 0, sizeof(layout));
	memset(&plan, 0, sizeof(plan));
	armcvm_realm_desc_init(&d);
	assert_int_equal(armcvm_realm_rtt_geometry(40, false, 1, NULL, &err),
			 INVAL);
	assert_int_equal(armcvm_realm_params_build(NULL, 0, params, &err),
			 INVAL);
	assert_int_equal(armcvm_realm_params_build(&d, 0, NULL, &err), INVAL);
	assert_int_equal(armcvm_realm_plan_build(NULL, &layout, &plan, &err),
			 INVAL);
	assert_int_equal(armcvm_realm_plan_build(params, NULL, &plan, &err),
			 INVAL);
	assert_int_equal(armcvm_realm_plan_build(params, &layout, NULL, &err),
			 INVAL);
	assert_int_equal(armcvm_realm_exec(&nocall, params, &layout, &plan, 0,
					   0, &host, NULL), INVAL);
	assert_int_equal(armcvm_realm_exec(&nocall, NULL, &layout, &plan, 0,
					   0, &host, &rep), INVAL);
	assert_int_equal(armcvm_realm_exec(&nocall, params, NULL, &plan, 0,
					   0, &host, &rep), INVAL);
	assert_int_equal(armcvm_realm_exec(&nocall, params, &layout, NULL, 0,
					   0, &host, &rep), INVAL);
	assert_int_equal(armcvm_realm_exec(&nocall, params, &layout, &plan, 0,
					   0, NULL, &rep), INVAL);
	assert_int_equal(armcvm_realm_exec(&nocall, params, &layout, &plan, 0,
					   0, &host, &rep), INVAL);
	assert_int_equal(armcvm_realm_rtt_retry(NULL, 0, 0, 3, &regs, 6, 1,
						no_alloc, NULL, &regs, NULL),
			 INVAL);
	assert_int_equal(armcvm_realm_rtt_retry(&nocall, 0, 0, 3, NULL, 6, 1,
						no_alloc, NULL, &regs, NULL),
			 INVAL);
	assert_int_equal(armcvm_realm_rtt_retry(&nocall, 0, 0, 3, &regs, 6, 1,
						NULL, NULL, &regs, NULL),
			 INVAL);
	assert_int_equal(armcvm_realm_rtt_retry(&nocall, 0, 0, 3, &regs, 6, 1,
						no_alloc, NULL, NULL, NULL),
			 INVAL);
	assert_int_equal(armcvm_realm_rim_predict(NULL, &layout, &plan, &src,
						  &rim), INVAL);
	assert_int_equal(armcvm_realm_rim_predict(params, NULL, &plan, &src,
						  &rim), INVAL);
	assert_int_equal(armcvm_realm_rim_predict(params, &layout, NULL, &src,
						  &rim), INVAL);
	assert_int_equal(armcvm_realm_rim_predict(params, &layout, &plan, &src,
						  NULL), INVAL);
	free(params);
}

static void test_null_pkvm_guest_host(void **state)
{
	struct armcvm_smccc_regs regs = { { 0 } };
	struct armcvm_kvm_uid uid;
	struct armcvm_kvm_features f;
	struct armcvm_kvm_meminfo mi = { 0, 4096, 0, false };
	struct armcvm_kvm_mem_result mr;
	struct armcvm_kvm_range_result rr;
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_hcall_desc d;
	struct armcvm_pkvm_result res;

	(void)state;
	assert_int_equal(armcvm_kvm_uid_decode(NULL, &uid), INVAL);
	assert_int_equal(armcvm_kvm_uid_decode(&regs, NULL), INVAL);
	assert_int_equal(armcvm_kvm_features_decode(NULL, &f), INVAL);
	assert_int_equal(armcvm_kvm_features_decode(&regs, NULL), INVAL);
	assert_false(armcvm_kvm_features_has(NULL, 0));
	assert_int_equal(armcvm_kvm_meminfo_decode(NULL, &mi), INVAL);
	assert_int_equal(armcvm_kvm_meminfo_decode(&regs, NULL), INVAL);
	assert_int_equal(armcvm_kvm_mem_encode(ARMCVM_SMC_KVM_MEM_SHARE, 0,
					       4096, 1, false, NULL), INVAL);
	assert_int_equal(armcvm_kvm_mem_decode(NULL, 1, false, &mr), INVAL);
	assert_int_equal(armcvm_kvm_mem_decode(&regs, 1, false, NULL), INVAL);
	assert_int_equal(armcvm_kvm_range_update(&nocall, NULL, true, 0, 4096,
						 &rr), INVAL);
	assert_int_equal(armcvm_kvm_range_update(&nocall, &mi, true, 0, 4096,
						 NULL), INVAL);
	assert_int_equal(armcvm_kvm_call_uid(&nocall, NULL), INVAL);
	assert_int_equal(armcvm_kvm_features(&nocall, NULL), INVAL);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&nocall, NULL), INVAL);
	assert_int_equal(armcvm_kvm_mmio_guard_info(&nocall, NULL), INVAL);
	assert_int_equal(armcvm_kvm_mmio_guard_enroll(&nocall, NULL), INVAL);
	assert_int_equal(armcvm_kvm_mem_share(&nocall, 0, 4096, NULL), INVAL);
	assert_int_equal(armcvm_kvm_ptp(&nocall, 0, NULL), INVAL);

	assert_int_equal(armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 0,
						NULL), INVAL);
	assert_int_equal(armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 0,
						&t), 0);
	assert_int_equal(armcvm_pkvm_lookup(NULL, ARMCVM_PKVM_HCALL_INIT, &d),
			 INVAL);
	assert_int_equal(armcvm_pkvm_lookup(&t, ARMCVM_PKVM_HCALL_INIT, NULL),
			 INVAL);
	assert_int_equal(armcvm_pkvm_hcall_accepted(NULL,
						    ARMCVM_PKVM_HCALL_INIT,
						    true), INVAL);
	assert_int_equal(armcvm_pkvm_host_encode(NULL, NULL, 0, &regs), INVAL);
	assert_int_equal(armcvm_pkvm_host_decode(NULL, &regs, &res), INVAL);
	assert_int_equal(armcvm_pkvm_host_call(&nocall, NULL,
					       ARMCVM_PKVM_HCALL_RESERVE_VM,
					       NULL, 0, &res), INVAL);
	assert_int_equal(armcvm_pkvm_host_call(&nocall, &t,
					       ARMCVM_PKVM_HCALL_RESERVE_VM,
					       NULL, 0, NULL), INVAL);
}

static void test_null_pkvm_own_shpool(void **state)
{
	struct armcvm_pkvm_own m;
	struct armcvm_pkvm_vm_params p;
	struct armcvm_pkvm_violation v;
	struct armcvm_pkvm_page_info info;
	struct armcvm_pkvm_guest_leaf leaf;
	struct armcvm_shpool pool;
	struct armcvm_shpool_config cfg;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf buf;
	uint32_t meta[4], scratch[4];
	uint64_t pte;
	int ret;

	(void)state;
	memset(&m, 0, sizeof(m));
	memset(&p, 0, sizeof(p));
	memset(&pool, 0, sizeof(pool));
	memset(&cfg, 0, sizeof(cfg));
	assert_int_equal(armcvm_pkvm_own_page_info(NULL, 0, &info), INVAL);
	assert_int_equal(armcvm_pkvm_own_host_pte(NULL, 0, &pte), INVAL);
	assert_int_equal(armcvm_pkvm_own_guest_info(NULL, 0x1000, 0, &leaf),
			 INVAL);
	assert_int_equal(armcvm_pkvm_own_host_share_hyp(NULL, 0, &ret), INVAL);
	assert_int_equal(armcvm_pkvm_own_hyp_unpin_shared(NULL, 0, 1), INVAL);
	assert_int_equal(armcvm_pkvm_own_host_share_guest(NULL, 0x1000, 0, 0,
							  0, 1, 7, &ret),
			 INVAL);
	assert_int_equal(armcvm_pkvm_own_init_vm(NULL, &p, &ret), INVAL);
	assert_int_equal(armcvm_pkvm_own_vcpu_load(NULL, 0, 0x1000, 0), INVAL);
	assert_int_equal(armcvm_pkvm_own_vcpu_put(NULL, 0), INVAL);
	assert_int_equal(armcvm_pkvm_own_vcpu_topup(NULL, 0x1000, 0, 1),
			 INVAL);
	assert_int_equal(armcvm_pkvm_own_vcpu_set_fault(NULL, 0x1000, 0, 0, 0,
							0), INVAL);
	assert_int_equal(armcvm_pkvm_own_hc_host_mkyoung_guest(NULL, 0, 0,
							       &ret), INVAL);
	assert_int_equal(armcvm_pkvm_own_check(NULL, scratch, 4, &v), INVAL);

	assert_int_equal(armcvm_shpool_init(NULL, &cfg, meta, 4, &rep), INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, NULL, meta, 4, &rep),
			 INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, NULL, 4, &rep),
			 INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, 4, NULL),
			 INVAL);
	assert_int_equal(armcvm_shpool_alloc(NULL, &buf), INVAL);
	assert_int_equal(armcvm_shpool_alloc(&pool, NULL), INVAL);
	assert_int_equal(armcvm_shpool_free(NULL, 0), INVAL);
	assert_int_equal(armcvm_shpool_teardown(NULL, &rep), INVAL);
	assert_int_equal(armcvm_shpool_teardown(&pool, NULL), INVAL);
}

/* ---- Counts and values at their limits (0, max, max + 1) ---- */

static void test_limits_rmi_abi(void **state)
{
	uint64_t v, idx;

	(void)state;
	/* RecIndex: 28 bits (aff0 4 + aff1..aff3 8 each; S10 B3.38). */
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index(0, &v), 0);
	assert_uint_equal(v, 0);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index((1ULL << 28) - 1,
							 &v), 0);
	assert_uint_equal(v, 0xFFFFFF0FULL);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_index(1ULL << 28, &v),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmi_rec_mpidr_to_index(0xFFFFFF0FULL, &idx), 0);
	assert_uint_equal(idx, (1ULL << 28) - 1);
	/* MPIDR_EL1 Aff0 15 fits RmiRecMpidr.aff0, 16 does not. */
	assert_int_equal(armcvm_rmi_rec_mpidr_from_mpidr_el1(0xF, &v), 0);
	assert_int_equal(armcvm_rmi_rec_mpidr_from_mpidr_el1(0x10, &v),
			 -ARMCVM_ERR_RANGE);
	/* RmiInterfaceVersion: major 15 bits, minor 16 bits. */
	assert_int_equal(armcvm_rmi_interface_version_pack(0x7FFF, 0xFFFF, &v),
			 0);
	assert_uint_equal(v, 0x7FFFFFFFULL);
	assert_int_equal(armcvm_rmi_interface_version_pack(0x8000, 0, &v),
			 -ARMCVM_ERR_RANGE);
}

/* ---- Hostile REC exit records (RmiRecExit written by the RMM) ---- */

static void test_exit_hostile(void **state)
{
	struct armcvm_rmi_rec_exit e;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&e, 0, sizeof(e));
	/* ipa_bits limits: 32 and 52 accepted (S10 A5.2.2 s2sz range). */
	assert_int_equal(armcvm_rmi_exit_decode(&e, 32, &info), 0);
	assert_int_equal(armcvm_rmi_exit_decode(&e, 52, &info), 0);
	/* A data abort with every HPFAR bit set: only FIPA (47:4) counts. */
	e.exit_reason = ARMCVM_RMI_EXIT_SYNC;
	e.esr = (0x24ULL << 26) | (1ULL << 24) | (3ULL << 22) | (1ULL << 6);
	e.hpfar = ~0ULL;
	e.far = ~0ULL;
	e.gprs[0] = ~0ULL;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 52, &info), 0);
	assert_uint_equal(info.ipa, (((1ULL << 44) - 1) << 12) | 0xFFF);
	assert_true(info.mmio);
	assert_uint_equal(info.access_size, 8);
	assert_uint_equal(info.write_value, ~0ULL);
	/* Protected / unprotected boundary: 2^(s2sz - 1) (S10 A5.2.2). */
	e.hpfar = (1ULL << 39) >> 8;	/* IPA 2^39 */
	e.far = 0;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info), 0);
	assert_false(info.protected_ipa);
	e.hpfar = ((1ULL << 39) - 0x1000) >> 8;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info), 0);
	assert_true(info.protected_ipa);
	assert_false(info.mmio);
	/* RIPAS_CHANGE: ripas_value bits 63:8 set, and top == base + 1. */
	memset(&e, 0, sizeof(e));
	e.exit_reason = ARMCVM_RMI_EXIT_RIPAS_CHANGE;
	e.ripas_base = 0x1000;
	e.ripas_top = 0x2000;
	e.ripas_value = 0x101;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info),
			 -ARMCVM_ERR_PROTOCOL);
	e.ripas_value = ARMCVM_RMI_DESTROYED;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info), 0);
	e.ripas_top = ~0ULL;
	e.ripas_base = ~0ULL;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info),
			 -ARMCVM_ERR_PROTOCOL);
	/* exit_reason: 6 (SERROR) is the last 1.0 reason, 7 is not. */
	memset(&e, 0, sizeof(e));
	e.exit_reason = ARMCVM_RMI_EXIT_SERROR;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info), 0);
	e.exit_reason = ~0ULL;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 40, &info),
			 -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(info.reason, 0xFF);
}

/* ---- The software RMM: set-up limits, host access, realm queue ---- */

#define RMM_FEAT(s2sz)	((uint64_t)(s2sz) | (1ULL << 14) | (1ULL << 20))

static int rmm_init1(struct armcvm_rmm_model *m, struct armcvm_rmm_platform *p,
		     struct armcvm_rmm_mem_range *r, unsigned int n)
{
	static uint64_t vm[1024];

	return armcvm_rmm_model_init(m, p, r, n, vm, 1024);
}

static void test_rmm_model_limits(void **state)
{
	static uint64_t bytes[3 * 512 + 1];
	struct armcvm_rmm_granule g[3];
	struct armcvm_rmm_platform p = {
		.features0 = RMM_FEAT(40), .rec_aux_count = 16,
		.vmid_bits = 16, .pa_bits = 48,
	}, q;
	struct armcvm_rmm_mem_range r[2], t[2];
	struct armcvm_rmm_realm_action a, queue[1];
	struct armcvm_rmm_model m;
	uint8_t buf[16];

	(void)state;
	r[0] = (struct armcvm_rmm_mem_range){ 0x10000, 2, (uint8_t *)bytes,
					      g };
	r[1] = (struct armcvm_rmm_mem_range){ 0x12000, 1,
					      (uint8_t *)(bytes + 1024),
					      g + 2 };
	assert_int_equal(rmm_init1(&m, &p, r, 2), 0);
	/* Platform fields at and past their limits (rmm_model.h). */
	q = p; q.rec_aux_count = 17;
	assert_int_equal(rmm_init1(&m, &q, r, 2), -ARMCVM_ERR_INVAL);
	q = p; q.pa_bits = 32;
	t[0] = r[0];
	assert_int_equal(rmm_init1(&m, &q, t, 1), 0);
	q.pa_bits = 31;
	assert_int_equal(rmm_init1(&m, &q, t, 1), -ARMCVM_ERR_INVAL);
	q.pa_bits = 49;
	assert_int_equal(rmm_init1(&m, &q, t, 1), -ARMCVM_ERR_INVAL);
	q = p; q.features0 = RMM_FEAT(31);
	assert_int_equal(rmm_init1(&m, &q, t, 1), -ARMCVM_ERR_INVAL);
	q.features0 = RMM_FEAT(49);
	assert_int_equal(rmm_init1(&m, &q, t, 1), -ARMCVM_ERR_INVAL);
	/* Ranges: empty, no storage, host bytes not 8-byte aligned. */
	t[0] = r[0]; t[0].granules = 0;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_INVAL);
	t[0] = r[0]; t[0].gran = NULL;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_INVAL);
	t[0] = r[0]; t[0].bytes = NULL;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_INVAL);
	t[0] = r[0]; t[0].bytes = (uint8_t *)bytes + 4;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_ALIGN);
	/* base + size: wrapping, past 2^pa_bits, ending exactly there. */
	t[0] = r[0]; t[0].base = 0xFFFFFFFFFFFFF000ULL;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_RANGE);
	t[0] = r[0]; t[0].base = (1ULL << 48) - 0x1000;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_RANGE);
	t[0].granules = 1;
	assert_int_equal(rmm_init1(&m, &p, t, 1), 0);
	t[0] = r[0]; t[0].granules = (1ULL << 52) + 1;
	assert_int_equal(rmm_init1(&m, &p, t, 1), -ARMCVM_ERR_RANGE);

	assert_int_equal(rmm_init1(&m, &p, r, 2), 0);
	/* Host access: zero length, wrapping, straddling two ranges. */
	assert_int_equal(armcvm_rmm_model_host_write(&m, 0x10000, buf, 0),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmm_model_host_read(&m, ~0ULL - 3, buf, 8),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmm_model_host_write(&m, 0x11FF8, buf, 16),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rmm_model_host_write(&m, 0x11FF8, buf, 8), 0);
	assert_int_equal(armcvm_rmm_model_host_read(&m, 0x12FF8, buf, 8), 0);
	assert_int_equal(armcvm_rmm_model_host_read(&m, 0x12FF8, buf, 9),
			 -ARMCVM_ERR_RANGE);
	/* Host access to a delegated granule: a GPF, i.e. STATE. */
	{
		struct armcvm_smccc_regs d = {
			{ ARMCVM_SMC_RMI_GRANULE_DELEGATE, 0x11000 }
		};

		armcvm_rmm_model_smc(&m, &d);
		assert_uint_equal(d.x[0], ARMCVM_RMI_SUCCESS);
	}
	assert_int_equal(armcvm_rmm_model_host_read(&m, 0x11000, buf, 8),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(armcvm_rmm_model_host_read(&m, 0x10FF8, buf, 16),
			 -ARMCVM_ERR_STATE);

	/* Realm queue: none set, full; op, size and register limits. */
	memset(&a, 0, sizeof(a));
	a.rec = 0x10000;
	assert_int_equal(armcvm_rmm_model_realm_push(&m, &a),
			 -ARMCVM_ERR_NOSPACE);
	armcvm_rmm_model_realm_queue(&m, queue, 1);
	a.op = ARMCVM_RMM_REALM_MMIO_WRITE + 1;
	assert_int_equal(armcvm_rmm_model_realm_push(&m, &a),
			 -ARMCVM_ERR_INVAL);
	a.op = ARMCVM_RMM_REALM_MMIO_READ;
	a.size = 8;
	a.reg = 31;
	assert_int_equal(armcvm_rmm_model_realm_push(&m, &a),
			 -ARMCVM_ERR_INVAL);
	a.size = 16;
	a.reg = 30;
	assert_int_equal(armcvm_rmm_model_realm_push(&m, &a),
			 -ARMCVM_ERR_INVAL);
	a.size = 8;
	assert_int_equal(armcvm_rmm_model_realm_push(&m, &a), 0);
	assert_int_equal(armcvm_rmm_model_realm_push(&m, &a),
			 -ARMCVM_ERR_NOSPACE);
}

/* ---- RSI attestation token: a buffer of 0 bytes, and one that wraps ---- */

static void init_only_rmm(void *ctx, const struct armcvm_smccc_regs *in,
			  struct armcvm_smccc_regs *out)
{
	unsigned int *calls = ctx;

	(*calls)++;
	assert_uint_equal(in->x[0], ARMCVM_SMC_RSI_ATTESTATION_TOKEN_INIT);
	out->x[0] = ARMCVM_RSI_SUCCESS;
	out->x[1] = 0x100;
}

static void test_rsi_token_buffers(void **state)
{
	static const uint8_t challenge[64];
	unsigned int calls = 0;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(init_only_rmm, &calls);
	struct armcvm_rsi_token_result r;

	(void)state;
	/* No room at all: INIT tells the size needed, then NOSPACE. */
	assert_int_equal(armcvm_rsi_attestation_token(&c, challenge, 0x1000, 0,
						      &r),
			 -ARMCVM_ERR_NOSPACE);
	assert_uint_equal(r.max_size, 0x100);
	assert_uint_equal(r.written, 0);
	assert_uint_equal(calls, 1);
	/* base + size wraps: refused before any call. */
	assert_int_equal(armcvm_rsi_attestation_token(&nocall, challenge,
						      ~0ULL - 0xFFF, 0x2000,
						      &r),
			 -ARMCVM_ERR_RANGE);
	/* IPA_STATE_SET range: top == base is empty. */
	{
		struct armcvm_rsi_range_result rr;

		assert_int_equal(armcvm_rsi_ipa_state_set_range(&nocall, 0x1000,
								0x1000, 1, 0,
								&rr),
				 -ARMCVM_ERR_RANGE);
	}
}

/* ---- Register counts past the SMCCC 1.2 file; measurement sizes ---- */

static void echo_call(void *ctx, const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out)
{
	unsigned int i;

	(void)ctx;
	for (i = 0; i < ARMCVM_SMCCC_REG_COUNT; i++) {
		out->x[i] = in->x[i] + 1;
	}
}

static void test_register_and_size_limits(void **state)
{
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(echo_call, NULL);
	struct armcvm_smccc_regs in, *out;
	struct armcvm_hash_ctx h;
	struct armcvm_measurement rem;
	uint8_t value[64];
	unsigned int i;

	(void)state;
	/* nout beyond x17 is clamped: exactly 18 registers are written
	 * (out is an exact-size heap object, so ASan sees any overrun). */
	for (i = 0; i < ARMCVM_SMCCC_REG_COUNT; i++) {
		in.x[i] = i;
	}
	out = malloc(sizeof(*out));
	assert_non_null(out);
	armcvm_conduit_invoke(&c, &in, out, 100, 100);
	for (i = 0; i < ARMCVM_SMCCC_REG_COUNT; i++) {
		assert_uint_equal(out->x[i], i + 1);
	}
	free(out);
	/* REM extension: 0 bytes (NULL allowed) and 64 bytes are fine. */
	memset(value, 7, sizeof(value));
	memset(&rem, 0, sizeof(rem));
	assert_int_equal(armcvm_hash_init(&h, 0), 0);
	assert_int_equal(armcvm_rem_extend_tfrmm(&h, &rem, NULL, 0), 0);
	assert_int_equal(armcvm_rem_extend_tfrmm(&h, &rem, value, 64), 0);
	assert_int_equal(armcvm_rem_extend_tfrmm(&h, &rem, value, 65),
			 -ARMCVM_ERR_INVAL);
}

/* ---- Realm planner: base + size that wraps 2^64 ---- */

static void plan_params(struct armcvm_rmi_realm_params *p, uint64_t rtt_base)
{
	/* S2SZ 48, 15 breakpoints / watchpoints, SHA-256 and SHA-512
	 * (RmiFeatureRegister0 fields, rmi.md 3.4). */
	const uint64_t f0 = 48 | (15ULL << 14) | (15ULL << 20) | (1ULL << 32) |
			    (1ULL << 33);
	struct armcvm_realm_desc d;

	armcvm_realm_desc_init(&d);
	d.rtt_base = rtt_base;
	assert_int_equal(armcvm_realm_params_build(&d, f0, p, NULL), 0);
}

static void test_plan_overflow(void **state)
{
	static const struct armcvm_realm_vcpu v0 = { .mpidr = 0 };
	struct armcvm_rmi_realm_params *p = calloc(1, sizeof(*p));
	struct armcvm_realm_ram ram = { 0xFFFFFFFFFFFFF000ULL, 0x2000 };
	struct armcvm_realm_image im = { 0x80000000, 0x1000, 0x9000, true };
	struct armcvm_realm_layout l;
	struct armcvm_realm_plan pl;
	struct armcvm_realm_error e;

	(void)state;
	assert_non_null(p);
	plan_params(p, 0x2000);
	memset(&l, 0, sizeof(l));
	memset(&pl, 0, sizeof(pl));
	l.vcpus = &v0;
	l.num_vcpus = 1;
	l.pool_base = 0x100000000ULL;
	l.pool_size = 0x100000;
	l.ns_params_pa = 0x1000;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e), 0);
	/* RAM whose base + size wraps. */
	l.ram = &ram;
	l.num_ram = 1;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_RAM);
	l.num_ram = 0;
	/* Image whose IPA + size wraps. */
	im.size = 0xFFFFFFFFFFFFF000ULL;
	l.images = &im;
	l.num_images = 1;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_IMAGE);
	/* Image whose source PA + size wraps. */
	im.size = 0x2000;
	im.src_pa = 0xFFFFFFFFFFFFF000ULL;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_IMAGE_SRC);
	l.num_images = 0;
	/* Granule pool whose base + size wraps. */
	l.pool_base = 0xFFFFFFFFFFF00000ULL;
	l.pool_size = 0x200000;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_POOL);
	/* Starting-level RTTs (two at 48 bits) ending exactly at 2^64: a
	 * pool below them is fine, one on the last of them is not. */
	plan_params(p, 0xFFFFFFFFFFFFE000ULL);
	l.pool_base = 0;
	l.pool_size = 0x100000;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e), 0);
	l.pool_base = 0xFFFFFFFFFFFFD000ULL;
	l.pool_size = 0x2000;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_POOL);
	/* Hand-made params whose root tables wrap past 2^64. */
	p->rtt_base = 0xFFFFFFFFFFFFF000ULL;
	l.pool_base = 0;
	assert_int_equal(armcvm_realm_plan_build(p, &l, &pl, &e),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(e.field, ARMCVM_REALM_FIELD_RTT_BASE);
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_null_smccc_rmi_rsi),
		cmocka_unit_test(test_null_sha2_measure),
		cmocka_unit_test(test_null_rmm_model),
		cmocka_unit_test(test_null_realm),
		cmocka_unit_test(test_null_pkvm_guest_host),
		cmocka_unit_test(test_null_pkvm_own_shpool),
		cmocka_unit_test(test_limits_rmi_abi),
		cmocka_unit_test(test_exit_hostile),
		cmocka_unit_test(test_rmm_model_limits),
		cmocka_unit_test(test_rsi_token_buffers),
		cmocka_unit_test(test_register_and_size_limits),
		cmocka_unit_test(test_plan_overflow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
