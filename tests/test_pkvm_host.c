/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * pKVM host hypercalls: every call of every target table against the
 * reference order (typed here from pkvm.md 2.1 / 2.3 / 2.4 and the v6.16-era
 * kvm_asm.h, independently of include/armcvm/pkvm_host_tables.h), the
 * windows, the typed wrappers through a recording mock, decode rules, and on
 * aarch64 a real hvc #0 trapped by trap_firmware.
 */
#include <string.h>

#include "armcvm_test.h"
#include "trap_firmware.h"

#define H(x)	ARMCVM_PKVM_HCALL_##x
#define NOT_SUPPORTED	0xFFFFFFFFFFFFFFFFULL
#define EINVAL_X1	((uint64_t)(int64_t)-22)
#define EPERM_X1	((uint64_t)(int64_t)-1)

/* pkvm.md 2.1 table, n = index. */
static const enum armcvm_pkvm_hcall ref_v7_1[] = {
	H(KVM_HYP_INIT), H(INIT), H(CREATE_PRIVATE_MAPPING), H(CPU_SET_VECTOR),
	H(KVM_ENABLE_SSBS), H(VGIC_V3_INIT_LRS), H(VGIC_V3_GET_GIC_CONFIG),
	H(PROT_FINALIZE), H(KVM_ADJUST_PC), H(KVM_VCPU_RUN),
	H(KVM_FLUSH_VM_CONTEXT), H(KVM_TLB_FLUSH_VMID_IPA),
	H(KVM_TLB_FLUSH_VMID_IPA_NSH), H(KVM_TLB_FLUSH_VMID),
	H(KVM_TLB_FLUSH_VMID_RANGE), H(KVM_FLUSH_CPU_CONTEXT),
	H(KVM_TIMER_SET_CNTVOFF), H(TRACING_LOAD), H(TRACING_UNLOAD),
	H(TRACING_ENABLE), H(TRACING_SWAP_READER), H(TRACING_UPDATE_CLOCK),
	H(TRACING_RESET), H(TRACING_ENABLE_EVENT), H(TRACING_WRITE_EVENT),
	H(VGIC_V3_SAVE_APRS), H(VGIC_V3_RESTORE_VMCR_APRS),
	H(VGIC_V5_SAVE_APR), H(VGIC_V5_RESTORE_VMCR_APR),
	H(HOST_SHARE_HYP), H(HOST_UNSHARE_HYP), H(HOST_DONATE_GUEST),
	H(HOST_SHARE_GUEST), H(HOST_UNSHARE_GUEST), H(HOST_RELAX_PERMS_GUEST),
	H(HOST_WRPROTECT_GUEST), H(HOST_TEST_CLEAR_YOUNG_GUEST),
	H(HOST_MKYOUNG_GUEST), H(RESERVE_VM), H(UNRESERVE_VM), H(INIT_VM),
	H(INIT_VCPU), H(VCPU_IN_POISON_FAULT), H(FORCE_RECLAIM_GUEST_PAGE),
	H(RECLAIM_DYING_GUEST_PAGE), H(START_TEARDOWN_VM),
	H(FINALIZE_TEARDOWN_VM), H(VCPU_LOAD), H(VCPU_PUT), H(TLB_FLUSH_VMID),
};

/* v6.16-era kvm_asm.h (Kingxukai/linux @ 0291023e7330), n = index. */
static const enum armcvm_pkvm_hcall ref_v6_16[] = {
	H(KVM_HYP_INIT), H(INIT), H(CREATE_PRIVATE_MAPPING), H(CPU_SET_VECTOR),
	H(KVM_ENABLE_SSBS), H(VGIC_V3_INIT_LRS), H(VGIC_V3_GET_GIC_CONFIG),
	H(PROT_FINALIZE), H(HOST_SHARE_HYP), H(HOST_UNSHARE_HYP),
	H(HOST_SHARE_GUEST), H(HOST_UNSHARE_GUEST), H(HOST_RELAX_PERMS_GUEST),
	H(HOST_WRPROTECT_GUEST), H(HOST_TEST_CLEAR_YOUNG_GUEST),
	H(HOST_MKYOUNG_GUEST), H(KVM_ADJUST_PC), H(KVM_VCPU_RUN),
	H(KVM_FLUSH_VM_CONTEXT), H(KVM_TLB_FLUSH_VMID_IPA),
	H(KVM_TLB_FLUSH_VMID_IPA_NSH), H(KVM_TLB_FLUSH_VMID),
	H(KVM_TLB_FLUSH_VMID_RANGE), H(KVM_FLUSH_CPU_CONTEXT),
	H(KVM_TIMER_SET_CNTVOFF), H(VGIC_V3_SAVE_VMCR_APRS),
	H(VGIC_V3_RESTORE_VMCR_APRS), H(INIT_VM), H(INIT_VCPU),
	H(TEARDOWN_VM), H(VCPU_LOAD), H(VCPU_PUT), H(TLB_FLUSH_VMID),
};

/* pkvm.md 2.3 "Old upstream (~v6.2)", n as listed. */
static const enum armcvm_pkvm_hcall ref_v6_2[] = {
	H(KVM_HYP_INIT), H(KVM_GET_MDCR_EL2), H(INIT),
	H(CREATE_PRIVATE_MAPPING), H(CPU_SET_VECTOR), H(KVM_ENABLE_SSBS),
	H(VGIC_V3_INIT_LRS), H(VGIC_V3_GET_GIC_CONFIG), H(PROT_FINALIZE),
	H(HOST_SHARE_HYP), H(HOST_UNSHARE_HYP), H(KVM_ADJUST_PC),
	H(KVM_VCPU_RUN), H(KVM_FLUSH_VM_CONTEXT), H(KVM_TLB_FLUSH_VMID_IPA),
	H(KVM_TLB_FLUSH_VMID_IPA_NSH), H(KVM_TLB_FLUSH_VMID),
	H(KVM_FLUSH_CPU_CONTEXT), H(KVM_TIMER_SET_CNTVOFF),
	H(VGIC_V3_READ_VMCR), H(VGIC_V3_WRITE_VMCR), H(VGIC_V3_SAVE_APRS),
	H(VGIC_V3_RESTORE_APRS), H(VCPU_INIT_TRAPS), H(INIT_VM), H(INIT_VCPU),
	H(TEARDOWN_VM),
};

/* pkvm.md 2.4 host_hcall[] order; n = 1 + position (UNCONFIRMED). */
static const enum armcvm_pkvm_hcall ref_ack[] = {
	H(KVM_HYP_INIT), H(KVM_GET_MDCR_EL2), H(INIT),
	H(CREATE_PRIVATE_MAPPING), H(CPU_SET_VECTOR), H(KVM_ENABLE_SSBS),
	H(VGIC_V3_INIT_LRS), H(VGIC_V3_GET_GIC_CONFIG), H(KVM_FLUSH_VM_CONTEXT),
	H(KVM_TLB_FLUSH_VMID_IPA), H(KVM_TLB_FLUSH_VMID_IPA_NSH),
	H(KVM_TLB_FLUSH_VMID), H(KVM_TLB_FLUSH_VMID_RANGE),
	H(KVM_FLUSH_CPU_CONTEXT), H(ALLOC_MODULE_VA), H(MAP_MODULE_PAGE),
	H(UNMAP_MODULE_PAGE), H(INIT_MODULE), H(REGISTER_HCALL), H(IOMMU_INIT),
	H(DEVICES_INIT), H(PROT_FINALIZE), H(HOST_SHARE_HYP),
	H(HOST_UNSHARE_HYP), H(HOST_DONATE_GUEST), H(HOST_DONATE_GUEST_SGLIST),
	H(HOST_SHARE_GUEST), H(HOST_UNSHARE_GUEST), H(HOST_RELAX_PERMS_GUEST),
	H(HOST_WRPROTECT_GUEST), H(HOST_TEST_CLEAR_YOUNG_GUEST),
	H(HOST_MKYOUNG_GUEST), H(HOST_SPLIT_GUEST), H(KVM_ADJUST_PC),
	H(KVM_VCPU_RUN), H(KVM_TIMER_SET_CNTVOFF), H(VGIC_V3_SAVE_VMCR_APRS),
	H(VGIC_V3_RESTORE_VMCR_APRS), H(INIT_VM), H(INIT_VCPU),
	H(START_TEARDOWN_VM), H(FINALIZE_TEARDOWN_VM),
	H(RECLAIM_DYING_GUEST_PAGE), H(RECLAIM_DYING_GUEST_FFA_RESOURCES),
	H(NOTIFY_GUEST_VM_AVAIL), H(VCPU_LOAD), H(VCPU_PUT), H(VCPU_SYNC_STATE),
	H(UPDATE_CLOCK_TRACING), H(LOAD_TRACING), H(TEARDOWN_TRACING),
	H(ENABLE_TRACING), H(RESET_TRACING), H(SWAP_READER_TRACING),
	H(ENABLE_EVENT), H(SELFTEST_EVENT), H(SYNC_FTRACE), H(DISABLE_FTRACE),
	H(TLB_FLUSH_VMID), H(HYP_ALLOC_MGT_REFILL),
	H(HYP_ALLOC_MGT_RECLAIMABLE), H(HYP_ALLOC_MGT_RECLAIM),
	H(HOST_IOMMU_ALLOC_DOMAIN), H(HOST_IOMMU_FREE_DOMAIN),
	H(HOST_IOMMU_ATTACH_DEV), H(HOST_IOMMU_ATTACH_DEV_NESTED),
	H(HOST_IOMMU_DETACH_DEV), H(HOST_IOMMU_DETACH_DEV_NESTED),
	H(HOST_IOMMU_IOTLB_INV_NESTED_DOMAIN), H(HOST_IOMMU_NESTED_CFG_SYNC),
	H(HOST_IOMMU_MAP_PAGES), H(HOST_IOMMU_UNMAP_PAGES),
	H(HOST_IOMMU_IOVA_TO_PHYS), H(HOST_IOMMU_IOTLB_SYNC_MAP),
	H(HOST_HVC_PD), H(PTDUMP), H(HOST_IOMMU_MAP_SG),
	H(HOST_DONATE_HYP_MMIO), H(HOST_RECLAIM_HYP_MMIO),
	H(HOST_MAP_GUEST_MMIO), H(PVIOMMU_ATTACH), H(PVIOMMU_ADD_VSID),
	H(HOST_GET_FFA_VERSION),
};

static void get_target(enum armcvm_pkvm_target_id id,
		       struct armcvm_pkvm_target *t)
{
	assert_int_equal(armcvm_pkvm_target_get(id,
			 ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED, t), 0);
}

/* Every reference entry resolves to n = its index; nothing else exists. */
static void check_table(enum armcvm_pkvm_target_id id,
			const enum armcvm_pkvm_hcall *ref, size_t n)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_hcall_desc d;
	unsigned int i, found = 0;

	get_target(id, &t);
	assert_uint_equal(t.count, n);
	for (i = 0; i < n; i++) {
		assert_int_equal(armcvm_pkvm_lookup(&t, ref[i], &d), 0);
		assert_int_equal(d.call, ref[i]);
		assert_uint_equal(d.num, i);
		assert_uint_equal(ARMCVM_PKVM_HOST_FID(d.num), 0xC6000000U | i);
	}
	for (i = 0; i < ARMCVM_PKVM_HCALL_COUNT; i++) {
		if (armcvm_pkvm_lookup(&t, (enum armcvm_pkvm_hcall)i, &d) == 0) {
			found++;
		} else {
			assert_int_equal(armcvm_pkvm_lookup(&t,
				(enum armcvm_pkvm_hcall)i, &d),
				-ARMCVM_ERR_NOENT);
		}
	}
	assert_uint_equal(found, n);
}

static void test_table_v7_1(void **state)
{
	(void)state;
	check_table(ARMCVM_PKVM_TARGET_V7_1, ref_v7_1, ARRAY_SIZE(ref_v7_1));
}

static void test_table_v6_16(void **state)
{
	(void)state;
	check_table(ARMCVM_PKVM_TARGET_V6_16, ref_v6_16,
		    ARRAY_SIZE(ref_v6_16));
}

static void test_table_v6_2(void **state)
{
	(void)state;
	check_table(ARMCVM_PKVM_TARGET_V6_2, ref_v6_2, ARRAY_SIZE(ref_v6_2));
}

static void test_table_ack(void **state)
{
	(void)state;
	check_table(ARMCVM_PKVM_TARGET_ANDROID16_6_12, ref_ack,
		    ARRAY_SIZE(ref_ack));
}

/* FIDs quoted in pkvm.md 2.1 and 2.3. */
static void test_reference_fids(void **state)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_hcall_desc d;

	(void)state;
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(HOST_SHARE_HYP), &d), 0);
	assert_uint_equal(ARMCVM_PKVM_HOST_FID(d.num), 0xC600001DU);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(TLB_FLUSH_VMID), &d), 0);
	assert_uint_equal(ARMCVM_PKVM_HOST_FID(d.num), 0xC6000031U);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(INIT), &d), 0);
	assert_uint_equal(ARMCVM_PKVM_HOST_FID(d.num), 0xC6000001U);
	get_target(ARMCVM_PKVM_TARGET_V6_2, &t);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(TEARDOWN_VM), &d), 0);
	assert_uint_equal(d.num, 26);
}

static void test_missing_calls(void **state)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_hcall_desc d;
	struct armcvm_pkvm_result res;
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);

	(void)state;
	mock_conduit_reset(&m);
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(TEARDOWN_VM), &d),
			 -ARMCVM_ERR_NOENT);
	get_target(ARMCVM_PKVM_TARGET_V6_2, &t);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(HOST_DONATE_GUEST), &d),
			 -ARMCVM_ERR_NOENT);
	get_target(ARMCVM_PKVM_TARGET_V6_16, &t);
	assert_int_equal(armcvm_pkvm_host_reserve_vm(&c, &t, &res),
			 -ARMCVM_ERR_NOENT);
	assert_int_equal(armcvm_pkvm_host_donate_guest(&c, &t, 1, 2, &res),
			 -ARMCVM_ERR_NOENT);
	assert_int_equal(armcvm_pkvm_host_start_teardown_vm(&c, &t, 0x1000,
			 &res), -ARMCVM_ERR_NOENT);
	/* Known FID but unknown layout: refused, nothing issued. */
	get_target(ARMCVM_PKVM_TARGET_V6_2, &t);
	assert_int_equal(armcvm_pkvm_host_share_hyp(&c, &t, 5, &res),
			 -ARMCVM_ERR_NOTSUPP);
	mock_conduit_assert_done(&m);
	assert_uint_equal(m.queued, 0);
}

static void test_target_get_errors(void **state)
{
	struct armcvm_pkvm_target t, bad;
	struct armcvm_pkvm_hcall_desc d;

	(void)state;
	assert_int_equal(armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 0,
			 NULL), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 2,
			 &t), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_COUNT, 0,
			 &t), -ARMCVM_ERR_NOENT);
	/* ACK numbers are unconfirmed: refused without the opt-in. */
	assert_int_equal(armcvm_pkvm_target_get(
			 ARMCVM_PKVM_TARGET_ANDROID16_6_12, 0, &t),
			 -ARMCVM_ERR_NOTSUPP);
	get_target(ARMCVM_PKVM_TARGET_ANDROID16_6_12, &t);
	assert_false(t.confirmed);
	/* A copy with the opt-in cleared is refused at lookup too. */
	bad = t;
	bad.allow_unconfirmed = false;
	assert_int_equal(armcvm_pkvm_lookup(&bad, H(PROT_FINALIZE), &d),
			 -ARMCVM_ERR_NOTSUPP);
	assert_int_equal(armcvm_pkvm_lookup(NULL, H(INIT), &d),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_lookup(&t, H(INIT), NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_lookup(&t, ARMCVM_PKVM_HCALL_COUNT, &d),
			 -ARMCVM_ERR_INVAL);
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	assert_true(t.confirmed);
	assert_string_equal(t.name, "v7.1");
}

static void expect_window(enum armcvm_pkvm_target_id id,
			  enum armcvm_pkvm_hcall call, int pre, int post)
{
	struct armcvm_pkvm_target t;

	get_target(id, &t);
	assert_int_equal(armcvm_pkvm_hcall_accepted(&t, call, false), pre);
	assert_int_equal(armcvm_pkvm_hcall_accepted(&t, call, true), post);
}

/* pkvm.md 1.4 (v7.1 bands) and 2.3 / 2.4 (hcall_min = prot_finalize). */
static void test_windows(void **state)
{
	struct armcvm_pkvm_target t;

	(void)state;
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(KVM_HYP_INIT), 0, 0);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(INIT), 1, 0);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(VGIC_V3_GET_GIC_CONFIG), 1, 0);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(PROT_FINALIZE), 1, 1);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(KVM_VCPU_RUN), 1, 1);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(VGIC_V5_RESTORE_VMCR_APR),
		      1, 1);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(HOST_SHARE_HYP), 0, 1);
	expect_window(ARMCVM_PKVM_TARGET_V7_1, H(TLB_FLUSH_VMID), 0, 1);
	expect_window(ARMCVM_PKVM_TARGET_V6_16, H(CPU_SET_VECTOR), 1, 0);
	expect_window(ARMCVM_PKVM_TARGET_V6_16, H(PROT_FINALIZE), 1, 1);
	expect_window(ARMCVM_PKVM_TARGET_V6_16, H(HOST_SHARE_HYP), 1, 1);
	expect_window(ARMCVM_PKVM_TARGET_V6_2, H(KVM_GET_MDCR_EL2), 1, 0);
	expect_window(ARMCVM_PKVM_TARGET_V6_2, H(TEARDOWN_VM), 1, 1);
	expect_window(ARMCVM_PKVM_TARGET_ANDROID16_6_12, H(DEVICES_INIT), 1, 0);
	expect_window(ARMCVM_PKVM_TARGET_ANDROID16_6_12, H(PROT_FINALIZE),
		      1, 1);
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	assert_int_equal(armcvm_pkvm_hcall_accepted(&t, H(TEARDOWN_VM), true),
			 -ARMCVM_ERR_NOENT);
	assert_int_equal(armcvm_pkvm_hcall_accepted(NULL, H(INIT), true),
			 -ARMCVM_ERR_INVAL);
}

static uint64_t arg_pat(unsigned int i)
{
	return 0x1000000000000000ULL * (i + 1) + 0x1111ULL * (i + 1);
}

/* Every call with a known layout on every target reaches the mock with its
 * FID and arguments; x1 decodes by the call's result kind. */
static void check_all_calls(enum armcvm_pkvm_target_id id,
			    const enum armcvm_pkvm_hcall *ref, size_t n)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_hcall_desc d;
	struct armcvm_pkvm_result res;
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	uint64_t args[8];
	unsigned int i, k;

	get_target(id, &t);
	for (i = 0; i < n; i++) {
		assert_int_equal(armcvm_pkvm_lookup(&t, ref[i], &d), 0);
		mock_conduit_reset(&m);
		if (d.nargs == ARMCVM_PKVM_NARGS_UNKNOWN) {
			assert_int_equal(armcvm_pkvm_host_call(&c, &t, ref[i],
					 NULL, 0, &res), -ARMCVM_ERR_NOTSUPP);
			assert_uint_equal(m.queued, 0);
			continue;
		}
		for (k = 0; k < d.nargs; k++) {
			args[k] = arg_pat(k);
		}
		{
			const uint64_t rep[2] = { 0, EINVAL_X1 };

			mock_conduit_reply(mock_conduit_expect(&m,
				0xC6000000U | i, d.nargs, args), 2, rep);
		}
		assert_int_equal(armcvm_pkvm_host_call(&c, &t, ref[i], args,
				 d.nargs, &res), 0);
		mock_conduit_assert_done(&m);
		assert_int_equal(res.smccc, 0);
		if (d.ret == ARMCVM_PKVM_RET_RAW) {
			assert_uint_equal(res.value, EINVAL_X1);
			assert_int_equal(res.err, 0);
		} else if (d.ret == ARMCVM_PKVM_RET_NONE) {
			assert_false(res.x1_written);
		} else {
			assert_true(res.x1_written);
			assert_int_equal(res.err, -22);
		}
		/* One argument too many is refused before any call. */
		assert_int_equal(armcvm_pkvm_host_call(&c, &t, ref[i], args,
				 d.nargs + 1U, &res), -ARMCVM_ERR_INVAL);
	}
}

static void test_every_call_every_target(void **state)
{
	(void)state;
	check_all_calls(ARMCVM_PKVM_TARGET_V7_1, ref_v7_1,
			ARRAY_SIZE(ref_v7_1));
	check_all_calls(ARMCVM_PKVM_TARGET_V6_16, ref_v6_16,
			ARRAY_SIZE(ref_v6_16));
	check_all_calls(ARMCVM_PKVM_TARGET_V6_2, ref_v6_2,
			ARRAY_SIZE(ref_v6_2));
	check_all_calls(ARMCVM_PKVM_TARGET_ANDROID16_6_12, ref_ack,
			ARRAY_SIZE(ref_ack));
}

struct wcase {
	unsigned int num;		/* v7.1 n (pkvm.md 2.1) */
	unsigned int nargs;
	uint64_t args[4];
};

static void expect(struct mock_conduit_state *m, const struct wcase *w,
		   uint64_t x0, uint64_t x1, unsigned int nres)
{
	const uint64_t rep[2] = { x0, x1 };

	mock_conduit_reply(mock_conduit_expect(m, 0xC6000000U | w->num,
			   w->nargs, w->args), nres, rep);
}

/* The typed v7.1 wrappers: FID, argument registers, result meaning. */
static void test_typed_wrappers_v7_1(void **state)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_result r;
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	const struct wcase share_hyp = { 29, 1, { 0x80000 } };
	const struct wcase unshare_hyp = { 30, 1, { 0x80000 } };
	const struct wcase donate = { 31, 2, { 0x81000, 0x40 } };
	const struct wcase share_g = { 32, 4, { 0x81000, 0x40, 1, 7 } };
	const struct wcase unshare_g = { 33, 3, { 0x1001, 0x40, 1 } };
	const struct wcase relax = { 34, 2, { 0x40, 6 } };
	const struct wcase wrprot = { 35, 3, { 0x1002, 0x40, 512 } };
	const struct wcase young = { 36, 4, { 0x1002, 0x40, 1, 1 } };
	const struct wcase mkyoung = { 37, 1, { 0x40 } };
	const struct wcase reserve = { 38, 0, { 0 } };
	const struct wcase unreserve = { 39, 1, { 0x1003 } };
	const struct wcase init_vm = { 40, 3, { 0xffff000012340000ULL,
						0xffff800000100000ULL,
						0xffff800000200000ULL } };
	const struct wcase init_vcpu = { 41, 3, { 0x1003,
						  0xffff000012350000ULL,
						  0xffff800000300000ULL } };
	const struct wcase poison = { 42, 0, { 0 } };
	const struct wcase force = { 43, 1, { 0x81234000 } };
	const struct wcase dying = { 44, 2, { 0x1003, 0x41 } };
	const struct wcase start_td = { 45, 1, { 0x1003 } };
	const struct wcase fin_td = { 46, 1, { 0x1003 } };
	const struct wcase load = { 47, 3, { 0x1003, 2, 0x80000000ULL } };
	const struct wcase put = { 48, 0, { 0 } };
	const struct wcase flush = { 49, 1, { 0x1003 } };

	(void)state;
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	mock_conduit_reset(&m);
	expect(&m, &share_hyp, 0, 0, 2);
	expect(&m, &unshare_hyp, 0, (uint64_t)(int64_t)-16, 2); /* -EBUSY */
	expect(&m, &donate, 0, EINVAL_X1, 2);
	expect(&m, &share_g, 0, 0, 2);
	expect(&m, &unshare_g, 0, (uint64_t)(int64_t)-2, 2);
	expect(&m, &relax, 0, 0, 2);
	expect(&m, &wrprot, 0, EPERM_X1, 2);
	expect(&m, &young, 0, 1, 2);
	expect(&m, &mkyoung, 0, 0, 2);
	expect(&m, &reserve, 0, 0x1003, 2);
	expect(&m, &unreserve, 0, 0, 1);	/* void: x1 untouched */
	expect(&m, &init_vm, 0, 0, 2);
	expect(&m, &init_vcpu, 0, (uint64_t)(int64_t)-12, 2);
	expect(&m, &poison, 0, 1, 2);
	expect(&m, &force, 0, (uint64_t)(int64_t)-11, 2);
	expect(&m, &dying, 0, 0, 2);
	expect(&m, &start_td, 0, EINVAL_X1, 2);
	expect(&m, &fin_td, 0, 0, 2);
	expect(&m, &load, 0, 0, 1);
	expect(&m, &put, 0, 0, 1);
	expect(&m, &flush, NOT_SUPPORTED, 0, 1);

	assert_int_equal(armcvm_pkvm_host_share_hyp(&c, &t, 0x80000, &r), 0);
	assert_int_equal(r.smccc, 0);
	assert_int_equal(r.err, 0);
	assert_int_equal(armcvm_pkvm_host_unshare_hyp(&c, &t, 0x80000, &r), 0);
	assert_int_equal(r.err, -16);
	assert_int_equal(armcvm_pkvm_host_donate_guest(&c, &t, 0x81000, 0x40,
			 &r), 0);
	assert_int_equal(r.err, -22);
	assert_int_equal(armcvm_pkvm_host_share_guest(&c, &t, 0x81000, 0x40,
			 1, 7, &r), 0);
	assert_int_equal(r.err, 0);
	assert_int_equal(armcvm_pkvm_host_unshare_guest(&c, &t, 0x1001, 0x40,
			 1, &r), 0);
	assert_int_equal(r.err, -2);
	assert_int_equal(armcvm_pkvm_host_relax_perms_guest(&c, &t, 0x40, 6,
			 &r), 0);
	assert_int_equal(armcvm_pkvm_host_wrprotect_guest(&c, &t, 0x1002, 0x40,
			 512, &r), 0);
	assert_int_equal(r.err, -1);
	assert_int_equal(armcvm_pkvm_host_test_clear_young_guest(&c, &t,
			 0x1002, 0x40, 1, true, &r), 0);
	assert_int_equal(r.err, 0);
	assert_uint_equal(r.value, 1);
	assert_int_equal(armcvm_pkvm_host_mkyoung_guest(&c, &t, 0x40, &r), 0);
	assert_int_equal(armcvm_pkvm_host_reserve_vm(&c, &t, &r), 0);
	assert_int_equal(r.ret, ARMCVM_PKVM_RET_HANDLE);
	assert_uint_equal(r.value, 0x1003);
	assert_int_equal(armcvm_pkvm_host_unreserve_vm(&c, &t, 0x1003, &r), 0);
	assert_false(r.x1_written);
	assert_uint_equal(r.x1, 0x1003);	/* the caller's own x1 */
	assert_int_equal(armcvm_pkvm_host_init_vm(&c, &t, init_vm.args[0],
			 init_vm.args[1], init_vm.args[2], &r), 0);
	assert_int_equal(armcvm_pkvm_host_init_vcpu(&c, &t, 0x1003,
			 init_vcpu.args[1], init_vcpu.args[2], &r), 0);
	assert_int_equal(r.err, -12);
	assert_int_equal(armcvm_pkvm_host_vcpu_in_poison_fault(&c, &t, &r), 0);
	assert_uint_equal(r.value, 1);
	assert_int_equal(armcvm_pkvm_host_force_reclaim_guest_page(&c, &t,
			 0x81234000, &r), 0);
	assert_int_equal(r.err, -11);
	assert_int_equal(armcvm_pkvm_host_reclaim_dying_guest_page(&c, &t,
			 0x1003, 0x41, &r), 0);
	assert_int_equal(armcvm_pkvm_host_start_teardown_vm(&c, &t, 0x1003,
			 &r), 0);
	assert_int_equal(r.err, -22);
	assert_int_equal(armcvm_pkvm_host_finalize_teardown_vm(&c, &t, 0x1003,
			 &r), 0);
	assert_int_equal(armcvm_pkvm_host_vcpu_load(&c, &t, 0x1003, 2,
			 0x80000000ULL, &r), 0);
	assert_false(r.x1_written);
	assert_int_equal(armcvm_pkvm_host_vcpu_put(&c, &t, &r), 0);
	assert_false(r.x1_written);
	/* Outside the window: the verdict is NOT_SUPPORTED, x1 untouched. */
	assert_int_equal(armcvm_pkvm_host_tlb_flush_vmid(&c, &t, 0x1003, &r),
			 0);
	assert_int_equal(r.smccc, -1);
	assert_false(r.x1_written);
	assert_int_equal(r.err, 0);
	mock_conduit_assert_done(&m);
}

/* Library-side argument checks: nothing is issued. */
static void test_wrapper_argument_errors(void **state)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_result r;
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);

	(void)state;
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	mock_conduit_reset(&m);
	assert_int_equal(armcvm_pkvm_host_share_guest(&c, &t, 1, 2, 0, 7, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_unshare_guest(&c, &t, 0xFFF, 2, 1,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_unshare_guest(&c, &t, 0x1000, 2, 0,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_wrprotect_guest(&c, &t, 0x10FF, 2, 1,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_wrprotect_guest(&c, &t, 0x1001, 2, 0,
			 &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_test_clear_young_guest(&c, &t, 0, 2,
			 1, false, &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_test_clear_young_guest(&c, &t,
			 0x1001, 2, 0, false, &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_unreserve_vm(&c, &t, 1, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_init_vcpu(&c, &t, 1, 2, 3, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_reclaim_dying_guest_page(&c, &t, 1,
			 2, &r), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_start_teardown_vm(&c, &t, 1, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_finalize_teardown_vm(&c, &t, 1, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_vcpu_load(&c, &t, 1, 0, 0, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_tlb_flush_vmid(&c, &t, 1, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_share_hyp(&c, &t, 1, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_uint_equal(m.queued, 0);
}

/* The same wrapper on the v6.16 layout issues that layout's FID. */
static void test_wrappers_follow_target(void **state)
{
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_result r;
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	const struct wcase share_g = { 10, 4, { 0x81000, 0x40, 1, 7 } };
	const struct wcase load = { 30, 3, { 0x1001, 0, 0 } };

	(void)state;
	get_target(ARMCVM_PKVM_TARGET_V6_16, &t);
	mock_conduit_reset(&m);
	expect(&m, &share_g, 0, 0, 2);
	expect(&m, &load, 0, 0, 1);
	assert_int_equal(armcvm_pkvm_host_share_guest(&c, &t, 0x81000, 0x40,
			 1, 7, &r), 0);
	assert_int_equal(armcvm_pkvm_host_vcpu_load(&c, &t, 0x1001, 0, 0, &r),
			 0);
	mock_conduit_assert_done(&m);
}

static void test_encode_decode(void **state)
{
	struct armcvm_pkvm_hcall_desc d = { H(HOST_SHARE_HYP), 29, 1,
					    ARMCVM_PKVM_RET_ERRNO };
	struct armcvm_smccc_regs regs;
	struct armcvm_pkvm_result r;
	const uint64_t a[1] = { 5 };
	unsigned int i;

	(void)state;
	memset(&regs, 0xAA, sizeof(regs));
	assert_int_equal(armcvm_pkvm_host_encode(&d, a, 1, &regs), 0);
	assert_uint_equal(regs.x[0], 0xC600001DU);
	assert_uint_equal(regs.x[1], 5);
	for (i = 2; i < 18; i++) {
		assert_uint_equal(regs.x[i], 0);
	}
	assert_int_equal(armcvm_pkvm_host_encode(NULL, a, 1, &regs),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_encode(&d, a, 1, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_encode(&d, NULL, 1, &regs),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_encode(&d, a, 0, &regs),
			 -ARMCVM_ERR_INVAL);
	d.nargs = ARMCVM_PKVM_NARGS_UNKNOWN;
	assert_int_equal(armcvm_pkvm_host_encode(&d, a, 1, &regs),
			 -ARMCVM_ERR_NOTSUPP);
	d.nargs = 1;

	/* x0 outside {SUCCESS, NOT_SUPPORTED}: the dispatcher never does it. */
	regs.x[0] = (uint64_t)(int64_t)-3;
	regs.x[1] = 0;
	assert_int_equal(armcvm_pkvm_host_decode(&d, &regs, &r),
			 -ARMCVM_ERR_PROTOCOL);
	assert_int_equal(r.smccc, -3);
	/* An errno handler cannot return a positive value. */
	regs.x[0] = 0;
	regs.x[1] = 5;
	assert_int_equal(armcvm_pkvm_host_decode(&d, &regs, &r),
			 -ARMCVM_ERR_PROTOCOL);
	/* VALUE: ERR_PTR range is an errno, anything else a value. */
	d.ret = ARMCVM_PKVM_RET_VALUE;
	regs.x[1] = (uint64_t)(int64_t)-4095;
	assert_int_equal(armcvm_pkvm_host_decode(&d, &regs, &r), 0);
	assert_int_equal(r.err, -4095);
	regs.x[1] = (uint64_t)(int64_t)-4096;
	assert_int_equal(armcvm_pkvm_host_decode(&d, &regs, &r), 0);
	assert_int_equal(r.err, 0);
	assert_uint_equal(r.value, (uint64_t)(int64_t)-4096);
	assert_int_equal(armcvm_pkvm_host_decode(NULL, &regs, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_decode(&d, NULL, &r),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_host_decode(&d, &regs, NULL),
			 -ARMCVM_ERR_INVAL);
}

#define ARMCVM_PKVM_FIXED_TARGET V7_1
/* Compile-time selection folds to constants. */
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_FIXED_FID(HOST_SHARE_HYP) == 0xC600001DU,
		     "fixed target v7.1 share_hyp");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_FIXED_FID(FINALIZE_TEARDOWN_VM) ==
		     0xC600002EU, "fixed target v7.1 finalize_teardown_vm");

static void test_names(void **state)
{
	unsigned int i;

	(void)state;
	assert_string_equal(armcvm_pkvm_hcall_name(H(HOST_SHARE_HYP)),
			    "__pkvm_host_share_hyp");
	assert_string_equal(armcvm_pkvm_hcall_name(H(KVM_VCPU_RUN)),
			    "__kvm_vcpu_run");
	assert_string_equal(armcvm_pkvm_hcall_name(ARMCVM_PKVM_HCALL_COUNT),
			    "<unknown>");
	for (i = 0; i < ARMCVM_PKVM_HCALL_COUNT; i++) {
		assert_true(strncmp(armcvm_pkvm_hcall_name(
			(enum armcvm_pkvm_hcall)i), "__", 2) == 0);
	}
}

#if defined(__aarch64__)
/* A tiny EL2 dispatcher for v7.1 after finalisation (pkvm.md 1.4). */
struct fake_el2 {
	unsigned int calls;
	uint64_t seen_x1;
	bool hvc;
};

static void fake_el2(void *ctx, bool hvc, struct armcvm_smccc_regs *r)
{
	struct fake_el2 *f = ctx;
	uint64_t id = (r->x[0] & ~(uint64_t)ARMCVM_SMCCC_SVE_HINT) -
		      0xC6000000U;

	f->calls++;
	f->hvc = hvc;
	f->seen_x1 = r->x[1];
	if (id < 7 || id >= 50) {
		r->x[0] = NOT_SUPPORTED;
		return;
	}
	r->x[0] = 0;
	if (id == 29) {	/* share_hyp: pretend the page is not host-owned */
		r->x[1] = EPERM_X1;
	}
	/* other handlers: void, x1 untouched */
}

static void test_trap_real_hvc(void **state)
{
	static const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_result r;
	struct fake_el2 f = { 0 };

	(void)state;
	get_target(ARMCVM_PKVM_TARGET_V7_1, &t);
	assert_int_equal(trap_firmware_install(fake_el2, &f), 0);
	assert_int_equal(armcvm_pkvm_host_share_hyp(&hvc, &t, 0x1234, &r), 0);
	assert_int_equal(armcvm_pkvm_host_vcpu_load(&hvc, &t, 0x1001, 3, 9,
			 &r), 0);
	trap_firmware_remove();
	assert_uint_equal(f.calls, 2);
	assert_true(f.hvc);
	assert_false(r.x1_written);
	assert_uint_equal(r.x1, 0x1001);
	assert_int_equal(r.smccc, 0);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_v7_1),
		cmocka_unit_test(test_table_v6_16),
		cmocka_unit_test(test_table_v6_2),
		cmocka_unit_test(test_table_ack),
		cmocka_unit_test(test_reference_fids),
		cmocka_unit_test(test_missing_calls),
		cmocka_unit_test(test_target_get_errors),
		cmocka_unit_test(test_windows),
		cmocka_unit_test(test_every_call_every_target),
		cmocka_unit_test(test_typed_wrappers_v7_1),
		cmocka_unit_test(test_wrapper_argument_errors),
		cmocka_unit_test(test_wrappers_follow_target),
		cmocka_unit_test(test_encode_decode),
		cmocka_unit_test(test_names),
#if defined(__aarch64__)
		cmocka_unit_test(test_trap_real_hvc),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
