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
	struct armcvm_realm_rim_source src = { NULL, NULL, NULL };
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
	int64_t smccc;

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
	(void)smccc;
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_null_smccc_rmi_rsi),
		cmocka_unit_test(test_null_sha2_measure),
		cmocka_unit_test(test_null_rmm_model),
		cmocka_unit_test(test_null_realm),
		cmocka_unit_test(test_null_pkvm_guest_host),
		cmocka_unit_test(test_null_pkvm_own_shpool),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
