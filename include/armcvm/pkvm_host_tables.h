/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_PKVM_HOST_TABLES_H
#define ARMCVM_PKVM_HOST_TABLES_H
/*
 * armcvm - the pKVM host hypercall tables, one list per kernel target.
 *
 * Pure data, written as X-macro lists so that one list feeds both the
 * run-time tables (static const arrays in lib/pkvm_host.c) and the
 * compile-time constants of pkvm_host.h (ARMCVM_PKVM_<TARGET>_<NAME>).
 * Each entry is
 *
 *	X(NAME, n, nargs, ret)
 *
 * NAME	the call (enum armcvm_pkvm_hcall without its prefix)
 * n	its position in that kernel's enum __kvm_host_smccc_func;
 *	FID = 0xC6000000 | n (KVM_HOST_SMCCC_ID(), pkvm.md 1.4). NOT a stable
 *	ABI: the numbers move between releases (pkvm.md 2.3).
 * nargs	argument registers x1.. the EL2 handler reads (its DECLARE_REG
 *	lines), or UNKNOWN when no source read for this file gives them
 * ret	what the handler leaves in x1 (enum armcvm_pkvm_ret without prefix)
 *
 * Entries are in ascending n. Markers (MIN_PKVM, PKVM_ONLY, MAX) take no
 * slot (MARKER(m) = m, __after_m = m - 1; pkvm.md 1.4); the windows are in
 * lib/pkvm_host.c next to each table. Adding a kernel release: see
 * docs/pkvm.md.
 */

/*
 * Upstream Linux v7.1 [S2 kvm_asm.h enum; S3 hyp-main.c handlers]
 * (pkvm.md 2.1). Confirmed against a public tree carrying the v7.1 enum
 * (intel-lab-lkp/linux @ 35800c651f0f) and a second one with the same list
 * (gwshan/linux @ a8e35bb7dc69). MIN_PKVM = 7, PKVM_ONLY = 29, MAX = 50.
 * Entry 0 (__kvm_hyp_init) is served by the hyp-init stub, not the table.
 */
#define ARMCVM_PKVM_TABLE_V7_1(X)					\
	X(KVM_HYP_INIT, 0, UNKNOWN, UNKNOWN)				\
	X(INIT, 1, 4, ERRNO)						\
	X(CREATE_PRIVATE_MAPPING, 2, 3, VALUE)				\
	X(CPU_SET_VECTOR, 3, 1, ERRNO)					\
	X(KVM_ENABLE_SSBS, 4, 0, NONE)					\
	X(VGIC_V3_INIT_LRS, 5, 0, NONE)					\
	X(VGIC_V3_GET_GIC_CONFIG, 6, 0, RAW)				\
	X(PROT_FINALIZE, 7, 0, ERRNO)					\
	X(KVM_ADJUST_PC, 8, 1, NONE)					\
	X(KVM_VCPU_RUN, 9, 1, VALUE)					\
	X(KVM_FLUSH_VM_CONTEXT, 10, 0, NONE)				\
	X(KVM_TLB_FLUSH_VMID_IPA, 11, 3, NONE)				\
	X(KVM_TLB_FLUSH_VMID_IPA_NSH, 12, 3, NONE)			\
	X(KVM_TLB_FLUSH_VMID, 13, 1, NONE)				\
	X(KVM_TLB_FLUSH_VMID_RANGE, 14, 3, NONE)			\
	X(KVM_FLUSH_CPU_CONTEXT, 15, 1, NONE)				\
	X(KVM_TIMER_SET_CNTVOFF, 16, 1, NONE)				\
	X(TRACING_LOAD, 17, 2, ERRNO)					\
	X(TRACING_UNLOAD, 18, 0, NONE)					\
	X(TRACING_ENABLE, 19, 1, ERRNO)					\
	X(TRACING_SWAP_READER, 20, 1, ERRNO)				\
	X(TRACING_UPDATE_CLOCK, 21, 4, NONE)				\
	X(TRACING_RESET, 22, 1, ERRNO)					\
	X(TRACING_ENABLE_EVENT, 23, 2, ERRNO)				\
	X(TRACING_WRITE_EVENT, 24, 1, NONE)				\
	X(VGIC_V3_SAVE_APRS, 25, 1, NONE)				\
	X(VGIC_V3_RESTORE_VMCR_APRS, 26, 1, NONE)			\
	X(VGIC_V5_SAVE_APR, 27, 1, NONE)				\
	X(VGIC_V5_RESTORE_VMCR_APR, 28, 1, NONE)			\
	X(HOST_SHARE_HYP, 29, 1, ERRNO)					\
	X(HOST_UNSHARE_HYP, 30, 1, ERRNO)				\
	X(HOST_DONATE_GUEST, 31, 2, ERRNO)				\
	X(HOST_SHARE_GUEST, 32, 4, ERRNO)				\
	X(HOST_UNSHARE_GUEST, 33, 3, ERRNO)				\
	X(HOST_RELAX_PERMS_GUEST, 34, 2, ERRNO)				\
	X(HOST_WRPROTECT_GUEST, 35, 3, ERRNO)				\
	X(HOST_TEST_CLEAR_YOUNG_GUEST, 36, 4, VALUE)			\
	X(HOST_MKYOUNG_GUEST, 37, 1, ERRNO)				\
	X(RESERVE_VM, 38, 0, HANDLE)					\
	X(UNRESERVE_VM, 39, 1, NONE)					\
	X(INIT_VM, 40, 3, ERRNO)					\
	X(INIT_VCPU, 41, 3, ERRNO)					\
	X(VCPU_IN_POISON_FAULT, 42, 0, VALUE)				\
	X(FORCE_RECLAIM_GUEST_PAGE, 43, 1, ERRNO)			\
	X(RECLAIM_DYING_GUEST_PAGE, 44, 2, ERRNO)			\
	X(START_TEARDOWN_VM, 45, 1, ERRNO)				\
	X(FINALIZE_TEARDOWN_VM, 46, 1, ERRNO)				\
	X(VCPU_LOAD, 47, 3, NONE)					\
	X(VCPU_PUT, 48, 0, NONE)					\
	X(TLB_FLUSH_VMID, 49, 1, NONE)

/*
 * v6.16-era upstream layout (no MIN_PKVM / PKVM_ONLY markers). Source: the
 * enum in arch/arm64/include/asm/kvm_asm.h and the host_hcall[] table and
 * handlers in arch/arm64/kvm/hyp/nvhe/hyp-main.c of Kingxukai/linux @
 * 0291023e7330 (a public tree of the v6.16 development window), read in
 * full: CONFIRMED for that tree. Its handle_host_hcall() window is
 * [0, MAX) before finalisation and [__pkvm_prot_finalize = 7, MAX)
 * afterwards, MAX = 33. Agrees with pkvm.md 2.3 (share_guest has nr_pages,
 * single-phase __pkvm_teardown_vm) and 4.5. INFERRED, not confirmed: that
 * the v6.16 tag has exactly this list. UNCONFIRMED: v6.17-v7.0, which
 * gained the tracing and vGIC calls and the markers before v7.1 and so
 * have different numbers: no table is offered for them.
 */
#define ARMCVM_PKVM_TABLE_V6_16(X)					\
	X(KVM_HYP_INIT, 0, UNKNOWN, UNKNOWN)				\
	X(INIT, 1, 5, ERRNO)						\
	X(CREATE_PRIVATE_MAPPING, 2, 3, VALUE)				\
	X(CPU_SET_VECTOR, 3, 1, ERRNO)					\
	X(KVM_ENABLE_SSBS, 4, 0, NONE)					\
	X(VGIC_V3_INIT_LRS, 5, 0, NONE)					\
	X(VGIC_V3_GET_GIC_CONFIG, 6, 0, RAW)				\
	X(PROT_FINALIZE, 7, 0, ERRNO)					\
	X(HOST_SHARE_HYP, 8, 1, ERRNO)					\
	X(HOST_UNSHARE_HYP, 9, 1, ERRNO)				\
	X(HOST_SHARE_GUEST, 10, 4, ERRNO)				\
	X(HOST_UNSHARE_GUEST, 11, 3, ERRNO)				\
	X(HOST_RELAX_PERMS_GUEST, 12, 2, ERRNO)				\
	X(HOST_WRPROTECT_GUEST, 13, 3, ERRNO)				\
	X(HOST_TEST_CLEAR_YOUNG_GUEST, 14, 4, VALUE)			\
	X(HOST_MKYOUNG_GUEST, 15, 1, ERRNO)				\
	X(KVM_ADJUST_PC, 16, 1, NONE)					\
	X(KVM_VCPU_RUN, 17, 1, VALUE)					\
	X(KVM_FLUSH_VM_CONTEXT, 18, 0, NONE)				\
	X(KVM_TLB_FLUSH_VMID_IPA, 19, 3, NONE)				\
	X(KVM_TLB_FLUSH_VMID_IPA_NSH, 20, 3, NONE)			\
	X(KVM_TLB_FLUSH_VMID, 21, 1, NONE)				\
	X(KVM_TLB_FLUSH_VMID_RANGE, 22, 3, NONE)			\
	X(KVM_FLUSH_CPU_CONTEXT, 23, 1, NONE)				\
	X(KVM_TIMER_SET_CNTVOFF, 24, 1, NONE)				\
	X(VGIC_V3_SAVE_VMCR_APRS, 25, 1, NONE)				\
	X(VGIC_V3_RESTORE_VMCR_APRS, 26, 1, NONE)			\
	X(INIT_VM, 27, 3, ERRNO)					\
	X(INIT_VCPU, 28, 3, ERRNO)					\
	X(TEARDOWN_VM, 29, 1, ERRNO)					\
	X(VCPU_LOAD, 30, 3, NONE)					\
	X(VCPU_PUT, 31, 0, NONE)					\
	X(TLB_FLUSH_VMID, 32, 1, NONE)

/*
 * Old upstream layout, about v6.2 [S15 torvalds/linux kvm_asm.h @
 * 01b94b0f3922] (pkvm.md 2.3): the enum is CONFIRMED (read in source);
 * window [0, MAX) before finalisation, [__pkvm_prot_finalize = 8, MAX)
 * after, MAX = 27 (pkvm.md 2.3). Argument layouts were not read for this
 * release, so they are UNKNOWN and the typed wrappers refuse this target;
 * the FIDs resolve.
 */
#define ARMCVM_PKVM_TABLE_V6_2(X)					\
	X(KVM_HYP_INIT, 0, UNKNOWN, UNKNOWN)				\
	X(KVM_GET_MDCR_EL2, 1, UNKNOWN, UNKNOWN)			\
	X(INIT, 2, UNKNOWN, UNKNOWN)					\
	X(CREATE_PRIVATE_MAPPING, 3, UNKNOWN, UNKNOWN)			\
	X(CPU_SET_VECTOR, 4, UNKNOWN, UNKNOWN)				\
	X(KVM_ENABLE_SSBS, 5, UNKNOWN, UNKNOWN)				\
	X(VGIC_V3_INIT_LRS, 6, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_GET_GIC_CONFIG, 7, UNKNOWN, UNKNOWN)			\
	X(PROT_FINALIZE, 8, UNKNOWN, UNKNOWN)				\
	X(HOST_SHARE_HYP, 9, UNKNOWN, UNKNOWN)				\
	X(HOST_UNSHARE_HYP, 10, UNKNOWN, UNKNOWN)			\
	X(KVM_ADJUST_PC, 11, UNKNOWN, UNKNOWN)				\
	X(KVM_VCPU_RUN, 12, UNKNOWN, UNKNOWN)				\
	X(KVM_FLUSH_VM_CONTEXT, 13, UNKNOWN, UNKNOWN)			\
	X(KVM_TLB_FLUSH_VMID_IPA, 14, UNKNOWN, UNKNOWN)			\
	X(KVM_TLB_FLUSH_VMID_IPA_NSH, 15, UNKNOWN, UNKNOWN)		\
	X(KVM_TLB_FLUSH_VMID, 16, UNKNOWN, UNKNOWN)			\
	X(KVM_FLUSH_CPU_CONTEXT, 17, UNKNOWN, UNKNOWN)			\
	X(KVM_TIMER_SET_CNTVOFF, 18, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_READ_VMCR, 19, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_WRITE_VMCR, 20, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_SAVE_APRS, 21, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_RESTORE_APRS, 22, UNKNOWN, UNKNOWN)			\
	X(VCPU_INIT_TRAPS, 23, UNKNOWN, UNKNOWN)			\
	X(INIT_VM, 24, UNKNOWN, UNKNOWN)				\
	X(INIT_VCPU, 25, UNKNOWN, UNKNOWN)				\
	X(TEARDOWN_VM, 26, UNKNOWN, UNKNOWN)

/*
 * Android Common Kernel android16-6.12 [S17 GrapheneOS/kernel_common-6.12
 * hyp-main.c host_hcall[]] (pkvm.md 2.4). The ORDER of the designated
 * initialisers is known; that it equals the enum order (and so these n) is
 * UNCONFIRMED: n below = 1 + table position, assuming __kvm_hyp_init = 0
 * as in every upstream enum. The target is therefore flagged unconfirmed
 * and lookups in it refuse unless the caller opts in
 * (ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED). Window: hcall_min =
 * __pkvm_prot_finalize after finalisation, no bands (pkvm.md 2.4); ACK
 * also runs module-registered "dynamic" hypercalls first, which no table
 * can describe. Argument layouts: UNKNOWN.
 */
#define ARMCVM_PKVM_TABLE_ANDROID16_6_12(X)				\
	X(KVM_HYP_INIT, 0, UNKNOWN, UNKNOWN)				\
	X(KVM_GET_MDCR_EL2, 1, UNKNOWN, UNKNOWN)			\
	X(INIT, 2, UNKNOWN, UNKNOWN)					\
	X(CREATE_PRIVATE_MAPPING, 3, UNKNOWN, UNKNOWN)			\
	X(CPU_SET_VECTOR, 4, UNKNOWN, UNKNOWN)				\
	X(KVM_ENABLE_SSBS, 5, UNKNOWN, UNKNOWN)				\
	X(VGIC_V3_INIT_LRS, 6, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_GET_GIC_CONFIG, 7, UNKNOWN, UNKNOWN)			\
	X(KVM_FLUSH_VM_CONTEXT, 8, UNKNOWN, UNKNOWN)			\
	X(KVM_TLB_FLUSH_VMID_IPA, 9, UNKNOWN, UNKNOWN)			\
	X(KVM_TLB_FLUSH_VMID_IPA_NSH, 10, UNKNOWN, UNKNOWN)		\
	X(KVM_TLB_FLUSH_VMID, 11, UNKNOWN, UNKNOWN)			\
	X(KVM_TLB_FLUSH_VMID_RANGE, 12, UNKNOWN, UNKNOWN)		\
	X(KVM_FLUSH_CPU_CONTEXT, 13, UNKNOWN, UNKNOWN)			\
	X(ALLOC_MODULE_VA, 14, UNKNOWN, UNKNOWN)			\
	X(MAP_MODULE_PAGE, 15, UNKNOWN, UNKNOWN)			\
	X(UNMAP_MODULE_PAGE, 16, UNKNOWN, UNKNOWN)			\
	X(INIT_MODULE, 17, UNKNOWN, UNKNOWN)				\
	X(REGISTER_HCALL, 18, UNKNOWN, UNKNOWN)				\
	X(IOMMU_INIT, 19, UNKNOWN, UNKNOWN)				\
	X(DEVICES_INIT, 20, UNKNOWN, UNKNOWN)				\
	X(PROT_FINALIZE, 21, UNKNOWN, UNKNOWN)				\
	X(HOST_SHARE_HYP, 22, UNKNOWN, UNKNOWN)				\
	X(HOST_UNSHARE_HYP, 23, UNKNOWN, UNKNOWN)			\
	X(HOST_DONATE_GUEST, 24, UNKNOWN, UNKNOWN)			\
	X(HOST_DONATE_GUEST_SGLIST, 25, UNKNOWN, UNKNOWN)		\
	X(HOST_SHARE_GUEST, 26, UNKNOWN, UNKNOWN)			\
	X(HOST_UNSHARE_GUEST, 27, UNKNOWN, UNKNOWN)			\
	X(HOST_RELAX_PERMS_GUEST, 28, UNKNOWN, UNKNOWN)			\
	X(HOST_WRPROTECT_GUEST, 29, UNKNOWN, UNKNOWN)			\
	X(HOST_TEST_CLEAR_YOUNG_GUEST, 30, UNKNOWN, UNKNOWN)		\
	X(HOST_MKYOUNG_GUEST, 31, UNKNOWN, UNKNOWN)			\
	X(HOST_SPLIT_GUEST, 32, UNKNOWN, UNKNOWN)			\
	X(KVM_ADJUST_PC, 33, UNKNOWN, UNKNOWN)				\
	X(KVM_VCPU_RUN, 34, UNKNOWN, UNKNOWN)				\
	X(KVM_TIMER_SET_CNTVOFF, 35, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_SAVE_VMCR_APRS, 36, UNKNOWN, UNKNOWN)			\
	X(VGIC_V3_RESTORE_VMCR_APRS, 37, UNKNOWN, UNKNOWN)		\
	X(INIT_VM, 38, UNKNOWN, UNKNOWN)				\
	X(INIT_VCPU, 39, UNKNOWN, UNKNOWN)				\
	X(START_TEARDOWN_VM, 40, UNKNOWN, UNKNOWN)			\
	X(FINALIZE_TEARDOWN_VM, 41, UNKNOWN, UNKNOWN)			\
	X(RECLAIM_DYING_GUEST_PAGE, 42, UNKNOWN, UNKNOWN)		\
	X(RECLAIM_DYING_GUEST_FFA_RESOURCES, 43, UNKNOWN, UNKNOWN)	\
	X(NOTIFY_GUEST_VM_AVAIL, 44, UNKNOWN, UNKNOWN)			\
	X(VCPU_LOAD, 45, UNKNOWN, UNKNOWN)				\
	X(VCPU_PUT, 46, UNKNOWN, UNKNOWN)				\
	X(VCPU_SYNC_STATE, 47, UNKNOWN, UNKNOWN)			\
	X(UPDATE_CLOCK_TRACING, 48, UNKNOWN, UNKNOWN)			\
	X(LOAD_TRACING, 49, UNKNOWN, UNKNOWN)				\
	X(TEARDOWN_TRACING, 50, UNKNOWN, UNKNOWN)			\
	X(ENABLE_TRACING, 51, UNKNOWN, UNKNOWN)				\
	X(RESET_TRACING, 52, UNKNOWN, UNKNOWN)				\
	X(SWAP_READER_TRACING, 53, UNKNOWN, UNKNOWN)			\
	X(ENABLE_EVENT, 54, UNKNOWN, UNKNOWN)				\
	X(SELFTEST_EVENT, 55, UNKNOWN, UNKNOWN)				\
	X(SYNC_FTRACE, 56, UNKNOWN, UNKNOWN)				\
	X(DISABLE_FTRACE, 57, UNKNOWN, UNKNOWN)				\
	X(TLB_FLUSH_VMID, 58, UNKNOWN, UNKNOWN)				\
	X(HYP_ALLOC_MGT_REFILL, 59, UNKNOWN, UNKNOWN)			\
	X(HYP_ALLOC_MGT_RECLAIMABLE, 60, UNKNOWN, UNKNOWN)		\
	X(HYP_ALLOC_MGT_RECLAIM, 61, UNKNOWN, UNKNOWN)			\
	X(HOST_IOMMU_ALLOC_DOMAIN, 62, UNKNOWN, UNKNOWN)		\
	X(HOST_IOMMU_FREE_DOMAIN, 63, UNKNOWN, UNKNOWN)			\
	X(HOST_IOMMU_ATTACH_DEV, 64, UNKNOWN, UNKNOWN)			\
	X(HOST_IOMMU_ATTACH_DEV_NESTED, 65, UNKNOWN, UNKNOWN)		\
	X(HOST_IOMMU_DETACH_DEV, 66, UNKNOWN, UNKNOWN)			\
	X(HOST_IOMMU_DETACH_DEV_NESTED, 67, UNKNOWN, UNKNOWN)		\
	X(HOST_IOMMU_IOTLB_INV_NESTED_DOMAIN, 68, UNKNOWN, UNKNOWN)	\
	X(HOST_IOMMU_NESTED_CFG_SYNC, 69, UNKNOWN, UNKNOWN)		\
	X(HOST_IOMMU_MAP_PAGES, 70, UNKNOWN, UNKNOWN)			\
	X(HOST_IOMMU_UNMAP_PAGES, 71, UNKNOWN, UNKNOWN)			\
	X(HOST_IOMMU_IOVA_TO_PHYS, 72, UNKNOWN, UNKNOWN)		\
	X(HOST_IOMMU_IOTLB_SYNC_MAP, 73, UNKNOWN, UNKNOWN)		\
	X(HOST_HVC_PD, 74, UNKNOWN, UNKNOWN)				\
	X(PTDUMP, 75, UNKNOWN, UNKNOWN)					\
	X(HOST_IOMMU_MAP_SG, 76, UNKNOWN, UNKNOWN)			\
	X(HOST_DONATE_HYP_MMIO, 77, UNKNOWN, UNKNOWN)			\
	X(HOST_RECLAIM_HYP_MMIO, 78, UNKNOWN, UNKNOWN)			\
	X(HOST_MAP_GUEST_MMIO, 79, UNKNOWN, UNKNOWN)			\
	X(PVIOMMU_ATTACH, 80, UNKNOWN, UNKNOWN)				\
	X(PVIOMMU_ADD_VSID, 81, UNKNOWN, UNKNOWN)			\
	X(HOST_GET_FFA_VERSION, 82, UNKNOWN, UNKNOWN)

#endif /* ARMCVM_PKVM_HOST_TABLES_H */
