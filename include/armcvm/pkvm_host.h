/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_PKVM_HOST_H
#define ARMCVM_PKVM_HOST_H
/*
 * armcvm - pKVM host -> EL2 hypercalls ("host HVCs").
 *
 * FID = KVM_HOST_SMCCC_ID(n) = 0xC6000000 | n, fast HVC64, owner 6
 * (vendor hyp), where n is the call's position in the kernel's
 * enum __kvm_host_smccc_func (pkvm.md 1.4 [S2]). n is NOT a stable ABI: it
 * moves between kernel releases (pkvm.md 2.3), so every call is named here
 * (enum armcvm_pkvm_hcall) and resolved to a FID through a per-target table
 * (pkvm_host_tables.h). A call a target lacks is -ARMCVM_ERR_NOENT, never
 * a guess.
 *
 * The EL2 dispatcher (handle_host_hcall(), pkvm.md 1.4 [S3]) answers x0 =
 * SMCCC NOT_SUPPORTED for a call outside the current window or without a
 * handler, else x0 = SUCCESS and the handler's result in x1 (an errno, a
 * handle, a value, or nothing for void handlers: then x1 keeps the caller's
 * value). Both come back separately in struct armcvm_pkvm_result.
 *
 * Two ways to pick a target:
 *  - at run time: armcvm_pkvm_target_get() -> const struct
 *    armcvm_pkvm_target *, then armcvm_pkvm_lookup() or the typed wrappers;
 *  - at compile time: the constants ARMCVM_PKVM_<TARGET>_<NAME> (e.g.
 *    ARMCVM_PKVM_V7_1_HOST_SHARE_HYP == 29), or ARMCVM_PKVM_FIXED_FID(NAME)
 *    after #define ARMCVM_PKVM_FIXED_TARGET V7_1: a call the target lacks
 *    does not compile.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>
#include <armcvm/pkvm_host_tables.h>

#ifdef __cplusplus
extern "C" {
#endif

/* KVM_HOST_SMCCC_ID(n) (pkvm.md 1.4 [S2]). */
#define ARMCVM_PKVM_HOST_FID(n)	ARMCVM_SMC64_VENDOR_HYP_FID(n)

/**
 * enum armcvm_pkvm_hcall - pKVM host hypercalls by name
 *
 * The kernel's __<prefix>_<name> without the leading "__" and without a
 * "pkvm_" prefix: __pkvm_host_share_hyp is HOST_SHARE_HYP, __kvm_vcpu_run
 * is KVM_VCPU_RUN, __tracing_load is TRACING_LOAD. These values are armcvm
 * identifiers, not function numbers (which depend on the target). The list
 * is the union over every target; new names are only ever appended.
 */
enum armcvm_pkvm_hcall {
	/* Upstream v7.1 (pkvm.md 2.1), in that enum's order. */
	ARMCVM_PKVM_HCALL_KVM_HYP_INIT = 0,
	ARMCVM_PKVM_HCALL_INIT,
	ARMCVM_PKVM_HCALL_CREATE_PRIVATE_MAPPING,
	ARMCVM_PKVM_HCALL_CPU_SET_VECTOR,
	ARMCVM_PKVM_HCALL_KVM_ENABLE_SSBS,
	ARMCVM_PKVM_HCALL_VGIC_V3_INIT_LRS,
	ARMCVM_PKVM_HCALL_VGIC_V3_GET_GIC_CONFIG,
	ARMCVM_PKVM_HCALL_PROT_FINALIZE,
	ARMCVM_PKVM_HCALL_KVM_ADJUST_PC,
	ARMCVM_PKVM_HCALL_KVM_VCPU_RUN,
	ARMCVM_PKVM_HCALL_KVM_FLUSH_VM_CONTEXT,
	ARMCVM_PKVM_HCALL_KVM_TLB_FLUSH_VMID_IPA,
	ARMCVM_PKVM_HCALL_KVM_TLB_FLUSH_VMID_IPA_NSH,
	ARMCVM_PKVM_HCALL_KVM_TLB_FLUSH_VMID,
	ARMCVM_PKVM_HCALL_KVM_TLB_FLUSH_VMID_RANGE,
	ARMCVM_PKVM_HCALL_KVM_FLUSH_CPU_CONTEXT,
	ARMCVM_PKVM_HCALL_KVM_TIMER_SET_CNTVOFF,
	ARMCVM_PKVM_HCALL_TRACING_LOAD,
	ARMCVM_PKVM_HCALL_TRACING_UNLOAD,
	ARMCVM_PKVM_HCALL_TRACING_ENABLE,
	ARMCVM_PKVM_HCALL_TRACING_SWAP_READER,
	ARMCVM_PKVM_HCALL_TRACING_UPDATE_CLOCK,
	ARMCVM_PKVM_HCALL_TRACING_RESET,
	ARMCVM_PKVM_HCALL_TRACING_ENABLE_EVENT,
	ARMCVM_PKVM_HCALL_TRACING_WRITE_EVENT,
	ARMCVM_PKVM_HCALL_VGIC_V3_SAVE_APRS,
	ARMCVM_PKVM_HCALL_VGIC_V3_RESTORE_VMCR_APRS,
	ARMCVM_PKVM_HCALL_VGIC_V5_SAVE_APR,
	ARMCVM_PKVM_HCALL_VGIC_V5_RESTORE_VMCR_APR,
	ARMCVM_PKVM_HCALL_HOST_SHARE_HYP,
	ARMCVM_PKVM_HCALL_HOST_UNSHARE_HYP,
	ARMCVM_PKVM_HCALL_HOST_DONATE_GUEST,
	ARMCVM_PKVM_HCALL_HOST_SHARE_GUEST,
	ARMCVM_PKVM_HCALL_HOST_UNSHARE_GUEST,
	ARMCVM_PKVM_HCALL_HOST_RELAX_PERMS_GUEST,
	ARMCVM_PKVM_HCALL_HOST_WRPROTECT_GUEST,
	ARMCVM_PKVM_HCALL_HOST_TEST_CLEAR_YOUNG_GUEST,
	ARMCVM_PKVM_HCALL_HOST_MKYOUNG_GUEST,
	ARMCVM_PKVM_HCALL_RESERVE_VM,
	ARMCVM_PKVM_HCALL_UNRESERVE_VM,
	ARMCVM_PKVM_HCALL_INIT_VM,
	ARMCVM_PKVM_HCALL_INIT_VCPU,
	ARMCVM_PKVM_HCALL_VCPU_IN_POISON_FAULT,
	ARMCVM_PKVM_HCALL_FORCE_RECLAIM_GUEST_PAGE,
	ARMCVM_PKVM_HCALL_RECLAIM_DYING_GUEST_PAGE,
	ARMCVM_PKVM_HCALL_START_TEARDOWN_VM,
	ARMCVM_PKVM_HCALL_FINALIZE_TEARDOWN_VM,
	ARMCVM_PKVM_HCALL_VCPU_LOAD,
	ARMCVM_PKVM_HCALL_VCPU_PUT,
	ARMCVM_PKVM_HCALL_TLB_FLUSH_VMID,
	/* Older upstream only (v6.2 / v6.16 era, pkvm.md 2.3). */
	ARMCVM_PKVM_HCALL_KVM_GET_MDCR_EL2,
	ARMCVM_PKVM_HCALL_VGIC_V3_READ_VMCR,
	ARMCVM_PKVM_HCALL_VGIC_V3_WRITE_VMCR,
	ARMCVM_PKVM_HCALL_VGIC_V3_RESTORE_APRS,
	ARMCVM_PKVM_HCALL_VCPU_INIT_TRAPS,
	ARMCVM_PKVM_HCALL_TEARDOWN_VM,
	ARMCVM_PKVM_HCALL_VGIC_V3_SAVE_VMCR_APRS,
	/* Android Common Kernel only (pkvm.md 2.4). */
	ARMCVM_PKVM_HCALL_ALLOC_MODULE_VA,
	ARMCVM_PKVM_HCALL_MAP_MODULE_PAGE,
	ARMCVM_PKVM_HCALL_UNMAP_MODULE_PAGE,
	ARMCVM_PKVM_HCALL_INIT_MODULE,
	ARMCVM_PKVM_HCALL_REGISTER_HCALL,
	ARMCVM_PKVM_HCALL_IOMMU_INIT,
	ARMCVM_PKVM_HCALL_DEVICES_INIT,
	ARMCVM_PKVM_HCALL_HOST_DONATE_GUEST_SGLIST,
	ARMCVM_PKVM_HCALL_HOST_SPLIT_GUEST,
	ARMCVM_PKVM_HCALL_RECLAIM_DYING_GUEST_FFA_RESOURCES,
	ARMCVM_PKVM_HCALL_NOTIFY_GUEST_VM_AVAIL,
	ARMCVM_PKVM_HCALL_VCPU_SYNC_STATE,
	ARMCVM_PKVM_HCALL_UPDATE_CLOCK_TRACING,
	ARMCVM_PKVM_HCALL_LOAD_TRACING,
	ARMCVM_PKVM_HCALL_TEARDOWN_TRACING,
	ARMCVM_PKVM_HCALL_ENABLE_TRACING,
	ARMCVM_PKVM_HCALL_RESET_TRACING,
	ARMCVM_PKVM_HCALL_SWAP_READER_TRACING,
	ARMCVM_PKVM_HCALL_ENABLE_EVENT,
	ARMCVM_PKVM_HCALL_SELFTEST_EVENT,
	ARMCVM_PKVM_HCALL_SYNC_FTRACE,
	ARMCVM_PKVM_HCALL_DISABLE_FTRACE,
	ARMCVM_PKVM_HCALL_HYP_ALLOC_MGT_REFILL,
	ARMCVM_PKVM_HCALL_HYP_ALLOC_MGT_RECLAIMABLE,
	ARMCVM_PKVM_HCALL_HYP_ALLOC_MGT_RECLAIM,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_ALLOC_DOMAIN,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_FREE_DOMAIN,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_ATTACH_DEV,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_ATTACH_DEV_NESTED,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_DETACH_DEV,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_DETACH_DEV_NESTED,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_IOTLB_INV_NESTED_DOMAIN,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_NESTED_CFG_SYNC,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_MAP_PAGES,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_UNMAP_PAGES,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_IOVA_TO_PHYS,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_IOTLB_SYNC_MAP,
	ARMCVM_PKVM_HCALL_HOST_HVC_PD,
	ARMCVM_PKVM_HCALL_PTDUMP,
	ARMCVM_PKVM_HCALL_HOST_IOMMU_MAP_SG,
	ARMCVM_PKVM_HCALL_HOST_DONATE_HYP_MMIO,
	ARMCVM_PKVM_HCALL_HOST_RECLAIM_HYP_MMIO,
	ARMCVM_PKVM_HCALL_HOST_MAP_GUEST_MMIO,
	ARMCVM_PKVM_HCALL_PVIOMMU_ATTACH,
	ARMCVM_PKVM_HCALL_PVIOMMU_ADD_VSID,
	ARMCVM_PKVM_HCALL_HOST_GET_FFA_VERSION,
	ARMCVM_PKVM_HCALL_COUNT
};

/**
 * enum armcvm_pkvm_ret - what an EL2 handler leaves in x1 (pkvm.md 2.1)
 * @ARMCVM_PKVM_RET_UNKNOWN: not recorded for this target
 * @ARMCVM_PKVM_RET_NONE: void handler; x1 is not written and keeps the
 *	caller's value
 * @ARMCVM_PKVM_RET_ERRNO: 0 or a negative Linux errno
 * @ARMCVM_PKVM_RET_HANDLE: a VM handle (>= 0x1000) or a negative errno
 * @ARMCVM_PKVM_RET_VALUE: a value, or a negative errno in [-4095, -1]
 *	(IS_ERR_VALUE: ERR_PTR results, "young" flags, run exit codes)
 * @ARMCVM_PKVM_RET_RAW: a 64-bit value with no error encoding
 */
enum armcvm_pkvm_ret {
	ARMCVM_PKVM_RET_UNKNOWN = 0,
	ARMCVM_PKVM_RET_NONE,
	ARMCVM_PKVM_RET_ERRNO,
	ARMCVM_PKVM_RET_HANDLE,
	ARMCVM_PKVM_RET_VALUE,
	ARMCVM_PKVM_RET_RAW,
};

/* nargs of a table entry whose argument layout is not recorded. */
#define ARMCVM_PKVM_NARGS_UNKNOWN	0xFFU

/**
 * struct armcvm_pkvm_hcall_desc - one call as a given target defines it
 * @call: the name
 * @num: n, the function number: FID = ARMCVM_PKVM_HOST_FID(@num)
 * @nargs: argument registers x1.. the handler reads, or
 *	ARMCVM_PKVM_NARGS_UNKNOWN
 * @ret: enum armcvm_pkvm_ret: the meaning of x1 on return
 */
struct armcvm_pkvm_hcall_desc {
	enum armcvm_pkvm_hcall call;
	uint16_t num;
	uint8_t nargs;
	uint8_t ret;
};

/**
 * enum armcvm_pkvm_target_id - kernel layouts armcvm knows (docs/pkvm.md)
 * @ARMCVM_PKVM_TARGET_V7_1: upstream Linux v7.1 (confirmed)
 * @ARMCVM_PKVM_TARGET_V6_16: upstream v6.16-era layout (confirmed for
 *	the tree read; release mapping inferred)
 * @ARMCVM_PKVM_TARGET_V6_2: upstream ~v6.2 (enum confirmed, arguments
 *	unknown)
 * @ARMCVM_PKVM_TARGET_ANDROID16_6_12: ACK android16-6.12 (UNCONFIRMED
 *	numbers: opt-in only)
 */
enum armcvm_pkvm_target_id {
	ARMCVM_PKVM_TARGET_V7_1 = 0,
	ARMCVM_PKVM_TARGET_V6_16,
	ARMCVM_PKVM_TARGET_V6_2,
	ARMCVM_PKVM_TARGET_ANDROID16_6_12,
	ARMCVM_PKVM_TARGET_COUNT
};

/**
 * struct armcvm_pkvm_window - accepted function-number ranges [lo, hi)
 * @pre_lo: first number accepted before pKVM finalisation
 * @pre_hi: one past the last number accepted before finalisation
 * @post_lo: first number accepted after finalisation
 * @post_hi: one past the last number accepted after finalisation
 *
 * v7.1: [0, PKVM_ONLY) before, [MIN_PKVM, MAX) after (pkvm.md 1.4 [S3]);
 * older kernels and ACK: [0, MAX) before, [__pkvm_prot_finalize, MAX)
 * after (pkvm.md 2.3, 2.4).
 */
struct armcvm_pkvm_window {
	uint16_t pre_lo;
	uint16_t pre_hi;
	uint16_t post_lo;
	uint16_t post_hi;
};

/**
 * struct armcvm_pkvm_target - one kernel's host hypercall layout
 * @id: which target
 * @name: e.g. "v7.1"
 * @source: where the table was read (public tree and commit)
 * @confirmed: false when the numbers are not confirmed; lookups then need
 *	ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED at armcvm_pkvm_target_get()
 * @allow_unconfirmed: set by armcvm_pkvm_target_get() on the caller's copy
 * @window: the EL2 dispatcher's accepted ranges
 * @table: entries sorted by @num
 * @count: number of entries in @table
 */
struct armcvm_pkvm_target {
	enum armcvm_pkvm_target_id id;
	const char *name;
	const char *source;
	bool confirmed;
	bool allow_unconfirmed;
	struct armcvm_pkvm_window window;
	const struct armcvm_pkvm_hcall_desc *table;
	size_t count;
};

/* Flags for armcvm_pkvm_target_get(). */
#define ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED	(1U << 0)

/**
 * armcvm_pkvm_target_get() - Describe a target
 * @id: which kernel layout
 * @flags: 0 or ARMCVM_PKVM_TARGET_ALLOW_UNCONFIRMED (accept a table whose
 *	numbers are not confirmed: the caller takes the risk)
 * @out: filled on success (a copy; the tables it points to are static)
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @out is NULL or @flags has unknown bits,
 *	   -ARMCVM_ERR_NOENT if @id is not a known target,
 *	   -ARMCVM_ERR_NOTSUPP if the target is unconfirmed and @flags does
 *	   not allow it.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_target_get(enum armcvm_pkvm_target_id id, unsigned int flags,
		       struct armcvm_pkvm_target *out);

/**
 * armcvm_pkvm_lookup() - Resolve a call by name on a target
 * @t: target from armcvm_pkvm_target_get()
 * @call: the call
 * @out: its function number, argument count and x1 meaning
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @t or @out is NULL or @call is out of range,
 *	   -ARMCVM_ERR_NOTSUPP if @t is unconfirmed and was not opted in,
 *	   -ARMCVM_ERR_NOENT if the target has no such call.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_lookup(const struct armcvm_pkvm_target *t,
		   enum armcvm_pkvm_hcall call,
		   struct armcvm_pkvm_hcall_desc *out);

/**
 * armcvm_pkvm_hcall_accepted() - Would EL2 dispatch this call?
 * @t: target
 * @call: the call
 * @finalised: true once pKVM has finalised (the kernel's static key
 *	kvm_protected_mode_initialized)
 *
 * Applies the target's window to the call's number. Calls without an
 * EL2 handler (__kvm_hyp_init, served by the init stub) are reported as
 * not accepted.
 *
 * Return: 1 if accepted, 0 if EL2 would answer NOT_SUPPORTED, or the
 *	   errors of armcvm_pkvm_lookup().
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_hcall_accepted(const struct armcvm_pkvm_target *t,
			   enum armcvm_pkvm_hcall call, bool finalised);

/**
 * armcvm_pkvm_hcall_name() - The kernel's name of a call
 * @call: the call
 *
 * Return: e.g. "__pkvm_host_share_hyp"; "<unknown>" when out of range.
 */
ARMCVM_API const char *armcvm_pkvm_hcall_name(enum armcvm_pkvm_hcall call);

/* -------- Calls: encode, call, decode --------------------------------- */

/* VM handles: table index + 0x1000, at most 255 VMs (pkvm.md 2.2 [S4]). */
#define ARMCVM_PKVM_HANDLE_OFFSET	ARMCVM_U(0x1000)
#define ARMCVM_PKVM_MAX_VMS		ARMCVM_U(255)

/**
 * struct armcvm_pkvm_result - what one host hypercall returned
 * @smccc: x0: the dispatcher's verdict, SMCCC SUCCESS (0) or NOT_SUPPORTED
 *	(-1, the call is outside the window or has no handler) (pkvm.md 1.4)
 * @x1: x1 after the call, raw
 * @ret: enum armcvm_pkvm_ret of the call on this target
 * @x1_written: true when the handler wrote x1 (x0 is SUCCESS and the
 *	handler is not void); false means @x1 is the caller's own value
 * @err: the hypervisor's negative Linux errno taken from x1, or 0 (for
 *	ERRNO, HANDLE and VALUE results with @x1_written)
 * @value: the handle (HANDLE), value (VALUE) or x1 (RAW) when @err is 0
 *
 * The SMCCC verdict and the hypervisor's result are never merged: a
 * caller checks @smccc first, then @err.
 */
struct armcvm_pkvm_result {
	int64_t smccc;
	uint64_t x1;
	uint8_t ret;
	bool x1_written;
	int64_t err;
	uint64_t value;
};

/**
 * armcvm_pkvm_host_encode() - Fill the registers of a host hypercall
 * @d: the call as the target defines it (armcvm_pkvm_lookup())
 * @args: @nargs argument values for x1.. (may be NULL when @nargs is 0)
 * @nargs: number of arguments the caller supplies
 * @in: registers to fill; every register past the arguments is zero
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @d or @in is NULL, @args is NULL with
 *	   @nargs > 0, or @nargs differs from the target's argument count,
 *	   -ARMCVM_ERR_NOTSUPP if the target's argument layout is unknown.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_host_encode(const struct armcvm_pkvm_hcall_desc *d,
			const uint64_t *args, unsigned int nargs,
			struct armcvm_smccc_regs *in);

/**
 * armcvm_pkvm_host_decode() - Interpret x0 / x1 after a host hypercall
 * @d: the call as the target defines it
 * @out: x0 and x1 after the call
 * @res: filled (see struct armcvm_pkvm_result)
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if an argument is NULL,
 *	   -ARMCVM_ERR_PROTOCOL if x0 is neither SUCCESS nor NOT_SUPPORTED,
 *	   or an ERRNO handler left a value that is neither 0 nor a negative
 *	   errno (@res is still filled with the raw registers).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_host_decode(const struct armcvm_pkvm_hcall_desc *d,
			const struct armcvm_smccc_regs *out,
			struct armcvm_pkvm_result *res);

/**
 * armcvm_pkvm_host_call() - Issue a host hypercall by name
 * @c: conduit (HVC for a real host kernel)
 * @t: target from armcvm_pkvm_target_get()
 * @call: the call
 * @args: argument values for x1..
 * @nargs: how many
 * @res: the result (written when the call was issued)
 *
 * Resolves @call on @t, encodes, issues with 1 + nargs argument registers
 * and 2 result registers (x0, x1), decodes. For void handlers the
 * hypervisor leaves x1 alone, so @res->x1 is what x1 held at the call: the
 * first argument when there is one; with no argument, zero through a
 * CALLBACK conduit but whatever the register held through SMC/HVC (only x0
 * is bound as an argument then).
 *
 * Return: 0 when the call was issued and decoded (look at @res),
 *	   -ARMCVM_ERR_INVAL, -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_NOENT from
 *	   the lookup and encode (nothing issued),
 *	   -ARMCVM_ERR_PROTOCOL from the decode.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_call(const struct armcvm_conduit *c,
		      const struct armcvm_pkvm_target *t,
		      enum armcvm_pkvm_hcall call, const uint64_t *args,
		      unsigned int nargs, struct armcvm_pkvm_result *res)
{
	struct armcvm_pkvm_hcall_desc d;
	struct armcvm_smccc_regs regs;
	int ret;

	if (res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ret = armcvm_pkvm_lookup(t, call, &d);
	if (ret != 0) {
		return ret;
	}
	ret = armcvm_pkvm_host_encode(&d, args, nargs, &regs);
	if (ret != 0) {
		return ret;
	}
	armcvm_conduit_invoke(c, &regs, &regs, 1U + nargs, 2U);
	return armcvm_pkvm_host_decode(&d, &regs, res);
}

/* Typed wrappers for the v7.1 memory and VM-lifecycle calls (pkvm.md 2.1,
 * 2.2; handler arguments from [S3]). Each returns what
 * armcvm_pkvm_host_call() returns, plus -ARMCVM_ERR_INVAL for the argument
 * checks named. On a target whose layout of the call differs (argument
 * count) or is unknown, they return -ARMCVM_ERR_INVAL / NOTSUPP without
 * issuing anything. */

/* Statement tail of a typed wrapper: declares the arguments and returns. */
#define ARMCVM_PKVM_CALL_(c, t, CALL, res, ...)				\
	const uint64_t a_[] = { __VA_ARGS__ };				\
	return armcvm_pkvm_host_call((c), (t), ARMCVM_PKVM_HCALL_##CALL,	\
		a_, (unsigned int)(sizeof(a_) / sizeof(a_[0])), (res))

/* Is @h a possible VM handle (pkvm.md 2.2)? */
static inline bool armcvm_pkvm_handle_valid(uint16_t h)
{
	return h >= ARMCVM_PKVM_HANDLE_OFFSET &&
	       h < ARMCVM_PKVM_HANDLE_OFFSET + ARMCVM_PKVM_MAX_VMS;
}

/**
 * armcvm_pkvm_host_share_hyp() - __pkvm_host_share_hyp(pfn): x1 = errno
 * @c: conduit
 * @t: target
 * @pfn: page frame
 * @res: result
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_share_hyp(const struct armcvm_conduit *c,
			   const struct armcvm_pkvm_target *t, uint64_t pfn,
			   struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, HOST_SHARE_HYP, res, pfn);
}

/**
 * armcvm_pkvm_host_unshare_hyp() - __pkvm_host_unshare_hyp(pfn): errno
 * @c: conduit
 * @t: target
 * @pfn: page frame
 * @res: result
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_unshare_hyp(const struct armcvm_conduit *c,
			     const struct armcvm_pkvm_target *t, uint64_t pfn,
			     struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, HOST_UNSHARE_HYP, res, pfn);
}

/**
 * armcvm_pkvm_host_donate_guest() - __pkvm_host_donate_guest(pfn, gfn)
 * @c: conduit
 * @t: target
 * @pfn: host page
 * @gfn: guest frame
 * @res: x1 = errno; acts on the protected vCPU loaded on this CPU
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_donate_guest(const struct armcvm_conduit *c,
			      const struct armcvm_pkvm_target *t,
			      uint64_t pfn, uint64_t gfn,
			      struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, HOST_DONATE_GUEST, res, pfn, gfn);
}

/**
 * armcvm_pkvm_host_share_guest() - __pkvm_host_share_guest(pfn, gfn,
 *	nr_pages, prot)
 * @c: conduit
 * @t: target
 * @pfn: host page
 * @gfn: guest frame
 * @nr_pages: 1 or one block's worth; 0 is -ARMCVM_ERR_INVAL
 * @prot: enum kvm_pgtable_prot bits
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for @nr_pages 0.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_share_guest(const struct armcvm_conduit *c,
			     const struct armcvm_pkvm_target *t,
			     uint64_t pfn, uint64_t gfn, uint64_t nr_pages,
			     uint64_t prot, struct armcvm_pkvm_result *res)
{
	if (nr_pages == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, HOST_SHARE_GUEST, res, pfn, gfn, nr_pages,
			  prot);
}

/**
 * armcvm_pkvm_host_unshare_guest() - __pkvm_host_unshare_guest(handle,
 *	gfn, nr_pages)
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @gfn: guest frame
 * @nr_pages: must be non-zero
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a handle
 *	   outside [0x1000, 0x10FF) or @nr_pages 0.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_unshare_guest(const struct armcvm_conduit *c,
			       const struct armcvm_pkvm_target *t,
			       uint16_t handle, uint64_t gfn,
			       uint64_t nr_pages,
			       struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle) || nr_pages == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, HOST_UNSHARE_GUEST, res, handle, gfn,
			  nr_pages);
}

/**
 * armcvm_pkvm_host_relax_perms_guest() - __pkvm_host_relax_perms_guest(
 *	gfn, prot)
 * @c: conduit
 * @t: target
 * @gfn: guest frame
 * @prot: new permissions
 * @res: x1 = errno (loaded non-protected vCPU)
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_relax_perms_guest(const struct armcvm_conduit *c,
				   const struct armcvm_pkvm_target *t,
				   uint64_t gfn, uint64_t prot,
				   struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, HOST_RELAX_PERMS_GUEST, res, gfn, prot);
}

/**
 * armcvm_pkvm_host_wrprotect_guest() - __pkvm_host_wrprotect_guest(
 *	handle, gfn, nr_pages)
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @gfn: guest frame
 * @nr_pages: must be non-zero
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad
 *	   handle or @nr_pages 0.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_wrprotect_guest(const struct armcvm_conduit *c,
				 const struct armcvm_pkvm_target *t,
				 uint16_t handle, uint64_t gfn,
				 uint64_t nr_pages,
				 struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle) || nr_pages == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, HOST_WRPROTECT_GUEST, res, handle, gfn,
			  nr_pages);
}

/**
 * armcvm_pkvm_host_test_clear_young_guest() - __pkvm_host_test_clear_
 *	young_guest(handle, gfn, nr_pages, mkold)
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @gfn: guest frame
 * @nr_pages: must be non-zero
 * @mkold: clear the access flag
 * @res: x1 = "young" (value 0/1) or errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad
 *	   handle or @nr_pages 0.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_test_clear_young_guest(const struct armcvm_conduit *c,
					const struct armcvm_pkvm_target *t,
					uint16_t handle, uint64_t gfn,
					uint64_t nr_pages, bool mkold,
					struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle) || nr_pages == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, HOST_TEST_CLEAR_YOUNG_GUEST, res, handle,
			  gfn, nr_pages, mkold ? 1U : 0U);
}

/**
 * armcvm_pkvm_host_mkyoung_guest() - __pkvm_host_mkyoung_guest(gfn)
 * @c: conduit
 * @t: target
 * @gfn: guest frame
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_mkyoung_guest(const struct armcvm_conduit *c,
			       const struct armcvm_pkvm_target *t,
			       uint64_t gfn, struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, HOST_MKYOUNG_GUEST, res, gfn);
}

/**
 * armcvm_pkvm_host_reserve_vm() - __pkvm_reserve_vm(): x1 = handle or errno
 * @c: conduit
 * @t: target
 * @res: result (@res->value is the handle)
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_reserve_vm(const struct armcvm_conduit *c,
			    const struct armcvm_pkvm_target *t,
			    struct armcvm_pkvm_result *res)
{
	return armcvm_pkvm_host_call(c, t, ARMCVM_PKVM_HCALL_RESERVE_VM, NULL,
				     0, res);
}

/**
 * armcvm_pkvm_host_unreserve_vm() - __pkvm_unreserve_vm(handle): void,
 *	x1 not written
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @res: result
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_unreserve_vm(const struct armcvm_conduit *c,
			      const struct armcvm_pkvm_target *t,
			      uint16_t handle, struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, UNRESERVE_VM, res, handle);
}

/**
 * armcvm_pkvm_host_init_vm() - __pkvm_init_vm(host_kvm, vm_hva, pgd_hva)
 * @c: conduit
 * @t: target
 * @host_kvm: host struct kvm address
 * @vm_hva: memory donated for the hyp VM
 * @pgd_hva: stage-2 PGD memory
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_init_vm(const struct armcvm_conduit *c,
			 const struct armcvm_pkvm_target *t,
			 uint64_t host_kvm, uint64_t vm_hva, uint64_t pgd_hva,
			 struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, INIT_VM, res, host_kvm, vm_hva, pgd_hva);
}

/**
 * armcvm_pkvm_host_init_vcpu() - __pkvm_init_vcpu(handle, host_vcpu,
 *	vcpu_hva)
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @host_vcpu: host vcpu
 * @vcpu_hva: memory donated for the hyp vCPU
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_init_vcpu(const struct armcvm_conduit *c,
			   const struct armcvm_pkvm_target *t,
			   uint16_t handle, uint64_t host_vcpu,
			   uint64_t vcpu_hva, struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, INIT_VCPU, res, handle, host_vcpu, vcpu_hva);
}

/**
 * armcvm_pkvm_host_vcpu_in_poison_fault() - __pkvm_vcpu_in_poison_fault():
 *	x1 = 1 (poisoned), 0, or errno
 * @c: conduit
 * @t: target
 * @res: result
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_vcpu_in_poison_fault(const struct armcvm_conduit *c,
				      const struct armcvm_pkvm_target *t,
				      struct armcvm_pkvm_result *res)
{
	return armcvm_pkvm_host_call(c, t,
				     ARMCVM_PKVM_HCALL_VCPU_IN_POISON_FAULT,
				     NULL, 0, res);
}

/**
 * armcvm_pkvm_host_force_reclaim_guest_page() - __pkvm_force_reclaim_
 *	guest_page(phys): x1 = errno (-EAGAIN counts as success for the host)
 * @c: conduit
 * @t: target
 * @phys: physical address
 * @res: result
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_force_reclaim_guest_page(const struct armcvm_conduit *c,
					  const struct armcvm_pkvm_target *t,
					  uint64_t phys,
					  struct armcvm_pkvm_result *res)
{
	ARMCVM_PKVM_CALL_(c, t, FORCE_RECLAIM_GUEST_PAGE, res, phys);
}

/**
 * armcvm_pkvm_host_reclaim_dying_guest_page() - __pkvm_reclaim_dying_
 *	guest_page(handle, gfn): x1 = errno
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @gfn: guest frame
 * @res: result
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_reclaim_dying_guest_page(const struct armcvm_conduit *c,
					  const struct armcvm_pkvm_target *t,
					  uint16_t handle, uint64_t gfn,
					  struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, RECLAIM_DYING_GUEST_PAGE, res, handle, gfn);
}

/**
 * armcvm_pkvm_host_start_teardown_vm() - __pkvm_start_teardown_vm(handle)
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_start_teardown_vm(const struct armcvm_conduit *c,
				   const struct armcvm_pkvm_target *t,
				   uint16_t handle,
				   struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, START_TEARDOWN_VM, res, handle);
}

/**
 * armcvm_pkvm_host_finalize_teardown_vm() - __pkvm_finalize_teardown_vm(
 *	handle)
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @res: x1 = errno
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_finalize_teardown_vm(const struct armcvm_conduit *c,
				      const struct armcvm_pkvm_target *t,
				      uint16_t handle,
				      struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, FINALIZE_TEARDOWN_VM, res, handle);
}

/**
 * armcvm_pkvm_host_vcpu_load() - __pkvm_vcpu_load(handle, vcpu_idx,
 *	hcr_el2): void, x1 not written
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @vcpu_idx: vCPU index
 * @hcr_el2: host HCR_EL2 (WFx trap bits propagate)
 * @res: result
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_vcpu_load(const struct armcvm_conduit *c,
			   const struct armcvm_pkvm_target *t,
			   uint16_t handle, uint32_t vcpu_idx,
			   uint64_t hcr_el2, struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, VCPU_LOAD, res, handle, vcpu_idx, hcr_el2);
}

/**
 * armcvm_pkvm_host_vcpu_put() - __pkvm_vcpu_put(): void, x1 not written
 * @c: conduit
 * @t: target
 * @res: result
 * Return: see armcvm_pkvm_host_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_vcpu_put(const struct armcvm_conduit *c,
			  const struct armcvm_pkvm_target *t,
			  struct armcvm_pkvm_result *res)
{
	return armcvm_pkvm_host_call(c, t, ARMCVM_PKVM_HCALL_VCPU_PUT, NULL, 0,
				     res);
}

/**
 * armcvm_pkvm_host_tlb_flush_vmid() - __pkvm_tlb_flush_vmid(handle): void,
 *	x1 not written; ignored for unknown or protected VMs
 * @c: conduit
 * @t: target
 * @handle: VM handle
 * @res: result
 * Return: see armcvm_pkvm_host_call(); -ARMCVM_ERR_INVAL for a bad handle.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_pkvm_host_tlb_flush_vmid(const struct armcvm_conduit *c,
				const struct armcvm_pkvm_target *t,
				uint16_t handle,
				struct armcvm_pkvm_result *res)
{
	if (!armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_PKVM_CALL_(c, t, TLB_FLUSH_VMID, res, handle);
}

/* -------- Compile-time selection ------------------------------------- */

#ifndef __ASSEMBLER__
/*
 * ARMCVM_PKVM_<TARGET>_<NAME>: the function number n of a call on a fixed
 * target, an integer constant expression generated from the same lists as
 * the run-time tables.
 */
#define ARMCVM_PKVM_NUM_ENUM_(T, NAME, n, nargs, ret)	\
	ARMCVM_PKVM_##T##_##NAME = (n),
#define ARMCVM_PKVM_NUM_V7_1_(NAME, n, a, r)	\
	ARMCVM_PKVM_NUM_ENUM_(V7_1, NAME, n, a, r)
#define ARMCVM_PKVM_NUM_V6_16_(NAME, n, a, r)	\
	ARMCVM_PKVM_NUM_ENUM_(V6_16, NAME, n, a, r)
#define ARMCVM_PKVM_NUM_V6_2_(NAME, n, a, r)	\
	ARMCVM_PKVM_NUM_ENUM_(V6_2, NAME, n, a, r)
#define ARMCVM_PKVM_NUM_ANDROID16_6_12_(NAME, n, a, r)	\
	ARMCVM_PKVM_NUM_ENUM_(ANDROID16_6_12, NAME, n, a, r)

/* Function numbers of upstream v7.1 (pkvm.md 2.1). */
enum armcvm_pkvm_num_v7_1 {
	ARMCVM_PKVM_TABLE_V7_1(ARMCVM_PKVM_NUM_V7_1_)
	ARMCVM_PKVM_V7_1_MIN_PKVM = 7,
	ARMCVM_PKVM_V7_1_PKVM_ONLY = 29,
	ARMCVM_PKVM_V7_1_MAX = 50
};
/* Function numbers of the v6.16-era layout. */
enum armcvm_pkvm_num_v6_16 {
	ARMCVM_PKVM_TABLE_V6_16(ARMCVM_PKVM_NUM_V6_16_)
	ARMCVM_PKVM_V6_16_MAX = 33
};
/* Function numbers of the ~v6.2 layout (pkvm.md 2.3). */
enum armcvm_pkvm_num_v6_2 {
	ARMCVM_PKVM_TABLE_V6_2(ARMCVM_PKVM_NUM_V6_2_)
	ARMCVM_PKVM_V6_2_MAX = 27
};
/* ACK android16-6.12: UNCONFIRMED numbers (see pkvm_host_tables.h). */
enum armcvm_pkvm_num_android16_6_12 {
	ARMCVM_PKVM_TABLE_ANDROID16_6_12(ARMCVM_PKVM_NUM_ANDROID16_6_12_)
	ARMCVM_PKVM_ANDROID16_6_12_MAX = 83
};

#define ARMCVM_PKVM_CAT3_(a, b, c)	a##b##_##c
#define ARMCVM_PKVM_NUM_(T, NAME)	ARMCVM_PKVM_CAT3_(ARMCVM_PKVM_, T, NAME)
/*
 * ARMCVM_PKVM_FIXED_FID(NAME) - FID of a call on the build's fixed target.
 * Define ARMCVM_PKVM_FIXED_TARGET to V7_1, V6_16, V6_2 or ANDROID16_6_12
 * first. Expands to a constant; a call the target lacks fails to compile.
 */
#define ARMCVM_PKVM_FIXED_FID(NAME)					\
	ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_NUM_(ARMCVM_PKVM_FIXED_TARGET, NAME))
#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_PKVM_HOST_H */
