/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - pKVM host hypercall tables (one static const array per target,
 * expanded from the lists in pkvm_host_tables.h), lookup and windows.
 */
#include <armcvm/pkvm_host.h>

#define NARGS_UNKNOWN	ARMCVM_PKVM_NARGS_UNKNOWN
#define DESC_(NAME, n, nargs, ret)					\
	{ ARMCVM_PKVM_HCALL_##NAME, (n), NARGS_##nargs,			\
	  ARMCVM_PKVM_RET_##ret },
/* nargs tokens: a decimal count or UNKNOWN. */
#define NARGS_0	0
#define NARGS_1	1
#define NARGS_2	2
#define NARGS_3	3
#define NARGS_4	4
#define NARGS_5	5

static const struct armcvm_pkvm_hcall_desc table_v7_1[] = {
	ARMCVM_PKVM_TABLE_V7_1(DESC_)
};
static const struct armcvm_pkvm_hcall_desc table_v6_16[] = {
	ARMCVM_PKVM_TABLE_V6_16(DESC_)
};
static const struct armcvm_pkvm_hcall_desc table_v6_2[] = {
	ARMCVM_PKVM_TABLE_V6_2(DESC_)
};
static const struct armcvm_pkvm_hcall_desc table_android16_6_12[] = {
	ARMCVM_PKVM_TABLE_ANDROID16_6_12(DESC_)
};

#define COUNT_(a)	(sizeof(a) / sizeof((a)[0]))

/* Each table holds every number from 0 to MAX - 1 (BUILD_BUG_ON in [S3]). */
ARMCVM_STATIC_ASSERT(COUNT_(table_v7_1) == ARMCVM_PKVM_V7_1_MAX,
		     "v7.1 table is dense up to MAX");
ARMCVM_STATIC_ASSERT(COUNT_(table_v6_16) == ARMCVM_PKVM_V6_16_MAX,
		     "v6.16 table is dense up to MAX");
ARMCVM_STATIC_ASSERT(COUNT_(table_v6_2) == ARMCVM_PKVM_V6_2_MAX,
		     "v6.2 table is dense up to MAX");
ARMCVM_STATIC_ASSERT(COUNT_(table_android16_6_12) ==
		     ARMCVM_PKVM_ANDROID16_6_12_MAX,
		     "android16-6.12 table is dense up to MAX");

static const struct armcvm_pkvm_target targets[ARMCVM_PKVM_TARGET_COUNT] = {
	[ARMCVM_PKVM_TARGET_V7_1] = {
		.id = ARMCVM_PKVM_TARGET_V7_1,
		.name = "v7.1",
		.source = "intel-lab-lkp/linux@35800c651f0f kvm_asm.h; "
			  "hyp-main.c@0116a081266c (pkvm.md S2, S3)",
		.confirmed = true,
		/* [0, PKVM_ONLY) before, [MIN_PKVM, MAX) after [S3]. */
		.window = { 0, ARMCVM_PKVM_V7_1_PKVM_ONLY,
			    ARMCVM_PKVM_V7_1_MIN_PKVM, ARMCVM_PKVM_V7_1_MAX },
		.table = table_v7_1,
		.count = COUNT_(table_v7_1),
	},
	[ARMCVM_PKVM_TARGET_V6_16] = {
		.id = ARMCVM_PKVM_TARGET_V6_16,
		.name = "v6.16",
		.source = "Kingxukai/linux@0291023e7330 kvm_asm.h, hyp-main.c "
			  "(v6.16-era tree; release mapping inferred)",
		.confirmed = true,
		/* hcall_min = __pkvm_prot_finalize once initialised. */
		.window = { 0, ARMCVM_PKVM_V6_16_MAX,
			    ARMCVM_PKVM_V6_16_PROT_FINALIZE,
			    ARMCVM_PKVM_V6_16_MAX },
		.table = table_v6_16,
		.count = COUNT_(table_v6_16),
	},
	[ARMCVM_PKVM_TARGET_V6_2] = {
		.id = ARMCVM_PKVM_TARGET_V6_2,
		.name = "v6.2",
		.source = "torvalds/linux@01b94b0f3922 kvm_asm.h (pkvm.md S15)",
		.confirmed = true,
		.window = { 0, ARMCVM_PKVM_V6_2_MAX,
			    ARMCVM_PKVM_V6_2_PROT_FINALIZE,
			    ARMCVM_PKVM_V6_2_MAX },
		.table = table_v6_2,
		.count = COUNT_(table_v6_2),
	},
	[ARMCVM_PKVM_TARGET_ANDROID16_6_12] = {
		.id = ARMCVM_PKVM_TARGET_ANDROID16_6_12,
		.name = "android16-6.12",
		.source = "GrapheneOS/kernel_common-6.12@ba356506706b "
			  "hyp-main.c host_hcall[] order (pkvm.md S17); enum "
			  "order UNCONFIRMED",
		.confirmed = false,
		.window = { 0, ARMCVM_PKVM_ANDROID16_6_12_MAX,
			    ARMCVM_PKVM_ANDROID16_6_12_PROT_FINALIZE,
			    ARMCVM_PKVM_ANDROID16_6_12_MAX },
		.table = table_android16_6_12,
		.count = COUNT_(table_android16_6_12),
	},
};

int armcvm_pkvm_target_get(enum armcvm_pkvm_target_id id, unsigned int flags,
			   struct armcvm_pkvm_target *out)
{
	bool allow = (flags & ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED) != 0;

	if (out == NULL || (flags & ~ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED) != 0) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((unsigned int)id >= (unsigned int)ARMCVM_PKVM_TARGET_COUNT) {
		return -ARMCVM_ERR_NOENT;
	}
	if (!targets[id].confirmed && !allow) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	*out = targets[id];
	out->allow_unconfirmed = allow;
	return 0;
}

int armcvm_pkvm_lookup(const struct armcvm_pkvm_target *t,
		       enum armcvm_pkvm_hcall call,
		       struct armcvm_pkvm_hcall_desc *out)
{
	size_t i;

	if (t == NULL || out == NULL || t->table == NULL ||
	    (unsigned int)call >= (unsigned int)ARMCVM_PKVM_HCALL_COUNT) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!t->confirmed && !t->allow_unconfirmed) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	/* Linear: at most 83 entries, and the tables are keyed by number. */
	for (i = 0; i < t->count; i++) {
		if (t->table[i].call == call) {
			*out = t->table[i];
			return 0;
		}
	}
	return -ARMCVM_ERR_NOENT;
}

int armcvm_pkvm_hcall_accepted(const struct armcvm_pkvm_target *t,
			       enum armcvm_pkvm_hcall call, bool finalised)
{
	struct armcvm_pkvm_hcall_desc d;
	unsigned int lo, hi;
	int ret;

	ret = armcvm_pkvm_lookup(t, call, &d);
	if (ret != 0) {
		return ret;
	}
	/* __kvm_hyp_init has no HANDLE_FUNC: NULL handler [S2, S3]. */
	if (call == ARMCVM_PKVM_HCALL_KVM_HYP_INIT) {
		return 0;
	}
	lo = finalised ? t->window.post_lo : t->window.pre_lo;
	hi = finalised ? t->window.post_hi : t->window.pre_hi;
	return (d.num >= lo && d.num < hi) ? 1 : 0;
}

/* Kernel names, indexed by enum armcvm_pkvm_hcall. */
static const char *const hcall_names[ARMCVM_PKVM_HCALL_COUNT] = {
#define N_(NAME, str)	[ARMCVM_PKVM_HCALL_##NAME] = str
	N_(KVM_HYP_INIT, "__kvm_hyp_init"),
	N_(INIT, "__pkvm_init"),
	N_(CREATE_PRIVATE_MAPPING, "__pkvm_create_private_mapping"),
	N_(CPU_SET_VECTOR, "__pkvm_cpu_set_vector"),
	N_(KVM_ENABLE_SSBS, "__kvm_enable_ssbs"),
	N_(VGIC_V3_INIT_LRS, "__vgic_v3_init_lrs"),
	N_(VGIC_V3_GET_GIC_CONFIG, "__vgic_v3_get_gic_config"),
	N_(PROT_FINALIZE, "__pkvm_prot_finalize"),
	N_(KVM_ADJUST_PC, "__kvm_adjust_pc"),
	N_(KVM_VCPU_RUN, "__kvm_vcpu_run"),
	N_(KVM_FLUSH_VM_CONTEXT, "__kvm_flush_vm_context"),
	N_(KVM_TLB_FLUSH_VMID_IPA, "__kvm_tlb_flush_vmid_ipa"),
	N_(KVM_TLB_FLUSH_VMID_IPA_NSH, "__kvm_tlb_flush_vmid_ipa_nsh"),
	N_(KVM_TLB_FLUSH_VMID, "__kvm_tlb_flush_vmid"),
	N_(KVM_TLB_FLUSH_VMID_RANGE, "__kvm_tlb_flush_vmid_range"),
	N_(KVM_FLUSH_CPU_CONTEXT, "__kvm_flush_cpu_context"),
	N_(KVM_TIMER_SET_CNTVOFF, "__kvm_timer_set_cntvoff"),
	N_(TRACING_LOAD, "__tracing_load"),
	N_(TRACING_UNLOAD, "__tracing_unload"),
	N_(TRACING_ENABLE, "__tracing_enable"),
	N_(TRACING_SWAP_READER, "__tracing_swap_reader"),
	N_(TRACING_UPDATE_CLOCK, "__tracing_update_clock"),
	N_(TRACING_RESET, "__tracing_reset"),
	N_(TRACING_ENABLE_EVENT, "__tracing_enable_event"),
	N_(TRACING_WRITE_EVENT, "__tracing_write_event"),
	N_(VGIC_V3_SAVE_APRS, "__vgic_v3_save_aprs"),
	N_(VGIC_V3_RESTORE_VMCR_APRS, "__vgic_v3_restore_vmcr_aprs"),
	N_(VGIC_V5_SAVE_APR, "__vgic_v5_save_apr"),
	N_(VGIC_V5_RESTORE_VMCR_APR, "__vgic_v5_restore_vmcr_apr"),
	N_(HOST_SHARE_HYP, "__pkvm_host_share_hyp"),
	N_(HOST_UNSHARE_HYP, "__pkvm_host_unshare_hyp"),
	N_(HOST_DONATE_GUEST, "__pkvm_host_donate_guest"),
	N_(HOST_SHARE_GUEST, "__pkvm_host_share_guest"),
	N_(HOST_UNSHARE_GUEST, "__pkvm_host_unshare_guest"),
	N_(HOST_RELAX_PERMS_GUEST, "__pkvm_host_relax_perms_guest"),
	N_(HOST_WRPROTECT_GUEST, "__pkvm_host_wrprotect_guest"),
	N_(HOST_TEST_CLEAR_YOUNG_GUEST, "__pkvm_host_test_clear_young_guest"),
	N_(HOST_MKYOUNG_GUEST, "__pkvm_host_mkyoung_guest"),
	N_(RESERVE_VM, "__pkvm_reserve_vm"),
	N_(UNRESERVE_VM, "__pkvm_unreserve_vm"),
	N_(INIT_VM, "__pkvm_init_vm"),
	N_(INIT_VCPU, "__pkvm_init_vcpu"),
	N_(VCPU_IN_POISON_FAULT, "__pkvm_vcpu_in_poison_fault"),
	N_(FORCE_RECLAIM_GUEST_PAGE, "__pkvm_force_reclaim_guest_page"),
	N_(RECLAIM_DYING_GUEST_PAGE, "__pkvm_reclaim_dying_guest_page"),
	N_(START_TEARDOWN_VM, "__pkvm_start_teardown_vm"),
	N_(FINALIZE_TEARDOWN_VM, "__pkvm_finalize_teardown_vm"),
	N_(VCPU_LOAD, "__pkvm_vcpu_load"),
	N_(VCPU_PUT, "__pkvm_vcpu_put"),
	N_(TLB_FLUSH_VMID, "__pkvm_tlb_flush_vmid"),
	N_(KVM_GET_MDCR_EL2, "__kvm_get_mdcr_el2"),
	N_(VGIC_V3_READ_VMCR, "__vgic_v3_read_vmcr"),
	N_(VGIC_V3_WRITE_VMCR, "__vgic_v3_write_vmcr"),
	N_(VGIC_V3_RESTORE_APRS, "__vgic_v3_restore_aprs"),
	N_(VCPU_INIT_TRAPS, "__pkvm_vcpu_init_traps"),
	N_(TEARDOWN_VM, "__pkvm_teardown_vm"),
	N_(VGIC_V3_SAVE_VMCR_APRS, "__vgic_v3_save_vmcr_aprs"),
	N_(ALLOC_MODULE_VA, "__pkvm_alloc_module_va"),
	N_(MAP_MODULE_PAGE, "__pkvm_map_module_page"),
	N_(UNMAP_MODULE_PAGE, "__pkvm_unmap_module_page"),
	N_(INIT_MODULE, "__pkvm_init_module"),
	N_(REGISTER_HCALL, "__pkvm_register_hcall"),
	N_(IOMMU_INIT, "__pkvm_iommu_init"),
	N_(DEVICES_INIT, "__pkvm_devices_init"),
	N_(HOST_DONATE_GUEST_SGLIST, "__pkvm_host_donate_guest_sglist"),
	N_(HOST_SPLIT_GUEST, "__pkvm_host_split_guest"),
	N_(RECLAIM_DYING_GUEST_FFA_RESOURCES,
	   "__pkvm_reclaim_dying_guest_ffa_resources"),
	N_(NOTIFY_GUEST_VM_AVAIL, "__pkvm_notify_guest_vm_avail"),
	N_(VCPU_SYNC_STATE, "__pkvm_vcpu_sync_state"),
	N_(UPDATE_CLOCK_TRACING, "__pkvm_update_clock_tracing"),
	N_(LOAD_TRACING, "__pkvm_load_tracing"),
	N_(TEARDOWN_TRACING, "__pkvm_teardown_tracing"),
	N_(ENABLE_TRACING, "__pkvm_enable_tracing"),
	N_(RESET_TRACING, "__pkvm_reset_tracing"),
	N_(SWAP_READER_TRACING, "__pkvm_swap_reader_tracing"),
	N_(ENABLE_EVENT, "__pkvm_enable_event"),
	N_(SELFTEST_EVENT, "__pkvm_selftest_event"),
	N_(SYNC_FTRACE, "__pkvm_sync_ftrace"),
	N_(DISABLE_FTRACE, "__pkvm_disable_ftrace"),
	N_(HYP_ALLOC_MGT_REFILL, "__pkvm_hyp_alloc_mgt_refill"),
	N_(HYP_ALLOC_MGT_RECLAIMABLE, "__pkvm_hyp_alloc_mgt_reclaimable"),
	N_(HYP_ALLOC_MGT_RECLAIM, "__pkvm_hyp_alloc_mgt_reclaim"),
	N_(HOST_IOMMU_ALLOC_DOMAIN, "__pkvm_host_iommu_alloc_domain"),
	N_(HOST_IOMMU_FREE_DOMAIN, "__pkvm_host_iommu_free_domain"),
	N_(HOST_IOMMU_ATTACH_DEV, "__pkvm_host_iommu_attach_dev"),
	N_(HOST_IOMMU_ATTACH_DEV_NESTED, "__pkvm_host_iommu_attach_dev_nested"),
	N_(HOST_IOMMU_DETACH_DEV, "__pkvm_host_iommu_detach_dev"),
	N_(HOST_IOMMU_DETACH_DEV_NESTED, "__pkvm_host_iommu_detach_dev_nested"),
	N_(HOST_IOMMU_IOTLB_INV_NESTED_DOMAIN,
	   "__pkvm_host_iommu_iotlb_inv_nested_domain"),
	N_(HOST_IOMMU_NESTED_CFG_SYNC, "__pkvm_host_iommu_nested_cfg_sync"),
	N_(HOST_IOMMU_MAP_PAGES, "__pkvm_host_iommu_map_pages"),
	N_(HOST_IOMMU_UNMAP_PAGES, "__pkvm_host_iommu_unmap_pages"),
	N_(HOST_IOMMU_IOVA_TO_PHYS, "__pkvm_host_iommu_iova_to_phys"),
	N_(HOST_IOMMU_IOTLB_SYNC_MAP, "__pkvm_host_iommu_iotlb_sync_map"),
	N_(HOST_HVC_PD, "__pkvm_host_hvc_pd"),
	N_(PTDUMP, "__pkvm_ptdump"),
	N_(HOST_IOMMU_MAP_SG, "__pkvm_host_iommu_map_sg"),
	N_(HOST_DONATE_HYP_MMIO, "__pkvm_host_donate_hyp_mmio"),
	N_(HOST_RECLAIM_HYP_MMIO, "__pkvm_host_reclaim_hyp_mmio"),
	N_(HOST_MAP_GUEST_MMIO, "__pkvm_host_map_guest_mmio"),
	N_(PVIOMMU_ATTACH, "__pkvm_pviommu_attach"),
	N_(PVIOMMU_ADD_VSID, "__pkvm_pviommu_add_vsid"),
	N_(HOST_GET_FFA_VERSION, "__pkvm_host_get_ffa_version"),
#undef N_
};

const char *armcvm_pkvm_hcall_name(enum armcvm_pkvm_hcall call)
{
	if ((unsigned int)call >= (unsigned int)ARMCVM_PKVM_HCALL_COUNT ||
	    hcall_names[call] == NULL) {
		return "<unknown>";
	}
	return hcall_names[call];
}

int armcvm_pkvm_host_encode(const struct armcvm_pkvm_hcall_desc *d,
			    const uint64_t *args, unsigned int nargs,
			    struct armcvm_smccc_regs *in)
{
	unsigned int i;

	if (d == NULL || in == NULL || (args == NULL && nargs > 0)) {
		return -ARMCVM_ERR_INVAL;
	}
	if (d->nargs == ARMCVM_PKVM_NARGS_UNKNOWN) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	if (nargs != d->nargs) {
		return -ARMCVM_ERR_INVAL;
	}
	*in = (struct armcvm_smccc_regs){
		.x = { [0] = ARMCVM_PKVM_HOST_FID((uint64_t)d->num) },
	};
	for (i = 0; i < nargs; i++) {
		in->x[i + 1] = args[i];
	}
	return 0;
}

/* Linux IS_ERR_VALUE(): the top 4095 values are negative errnos. */
static bool is_err_value(uint64_t v)
{
	return v >= (uint64_t)-4095;
}

int armcvm_pkvm_host_decode(const struct armcvm_pkvm_hcall_desc *d,
			    const struct armcvm_smccc_regs *out,
			    struct armcvm_pkvm_result *res)
{
	if (d == NULL || out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	*res = (struct armcvm_pkvm_result){
		.smccc = (int64_t)out->x[0],
		.x1 = out->x[1],
		.ret = d->ret,
	};
	/* The dispatcher answers only SUCCESS or NOT_SUPPORTED [S3]. */
	if (res->smccc == ARMCVM_SMCCC_RET_NOT_SUPPORTED) {
		return 0;
	}
	if (res->smccc != ARMCVM_SMCCC_RET_SUCCESS) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	switch (d->ret) {
	case ARMCVM_PKVM_RET_ERRNO:
		res->x1_written = true;
		/* An errno handler returns an int: 0 or a negative errno. */
		if (res->x1 != 0 && !is_err_value(res->x1)) {
			return -ARMCVM_ERR_PROTOCOL;
		}
		res->err = (int64_t)res->x1;
		break;
	case ARMCVM_PKVM_RET_HANDLE:
	case ARMCVM_PKVM_RET_VALUE:
		res->x1_written = true;
		if (is_err_value(res->x1)) {
			res->err = (int64_t)res->x1;
		} else {
			res->value = res->x1;
		}
		break;
	case ARMCVM_PKVM_RET_RAW:
		res->x1_written = true;
		res->value = res->x1;
		break;
	case ARMCVM_PKVM_RET_NONE:
	default:
		/* Void handler (or unknown): x1 keeps the caller's value. */
		break;
	}
	return 0;
}
