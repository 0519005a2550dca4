/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * KVM vendor-hyp guest calls (pkvm.md 3.1-3.3): exact registers through the
 * recording mock, decoders, input errors, and the byte-range helper against
 * a stateful fake hypervisor (partial progress, zero progress, failure
 * midway). On aarch64 the same calls go through a real hvc #0, trapped.
 */
#include <string.h>

#include "armcvm_test.h"
#include "fake_guest_hyp.h"
#include "trap_firmware.h"

#define NOT_SUPPORTED	0xFFFFFFFFFFFFFFFFULL
#define INVALID_PARAM	0xFFFFFFFFFFFFFFFDULL

#define MOCK_CONDUIT(m)	ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, (m))

static void reply(struct mock_conduit_state *m, uint64_t fid,
		  unsigned int nargs, const uint64_t *args, unsigned int nres,
		  const uint64_t *res)
{
	mock_conduit_reply(mock_conduit_expect(m, fid, nargs, args), nres,
			   res);
}

static void test_call_uid(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c = MOCK_CONDUIT(&m);
	/* UID registers from pkvm.md 3.1 [S27]. */
	const uint64_t kvm[4] = { 0xb66fb428, 0xe911c52e, 0x564bcaa9,
				  0x743a004d };
	const uint64_t other[4] = { 0xb66fb428, 0xe911c52e, 0x564bcaa9, 0 };
	struct armcvm_kvm_uid uid;

	(void)state;
	mock_conduit_reset(&m);
	reply(&m, 0x8600FF01U, 0, NULL, 4, kvm);
	reply(&m, 0x8600FF01U, 0, NULL, 4, other);
	assert_int_equal(armcvm_kvm_call_uid(&c, &uid), 0);
	assert_true(uid.is_kvm);
	assert_int_equal(armcvm_kvm_call_uid(&c, &uid), 0);
	assert_false(uid.is_kvm);
	mock_conduit_assert_done(&m);
	assert_int_equal(armcvm_kvm_uid_decode(NULL, &uid), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_call_uid(&c, NULL), -ARMCVM_ERR_INVAL);
	/* The UUID's byte string, packed little-endian per register. */
	{
		static const uint8_t b[16] = { 0x28, 0xb4, 0x6f, 0xb6, 0x2e,
			0xc5, 0x11, 0xe9, 0xa9, 0xca, 0x4b, 0x56, 0x4d, 0x00,
			0x3a, 0x74 };
		size_t i;

		for (i = 0; i < 4; i++) {
			uint32_t v = (uint32_t)b[4 * i] |
				     (uint32_t)b[4 * i + 1] << 8 |
				     (uint32_t)b[4 * i + 2] << 16 |
				     (uint32_t)b[4 * i + 3] << 24;
			assert_uint_equal(v, kvm[i]);
		}
	}
}

static void test_features(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c = MOCK_CONDUIT(&m);
	/* v7.1 EL2 answers 0x1D to protected guests (pkvm.md 3.2). */
	const uint64_t v71[4] = { 0x1D, 0, 0, 0 };
	const uint64_t hi[4] = { 0, 0, 0x3, 0x80000000 };
	const uint64_t ns[1] = { NOT_SUPPORTED };
	struct armcvm_kvm_features f;

	(void)state;
	mock_conduit_reset(&m);
	reply(&m, 0x86000000U, 0, NULL, 4, v71);
	reply(&m, 0x86000000U, 0, NULL, 4, hi);
	reply(&m, 0x86000000U, 0, NULL, 1, ns);
	assert_int_equal(armcvm_kvm_features(&c, &f), 0);
	assert_true(armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_FEATURES));
	assert_false(armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_PTP));
	assert_true(armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_HYP_MEMINFO));
	assert_true(armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_MEM_SHARE));
	assert_true(armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_MEM_UNSHARE));
	assert_false(armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_MMIO_GUARD));
	assert_int_equal(armcvm_kvm_features(&c, &f), 0);
	assert_true(armcvm_kvm_features_has(&f,
		    ARMCVM_KVM_FUNC_DISCOVER_IMPL_VER));
	assert_true(armcvm_kvm_features_has(&f,
		    ARMCVM_KVM_FUNC_DISCOVER_IMPL_CPUS));
	assert_true(armcvm_kvm_features_has(&f, 127));
	assert_false(armcvm_kvm_features_has(&f, 128));
	assert_int_equal(armcvm_kvm_features(&c, &f), 0);
	assert_false(f.supported);
	assert_false(armcvm_kvm_features_has(&f, 0));
	assert_false(armcvm_kvm_features_has(NULL, 0));
	assert_int_equal(armcvm_kvm_features_decode(NULL, &f),
			 -ARMCVM_ERR_INVAL);
	mock_conduit_assert_done(&m);
}

static void test_meminfo(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c = MOCK_CONDUIT(&m);
	const uint64_t zeros[3] = { 0, 0, 0 };
	const uint64_t up[2] = { 0x1000, 0 };
	const uint64_t ack[2] = { 0x4000, 1 };
	const uint64_t err[2] = { INVALID_PARAM, 0 };
	const uint64_t odd[2] = { 0x3000, 0 };
	const uint64_t huge[2] = { 0x20000, 0 };
	const uint64_t tiny[2] = { 0x800, 0 };
	struct armcvm_kvm_meminfo mi;

	(void)state;
	mock_conduit_reset(&m);
	/* R1-R3 go out as zero (pkvm.md 3.1 [S9]). */
	reply(&m, 0xC6000002U, 3, zeros, 2, up);
	reply(&m, 0xC6000002U, 3, zeros, 2, ack);
	reply(&m, 0xC6000002U, 3, zeros, 2, err);
	reply(&m, 0xC6000002U, 3, zeros, 2, odd);
	reply(&m, 0xC6000002U, 3, zeros, 2, huge);
	reply(&m, 0xC6000002U, 3, zeros, 2, tiny);
	reply(&m, 0xC6000005U, 3, zeros, 2, ack);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&c, &mi), 0);
	assert_int_equal(mi.smccc, 0);
	assert_uint_equal(mi.granule, 0x1000);
	assert_false(mi.has_range);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&c, &mi), 0);
	assert_uint_equal(mi.granule, 0x4000);
	assert_true(mi.has_range);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&c, &mi), 0);
	assert_int_equal(mi.smccc, -3);
	assert_uint_equal(mi.granule, 0);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&c, &mi), -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&c, &mi), -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&c, &mi), -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_kvm_mmio_guard_info(&c, &mi), 0);
	assert_true(mi.has_range);
	assert_int_equal(armcvm_kvm_meminfo_decode(NULL, &mi),
			 -ARMCVM_ERR_INVAL);
	mock_conduit_assert_done(&m);
}

/* Every MEM_SHARE-family FID with its exact registers. */
static void test_mem_calls(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c = MOCK_CONDUIT(&m);
	const uint64_t one[3] = { 0x80002000, 0, 0 };
	const uint64_t rng[3] = { 0x80004000, 5, 0 };
	const uint64_t ok[2] = { 0, 0 };
	const uint64_t three[2] = { 0, 3 };
	const uint64_t bad[2] = { INVALID_PARAM, 0 };
	const uint64_t zeros[3] = { 0, 0, 0 };
	struct armcvm_kvm_mem_result r;
	int64_t smccc;

	(void)state;
	mock_conduit_reset(&m);
	reply(&m, 0xC6000003U, 3, one, 2, ok);
	reply(&m, 0xC6000004U, 3, one, 2, bad);
	reply(&m, 0xC6000007U, 3, one, 2, ok);
	reply(&m, 0xC6000008U, 3, one, 2, ok);
	reply(&m, 0xC6000009U, 3, one, 2, ok);
	reply(&m, 0xC6000003U, 3, rng, 2, three);
	reply(&m, 0xC6000004U, 3, rng, 2, three);
	reply(&m, 0xC600000AU, 3, rng, 2, three);
	reply(&m, 0xC600000BU, 3, rng, 2, three);
	reply(&m, 0xC6000006U, 3, zeros, 1, ok);
	assert_int_equal(armcvm_kvm_mem_share(&c, 0x80002000, 0x1000, &r), 0);
	assert_int_equal(r.smccc, 0);
	assert_uint_equal(r.done, 1);
	assert_int_equal(armcvm_kvm_mem_unshare(&c, 0x80002000, 0x1000, &r),
			 0);
	assert_int_equal(r.smccc, -3);
	assert_uint_equal(r.done, 0);
	assert_int_equal(armcvm_kvm_mmio_guard(&c, 0x80002000, 0x1000, &r), 0);
	assert_int_equal(armcvm_kvm_mmio_guard_unmap(&c, 0x80002000, 0x1000,
			 &r), 0);
	assert_int_equal(armcvm_kvm_mem_relinquish(&c, 0x80002000, 0x1000, &r),
			 0);
	assert_int_equal(armcvm_kvm_mem_share_range(&c, 0x80004000, 0x1000, 5,
			 &r), 0);
	assert_uint_equal(r.done, 3);
	assert_int_equal(armcvm_kvm_mem_unshare_range(&c, 0x80004000, 0x1000,
			 5, &r), 0);
	assert_int_equal(armcvm_kvm_mmio_rguard_map(&c, 0x80004000, 0x1000, 5,
			 &r), 0);
	assert_int_equal(armcvm_kvm_mmio_rguard_unmap(&c, 0x80004000, 0x1000,
			 5, &r), 0);
	assert_uint_equal(r.done, 3);
	assert_int_equal(armcvm_kvm_mmio_guard_enroll(&c, &smccc), 0);
	assert_int_equal(smccc, 0);
	mock_conduit_assert_done(&m);
}

/* Bad input never reaches the hypervisor. */
static void test_mem_input_errors(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c = MOCK_CONDUIT(&m);
	struct armcvm_kvm_mem_result r;
	struct armcvm_smccc_regs regs;
	struct armcvm_kvm_ptp p;

	(void)state;
	mock_conduit_reset(&m);
	assert_int_equal(armcvm_kvm_mem_share(&c, 0x80000800, 0x1000, &r),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_kvm_mem_share(&c, 0x80000000, 0x1800, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mem_share(&c, 0x80000000, 0x20000, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mem_share_range(&c, 0x80000000, 0x1000, 0,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mem_share_range(&c, 0xFFFFFFFFFFFFF000ULL,
			 0x1000, 2, &r), -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_kvm_mem_share(&c, 0x80000000, 0x1000, NULL),
			 -ARMCVM_ERR_INVAL);
	/* Ranged form of a call that has none; multi-granule legacy form. */
	assert_int_equal(armcvm_kvm_mem_call(&c, ARMCVM_SMC_KVM_MEM_RELINQUISH,
			 0x80000000, 0x1000, 2, true, &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mem_call(&c, ARMCVM_SMC_KVM_MEM_SHARE,
			 0x80000000, 0x1000, 2, false, &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mem_call(&c, ARMCVM_SMC_KVM_FEATURES,
			 0x80000000, 0x1000, 1, false, &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mem_encode(ARMCVM_SMC_KVM_MEM_SHARE,
			 0x80000000, 0x1000, 1, false, NULL), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_ptp(&c, 2, &p), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_ptp(&c, 0, NULL), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_mmio_guard_enroll(&c, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_uint_equal(m.queued, 0);
	/* Decoders: impossible progress is a protocol error. */
	memset(&regs, 0, sizeof(regs));
	assert_int_equal(armcvm_kvm_mem_decode(&regs, 4, true, &r),
			 -ARMCVM_ERR_PROTOCOL);
	regs.x[1] = 5;
	assert_int_equal(armcvm_kvm_mem_decode(&regs, 4, true, &r),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(armcvm_kvm_mem_decode(NULL, 4, true, &r),
			 -ARMCVM_ERR_INVAL);
}

static void test_ptp(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c = MOCK_CONDUIT(&m);
	const uint64_t phys[1] = { 1 };
	const uint64_t virt[1] = { 0 };
	const uint64_t ok[4] = { 0x12345678, 0x9abcdef0, 0x11, 0x22334455 };
	const uint64_t ns[4] = { 0xFFFFFFFF, 0, 0, 0 };
	struct armcvm_kvm_ptp p;

	(void)state;
	mock_conduit_reset(&m);
	reply(&m, 0x86000001U, 1, phys, 4, ok);
	reply(&m, 0x86000001U, 1, virt, 4, ns);
	assert_int_equal(armcvm_kvm_ptp(&c, ARMCVM_KVM_PTP_PHYS_COUNTER, &p),
			 0);
	assert_int_equal(p.smccc, 0);
	assert_uint_equal(p.wall_ns, 0x123456789abcdef0ULL);
	assert_uint_equal(p.counter, 0x0000001122334455ULL);
	assert_int_equal(armcvm_kvm_ptp(&c, ARMCVM_KVM_PTP_VIRT_COUNTER, &p),
			 0);
	assert_int_equal(p.smccc, -1);
	mock_conduit_assert_done(&m);
}

static struct armcvm_kvm_meminfo meminfo(bool ranged)
{
	struct armcvm_kvm_meminfo mi = { 0, FAKE_GRANULE, ranged ? 1U : 0U,
					 ranged };
	return mi;
}

static void test_range_single_granules(void **state)
{
	struct fake_hyp h = { .fail_code = -3 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_kvm_meminfo mi = meminfo(false);
	struct armcvm_kvm_range_result r;

	(void)state;
	/* An unaligned byte range covers every granule it touches. */
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true,
			 FAKE_BASE + 0x800, 0x2000, &r), 0);
	assert_true(r.complete);
	assert_uint_equal(r.base, FAKE_BASE);
	assert_uint_equal(r.size, 0x3000);
	assert_uint_equal(r.bytes_done, 0x3000);
	assert_uint_equal(r.calls, 3);
	assert_uint_equal(fake_shared_count(&h), 3);
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, false, FAKE_BASE,
			 0x3000, &r), 0);
	assert_true(r.complete);
	assert_uint_equal(fake_shared_count(&h), 0);
	assert_uint_equal(h.bad_regs, 0);
}

static void test_range_partial_progress(void **state)
{
	struct fake_hyp h = { .ranged = true, .budget = 3, .fail_code = -3 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_kvm_meminfo mi = meminfo(true);
	struct armcvm_kvm_range_result r;

	(void)state;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE,
			 10 * FAKE_GRANULE, &r), 0);
	assert_true(r.complete);
	assert_uint_equal(r.calls, 4);	/* 3 + 3 + 3 + 1 */
	assert_uint_equal(fake_shared_count(&h), 10);
	assert_uint_equal(h.bad_regs, 0);
}

static void test_range_failure_midway(void **state)
{
	struct fake_hyp h = { .ranged = true, .budget = 4, .fail_code = -3,
			      .fail_ipa = FAKE_BASE + 6 * FAKE_GRANULE };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_kvm_meminfo mi = meminfo(true);
	struct armcvm_kvm_range_result r;

	(void)state;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE,
			 10 * FAKE_GRANULE, &r), 0);
	assert_false(r.complete);
	assert_uint_equal(r.bytes_done, 6 * FAKE_GRANULE);
	assert_int_equal(r.smccc, -3);
	assert_uint_equal(r.failed_ipa, FAKE_BASE + 6 * FAKE_GRANULE);
	assert_uint_equal(fake_shared_count(&h), 6);
	/* Same in the one-granule-per-call mode. */
	memset(h.shared, 0, sizeof(h.shared));
	h.ranged = false;
	mi = meminfo(false);
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE,
			 10 * FAKE_GRANULE, &r), 0);
	assert_false(r.complete);
	assert_uint_equal(r.bytes_done, 6 * FAKE_GRANULE);
	assert_uint_equal(r.calls, 7);
}

static void test_range_zero_progress(void **state)
{
	struct fake_hyp h = { .ranged = true, .zero_progress = true };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_kvm_meminfo mi = meminfo(true);
	struct armcvm_kvm_range_result r;

	(void)state;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE,
			 4 * FAKE_GRANULE, &r), -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(r.calls, 1);
	assert_uint_equal(r.bytes_done, 0);
	h.zero_progress = false;
	h.overreport = true;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE,
			 4 * FAKE_GRANULE, &r), -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(r.calls, 1);
}

static void test_range_input_errors(void **state)
{
	struct fake_hyp h = { 0 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_kvm_meminfo mi = meminfo(false);
	struct armcvm_kvm_range_result r;

	(void)state;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE, 0,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_range_update(&c, NULL, true, FAKE_BASE, 1,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE, 1,
			 NULL), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true,
			 0xFFFFFFFFFFFFF800ULL, 0x1000, &r), -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true,
			 0xFFFFFFFFFFFFF000ULL, 0x800, &r), -ARMCVM_ERR_RANGE);
	mi.smccc = -3;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE, 1,
			 &r), -ARMCVM_ERR_INVAL);
	mi = meminfo(false);
	mi.granule = 0x1800;
	assert_int_equal(armcvm_kvm_range_update(&c, &mi, true, FAKE_BASE, 1,
			 &r), -ARMCVM_ERR_INVAL);
	assert_uint_equal(h.calls, 0);
}

#if defined(__aarch64__)
static void trap_pkvm(void *ctx, bool hvc, struct armcvm_smccc_regs *regs)
{
	struct armcvm_smccc_regs in = *regs;

	assert_true(hvc);
	fake_pkvm_call(ctx, &in, regs);
}

static void test_trap_real_hvc(void **state)
{
	static const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;
	struct fake_hyp h = { .ranged = true, .budget = 2, .fail_code = -3 };
	struct armcvm_kvm_meminfo mi;
	struct armcvm_kvm_range_result r;

	(void)state;
	assert_int_equal(trap_firmware_install(trap_pkvm, &h), 0);
	assert_int_equal(armcvm_kvm_hyp_meminfo(&hvc, &mi), 0);
	assert_int_equal(armcvm_kvm_range_update(&hvc, &mi, true, FAKE_BASE,
			 5 * FAKE_GRANULE, &r), 0);
	trap_firmware_remove();
	assert_true(mi.has_range);
	assert_true(r.complete);
	assert_uint_equal(r.calls, 3);
	assert_uint_equal(fake_shared_count(&h), 5);
	assert_uint_equal(h.bad_regs, 0);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_call_uid),
		cmocka_unit_test(test_features),
		cmocka_unit_test(test_meminfo),
		cmocka_unit_test(test_mem_calls),
		cmocka_unit_test(test_mem_input_errors),
		cmocka_unit_test(test_ptp),
		cmocka_unit_test(test_range_single_granules),
		cmocka_unit_test(test_range_partial_progress),
		cmocka_unit_test(test_range_failure_midway),
		cmocka_unit_test(test_range_zero_progress),
		cmocka_unit_test(test_range_input_errors),
#if defined(__aarch64__)
		cmocka_unit_test(test_trap_real_hvc),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
