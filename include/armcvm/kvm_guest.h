/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_KVM_GUEST_H
#define ARMCVM_KVM_GUEST_H
/*
 * armcvm - guest -> hypervisor calls of the KVM vendor-hyp service
 * (stable ABI): Call UID, FEATURES, PTP, and the pKVM memory calls
 * HYP_MEMINFO / MEM_SHARE / MEM_UNSHARE / MMIO_GUARD, plus the Android
 * Common Kernel's ranged and MMIO-guard variants.
 *
 * Function numbers: Linux include/linux/arm-smccc.h ARM_SMCCC_KVM_FUNC_*
 * [S8] and Documentation/virt/kvm/arm/hypercalls.rst [S9] (pkvm.md 3.1);
 * ACK numbers from the ACK arm-smccc.h [S27] (pkvm.md 3.3).
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Function numbers (pkvm.md 3.1 [S8]). */
#define ARMCVM_KVM_FUNC_FEATURES		ARMCVM_U(0)
#define ARMCVM_KVM_FUNC_PTP			ARMCVM_U(1)
#define ARMCVM_KVM_FUNC_HYP_MEMINFO		ARMCVM_U(2)
#define ARMCVM_KVM_FUNC_MEM_SHARE		ARMCVM_U(3)
#define ARMCVM_KVM_FUNC_MEM_UNSHARE		ARMCVM_U(4)
#define ARMCVM_KVM_FUNC_MMIO_GUARD		ARMCVM_U(7)	/* upstream */
#define ARMCVM_KVM_FUNC_DISCOVER_IMPL_VER	ARMCVM_U(64)
#define ARMCVM_KVM_FUNC_DISCOVER_IMPL_CPUS	ARMCVM_U(65)
#define ARMCVM_KVM_FUNC_FEATURES_2		ARMCVM_U(127)
#define ARMCVM_KVM_NUM_FUNCS			ARMCVM_U(128)
/* ACK android16-6.12 (pkvm.md 3.3 [S27]); 7 is MMIO_GUARD_MAP there. */
#define ARMCVM_KVM_FUNC_MMIO_GUARD_INFO		ARMCVM_U(5)
#define ARMCVM_KVM_FUNC_MMIO_GUARD_ENROLL	ARMCVM_U(6)
#define ARMCVM_KVM_FUNC_MMIO_GUARD_MAP		ARMCVM_U(7)
#define ARMCVM_KVM_FUNC_MMIO_GUARD_UNMAP	ARMCVM_U(8)
#define ARMCVM_KVM_FUNC_MEM_RELINQUISH		ARMCVM_U(9)
#define ARMCVM_KVM_FUNC_MMIO_RGUARD_MAP		ARMCVM_U(10)
#define ARMCVM_KVM_FUNC_MMIO_RGUARD_UNMAP	ARMCVM_U(11)

/* Function identifiers (pkvm.md 3.1 / 3.3; asserted in lib/abi_layout.c). */
#define ARMCVM_SMC_KVM_CALL_UID						\
	ARMCVM_SMC32_VENDOR_HYP_FID(ARMCVM_SMCCC_FUNC_CALL_UID)	/* 0x8600FF01 */
#define ARMCVM_SMC_KVM_FEATURES						\
	ARMCVM_SMC32_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_FEATURES)	/* 0x86000000 */
#define ARMCVM_SMC_KVM_PTP						\
	ARMCVM_SMC32_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_PTP)	/* 0x86000001 */
#define ARMCVM_SMC_KVM_HYP_MEMINFO					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_HYP_MEMINFO) /* 0xC6000002 */
#define ARMCVM_SMC_KVM_MEM_SHARE					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MEM_SHARE)	/* 0xC6000003 */
#define ARMCVM_SMC_KVM_MEM_UNSHARE					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MEM_UNSHARE) /* 0xC6000004 */
#define ARMCVM_SMC_KVM_MMIO_GUARD					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_GUARD)	/* 0xC6000007 */
#define ARMCVM_SMC_KVM_DISCOVER_IMPL_VER				\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_DISCOVER_IMPL_VER)
#define ARMCVM_SMC_KVM_DISCOVER_IMPL_CPUS				\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_DISCOVER_IMPL_CPUS)
#define ARMCVM_SMC_KVM_MMIO_GUARD_INFO					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_GUARD_INFO)
#define ARMCVM_SMC_KVM_MMIO_GUARD_ENROLL				\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_GUARD_ENROLL)
#define ARMCVM_SMC_KVM_MMIO_GUARD_MAP					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_GUARD_MAP)
#define ARMCVM_SMC_KVM_MMIO_GUARD_UNMAP					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_GUARD_UNMAP)
#define ARMCVM_SMC_KVM_MEM_RELINQUISH					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MEM_RELINQUISH)
#define ARMCVM_SMC_KVM_MMIO_RGUARD_MAP					\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_RGUARD_MAP)
#define ARMCVM_SMC_KVM_MMIO_RGUARD_UNMAP				\
	ARMCVM_SMC64_VENDOR_HYP_FID(ARMCVM_KVM_FUNC_MMIO_RGUARD_UNMAP)

/*
 * KVM's vendor-hyp UID 28b46fb6-2ec5-11e9-a9ca-4b564d003a74 as returned in
 * R0..R3 (pkvm.md 3.1 [S8, S27]).
 */
#define ARMCVM_KVM_UID_R0	ARMCVM_U(0xb66fb428)
#define ARMCVM_KVM_UID_R1	ARMCVM_U(0xe911c52e)
#define ARMCVM_KVM_UID_R2	ARMCVM_U(0x564bcaa9)
#define ARMCVM_KVM_UID_R3	ARMCVM_U(0x743a004d)

/* PTP counter selectors (pkvm.md 3.1 [S30]). */
#define ARMCVM_KVM_PTP_VIRT_COUNTER	ARMCVM_U(0)
#define ARMCVM_KVM_PTP_PHYS_COUNTER	ARMCVM_U(1)

/* HYP_MEMINFO / MMIO_GUARD_INFO R1 flag: ranged calls (ACK, [S27]). */
#define ARMCVM_KVM_FUNC_HAS_RANGE	ARMCVM_ULL(0x1)

#ifndef __ASSEMBLER__

/* Translation granules the memory calls may report: 4, 16 or 64 KiB. */
#define ARMCVM_KVM_GRANULE_MIN	ARMCVM_ULL(0x1000)
#define ARMCVM_KVM_GRANULE_MAX	ARMCVM_ULL(0x10000)

/**
 * struct armcvm_kvm_uid - Call UID result
 * @r: R0..R3 (low 32 bits; the call is HVC32)
 * @is_kvm: true when R0..R3 spell KVM's UID (ARMCVM_KVM_UID_R0..R3)
 */
struct armcvm_kvm_uid {
	uint32_t r[4];
	bool is_kvm;
};

/**
 * struct armcvm_kvm_features - FEATURES result (pkvm.md 3.1 [S9])
 * @bitmap: R0..R3: function numbers 0-31, 32-63, 64-95, 96-127
 * @supported: false when R0 was SMCCC NOT_SUPPORTED (sign-extended -1);
 *	@bitmap is then all zero
 */
struct armcvm_kvm_features {
	uint32_t bitmap[4];
	bool supported;
};

/**
 * struct armcvm_kvm_meminfo - HYP_MEMINFO / MMIO_GUARD_INFO result
 * @smccc: R0 when it is an SMCCC error (negative), else 0
 * @granule: memory-protection granule in bytes (a power of two in
 *	[4 KiB, 64 KiB]) when @smccc is 0
 * @flags: R1 (ACK: ARMCVM_KVM_FUNC_HAS_RANGE; upstream v7.1 leaves 0)
 * @has_range: @flags has ARMCVM_KVM_FUNC_HAS_RANGE: the ranged forms of
 *	MEM_SHARE / MEM_UNSHARE / MMIO guard are available
 */
struct armcvm_kvm_meminfo {
	int64_t smccc;
	uint64_t granule;
	uint64_t flags;
	bool has_range;
};

/**
 * struct armcvm_kvm_mem_result - result of one memory call
 * @smccc: R0: SMCCC SUCCESS (0) or an error (e.g. INVALID_PARAMETER, -3)
 * @done: granules processed: 1 for a successful single-granule call, R1
 *	for a ranged call (ACK, pkvm.md 3.3), 0 on error
 */
struct armcvm_kvm_mem_result {
	int64_t smccc;
	uint64_t done;
};

/**
 * struct armcvm_kvm_ptp - PTP result (pkvm.md 3.1 [S30])
 * @smccc: 0, or NOT_SUPPORTED (-1) when R0 was negative as a 32-bit value
 * @wall_ns: wall-clock time (R0 << 32 | R1), valid when @smccc is 0
 * @counter: counter value (R2 << 32 | R3), valid when @smccc is 0
 */
struct armcvm_kvm_ptp {
	int64_t smccc;
	uint64_t wall_ns;
	uint64_t counter;
};

/**
 * armcvm_kvm_uid_decode() - Interpret a Call UID answer
 * @out: x0..x3 after the call
 * @uid: filled
 *
 * Return: 0, or -ARMCVM_ERR_INVAL if an argument is NULL.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_kvm_uid_decode(const struct armcvm_smccc_regs *out,
		      struct armcvm_kvm_uid *uid);

/**
 * armcvm_kvm_features_decode() - Interpret a FEATURES answer
 * @out: x0..x3 after the call
 * @f: filled
 *
 * Return: 0, or -ARMCVM_ERR_INVAL if an argument is NULL.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_kvm_features_decode(const struct armcvm_smccc_regs *out,
			   struct armcvm_kvm_features *f);

/**
 * armcvm_kvm_features_has() - Does a FEATURES bitmap list function @func?
 * @f: decoded FEATURES (may be NULL: false)
 * @func: function number (ARMCVM_KVM_FUNC_*)
 *
 * Return: true if @f is supported and bit @func is set; false otherwise,
 *	   including @func >= 128.
 */
ARMCVM_API bool armcvm_kvm_features_has(const struct armcvm_kvm_features *f,
					unsigned int func);

/**
 * armcvm_kvm_meminfo_decode() - Interpret HYP_MEMINFO / MMIO_GUARD_INFO
 * @out: x0, x1 after the call
 * @mi: filled
 *
 * A negative R0 is an SMCCC error and goes to @mi->smccc. A non-negative
 * R0 must be a granule size: Linux's guest treats R0 > PAGE_SIZE as an
 * error (pkvm.md 3.2 [S11]); armcvm accepts powers of two from 4 KiB to
 * 64 KiB, the Arm translation granules.
 *
 * Return: 0 on success (check @mi->smccc),
 *	   -ARMCVM_ERR_INVAL if an argument is NULL,
 *	   -ARMCVM_ERR_PROTOCOL if R0 is non-negative but not a valid
 *	   granule (@mi->granule is then 0).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_kvm_meminfo_decode(const struct armcvm_smccc_regs *out,
			  struct armcvm_kvm_meminfo *mi);

/**
 * armcvm_kvm_mem_encode() - Registers of a MEM_SHARE-like call
 * @fid: ARMCVM_SMC_KVM_MEM_SHARE, _MEM_UNSHARE, _MMIO_GUARD,
 *	_MMIO_GUARD_UNMAP, _MEM_RELINQUISH, _MMIO_RGUARD_MAP or _UNMAP
 * @ipa: base IPA, aligned to @granule
 * @granule: the hypervisor's granule (from HYP_MEMINFO), a power of two
 * @nr: granules; 1 for the single-granule forms
 * @ranged: true for the ACK ranged form (R2 = @nr), false for the
 *	upstream form (R2 = 0, exactly one granule)
 * @in: filled: x1 = @ipa, x2 = @nr or 0, x3 = 0 (R2/R3 MBZ upstream,
 *	pkvm.md 3.1 [S9]; ACK R2 = count, R3 MBZ, 3.3 [S20])
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @in is NULL, @fid is not one of the above,
 *	   @granule is not a power of two in [4 KiB, 64 KiB], @nr is 0, or
 *	   @nr > 1 without @ranged (or @ranged on a non-ranged FID),
 *	   -ARMCVM_ERR_ALIGN if @ipa is not @granule-aligned,
 *	   -ARMCVM_ERR_RANGE if @ipa + @nr * @granule wraps.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_kvm_mem_encode(uint32_t fid, uint64_t ipa, uint64_t granule,
		      uint64_t nr, bool ranged, struct armcvm_smccc_regs *in);

/**
 * armcvm_kvm_mem_decode() - Interpret a MEM_SHARE-like answer
 * @out: x0, x1 after the call
 * @nr: granules requested
 * @ranged: the call was the ranged form
 * @res: filled
 *
 * Return: 0 on success (check @res->smccc),
 *	   -ARMCVM_ERR_INVAL if an argument is NULL,
 *	   -ARMCVM_ERR_PROTOCOL if a ranged call reported SUCCESS with 0
 *	   or more than @nr granules processed ([S20]: 0 processed means R0
 *	   carries an error).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_kvm_mem_decode(const struct armcvm_smccc_regs *out, uint64_t nr,
		      bool ranged, struct armcvm_kvm_mem_result *res);

/**
 * armcvm_kvm_call_uid() - Vendor-hyp Call UID (0x8600FF01)
 * @c: conduit (HVC for a guest)
 * @uid: result; @uid->is_kvm tells whether the hypervisor is KVM
 *
 * Return: see armcvm_kvm_uid_decode().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_call_uid(const struct armcvm_conduit *c, struct armcvm_kvm_uid *uid)
{
	struct armcvm_smccc_regs r = { { ARMCVM_SMC_KVM_CALL_UID } };

	if (uid == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_conduit_invoke(c, &r, &r, 1, 4);
	return armcvm_kvm_uid_decode(&r, uid);
}

/**
 * armcvm_kvm_features() - KVM FEATURES (0x86000000), no arguments
 * @c: conduit
 * @f: the four-register bitmap
 *
 * Return: see armcvm_kvm_features_decode().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_features(const struct armcvm_conduit *c,
		    struct armcvm_kvm_features *f)
{
	struct armcvm_smccc_regs r = { { ARMCVM_SMC_KVM_FEATURES } };

	if (f == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_conduit_invoke(c, &r, &r, 1, 4);
	return armcvm_kvm_features_decode(&r, f);
}

/**
 * armcvm_kvm_hyp_meminfo() - HYP_MEMINFO (0xC6000002): R1-R3 zero
 * @c: conduit
 * @mi: granule and range flag
 *
 * Return: see armcvm_kvm_meminfo_decode().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_hyp_meminfo(const struct armcvm_conduit *c,
		       struct armcvm_kvm_meminfo *mi)
{
	struct armcvm_smccc_regs r = { { ARMCVM_SMC_KVM_HYP_MEMINFO } };

	if (mi == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_conduit_invoke(c, &r, &r, 4, 2);
	return armcvm_kvm_meminfo_decode(&r, mi);
}

/**
 * armcvm_kvm_mmio_guard_info() - ACK MMIO_GUARD_INFO (0xC6000005)
 * @c: conduit
 * @mi: MMIO guard granule and range flag
 *
 * Return: see armcvm_kvm_meminfo_decode().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mmio_guard_info(const struct armcvm_conduit *c,
			   struct armcvm_kvm_meminfo *mi)
{
	struct armcvm_smccc_regs r = { { ARMCVM_SMC_KVM_MMIO_GUARD_INFO } };

	if (mi == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_conduit_invoke(c, &r, &r, 4, 2);
	return armcvm_kvm_meminfo_decode(&r, mi);
}

/**
 * armcvm_kvm_mmio_guard_enroll() - ACK MMIO_GUARD_ENROLL (0xC6000006)
 * @c: conduit
 * @smccc: R0 (SUCCESS or an SMCCC error)
 *
 * Return: 0, or -ARMCVM_ERR_INVAL if @smccc is NULL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mmio_guard_enroll(const struct armcvm_conduit *c, int64_t *smccc)
{
	struct armcvm_smccc_regs r = { { ARMCVM_SMC_KVM_MMIO_GUARD_ENROLL } };

	if (smccc == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_conduit_invoke(c, &r, &r, 4, 1);
	*smccc = (int64_t)r.x[0];
	return 0;
}

/**
 * armcvm_kvm_mem_call() - Issue one MEM_SHARE-like call
 * @c: conduit
 * @fid: see armcvm_kvm_mem_encode()
 * @ipa: base IPA
 * @granule: hypervisor granule
 * @nr: granules
 * @ranged: ACK ranged form
 * @res: SMCCC code and granules processed
 *
 * Return: the errors of armcvm_kvm_mem_encode() (nothing issued) and
 *	   armcvm_kvm_mem_decode(); 0 otherwise.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mem_call(const struct armcvm_conduit *c, uint32_t fid,
		    uint64_t ipa, uint64_t granule, uint64_t nr, bool ranged,
		    struct armcvm_kvm_mem_result *res)
{
	struct armcvm_smccc_regs r;
	int ret;

	if (res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ret = armcvm_kvm_mem_encode(fid, ipa, granule, nr, ranged, &r);
	if (ret != 0) {
		return ret;
	}
	armcvm_conduit_invoke(c, &r, &r, 4, 2);
	return armcvm_kvm_mem_decode(&r, nr, ranged, res);
}

/**
 * armcvm_kvm_mem_share() - MEM_SHARE (0xC6000003) of one granule
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: hypervisor granule from HYP_MEMINFO
 * @res: SMCCC code; @res->done = 1 on success
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mem_share(const struct armcvm_conduit *c, uint64_t ipa,
		     uint64_t granule, struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MEM_SHARE, ipa, granule,
				   1, false, res);
}

/**
 * armcvm_kvm_mem_unshare() - MEM_UNSHARE (0xC6000004) of one granule
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: hypervisor granule
 * @res: SMCCC code; @res->done = 1 on success
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mem_unshare(const struct armcvm_conduit *c, uint64_t ipa,
		       uint64_t granule, struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MEM_UNSHARE, ipa, granule,
				   1, false, res);
}

/**
 * armcvm_kvm_mmio_guard() - MMIO_GUARD (0xC6000007; ACK MMIO_GUARD_MAP)
 * @c: conduit
 * @ipa: granule-aligned IPA of an MMIO granule
 * @granule: MMIO guard granule
 * @res: SMCCC code
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mmio_guard(const struct armcvm_conduit *c, uint64_t ipa,
		      uint64_t granule, struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MMIO_GUARD, ipa, granule,
				   1, false, res);
}

/**
 * armcvm_kvm_mmio_guard_unmap() - ACK MMIO_GUARD_UNMAP (0xC6000008);
 *	a no-op SUCCESS on android16-6.12 EL2 once enrolled
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: MMIO guard granule
 * @res: SMCCC code
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mmio_guard_unmap(const struct armcvm_conduit *c, uint64_t ipa,
			    uint64_t granule,
			    struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MMIO_GUARD_UNMAP, ipa,
				   granule, 1, false, res);
}

/**
 * armcvm_kvm_mem_relinquish() - ACK MEM_RELINQUISH (0xC6000009)
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: hypervisor granule
 * @res: SMCCC code
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mem_relinquish(const struct armcvm_conduit *c, uint64_t ipa,
			  uint64_t granule, struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MEM_RELINQUISH, ipa,
				   granule, 1, false, res);
}

/**
 * armcvm_kvm_mem_share_range() - ACK ranged MEM_SHARE: R2 = @nr,
 *	R1 back = granules processed
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: hypervisor granule
 * @nr: granules (non-zero)
 * @res: SMCCC code and granules processed
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mem_share_range(const struct armcvm_conduit *c, uint64_t ipa,
			   uint64_t granule, uint64_t nr,
			   struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MEM_SHARE, ipa, granule,
				   nr, true, res);
}

/**
 * armcvm_kvm_mem_unshare_range() - ACK ranged MEM_UNSHARE
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: hypervisor granule
 * @nr: granules (non-zero)
 * @res: SMCCC code and granules processed
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mem_unshare_range(const struct armcvm_conduit *c, uint64_t ipa,
			     uint64_t granule, uint64_t nr,
			     struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MEM_UNSHARE, ipa, granule,
				   nr, true, res);
}

/**
 * armcvm_kvm_mmio_rguard_map() - ACK MMIO_RGUARD_MAP (0xC600000A)
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: MMIO guard granule
 * @nr: granules (non-zero)
 * @res: SMCCC code and granules guarded
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mmio_rguard_map(const struct armcvm_conduit *c, uint64_t ipa,
			   uint64_t granule, uint64_t nr,
			   struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MMIO_RGUARD_MAP, ipa,
				   granule, nr, true, res);
}

/**
 * armcvm_kvm_mmio_rguard_unmap() - ACK MMIO_RGUARD_UNMAP (0xC600000B)
 * @c: conduit
 * @ipa: granule-aligned IPA
 * @granule: MMIO guard granule
 * @nr: granules (non-zero)
 * @res: SMCCC code and granules processed
 *
 * Return: see armcvm_kvm_mem_call().
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_mmio_rguard_unmap(const struct armcvm_conduit *c, uint64_t ipa,
			     uint64_t granule, uint64_t nr,
			     struct armcvm_kvm_mem_result *res)
{
	return armcvm_kvm_mem_call(c, ARMCVM_SMC_KVM_MMIO_RGUARD_UNMAP, ipa,
				   granule, nr, true, res);
}

/**
 * armcvm_kvm_ptp() - KVM PTP (0x86000001)
 * @c: conduit
 * @counter: ARMCVM_KVM_PTP_VIRT_COUNTER or ARMCVM_KVM_PTP_PHYS_COUNTER
 * @res: wall clock and counter
 *
 * Return: 0 (check @res->smccc), or -ARMCVM_ERR_INVAL if @res is NULL or
 *	   @counter is neither selector (nothing issued).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_kvm_ptp(const struct armcvm_conduit *c, uint32_t counter,
	       struct armcvm_kvm_ptp *res)
{
	struct armcvm_smccc_regs r = { { ARMCVM_SMC_KVM_PTP, counter } };

	if (res == NULL || counter > ARMCVM_KVM_PTP_PHYS_COUNTER) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_conduit_invoke(c, &r, &r, 2, 4);
	/* ptp_kvm: (int)R0 < 0 means unsupported [S30]. */
	res->smccc = 0;
	res->wall_ns = 0;
	res->counter = 0;
	if ((int32_t)(uint32_t)r.x[0] < 0) {
		res->smccc = ARMCVM_SMCCC_RET_NOT_SUPPORTED;
		return 0;
	}
	res->wall_ns = (r.x[0] & 0xFFFFFFFFULL) << 32 | (r.x[1] & 0xFFFFFFFFULL);
	res->counter = (r.x[2] & 0xFFFFFFFFULL) << 32 | (r.x[3] & 0xFFFFFFFFULL);
	return 0;
}

/**
 * struct armcvm_kvm_range_result - how far a range share / unshare got
 * @base: first byte of the granule-rounded range
 * @size: bytes in the granule-rounded range
 * @bytes_done: bytes from @base already shared / unshared, in order
 * @complete: @bytes_done == @size
 * @smccc: R0 of the call that failed (0 when none failed)
 * @failed_ipa: IPA the failing call started at (valid when @smccc != 0):
 *	granules from there on are in their old state, as far as the
 *	hypervisor reported
 * @calls: hypercalls issued
 */
struct armcvm_kvm_range_result {
	uint64_t base;
	uint64_t size;
	uint64_t bytes_done;
	bool complete;
	int64_t smccc;
	uint64_t failed_ipa;
	uint64_t calls;
};

/**
 * armcvm_kvm_range_update() - Share or unshare an arbitrary byte range
 * @c: conduit
 * @mi: HYP_MEMINFO result (granule, HAS_RANGE)
 * @share: true for MEM_SHARE, false for MEM_UNSHARE
 * @ipa: first byte (any alignment: rounded down to a granule)
 * @size: bytes (the end is rounded up to a granule)
 * @res: progress report, filled in every case after argument checks pass
 *
 * Uses the ranged calls when @mi->has_range, else one call per granule
 * (as Linux set_memory_decrypted() does, pkvm.md 3.2 [S11]). Partial
 * progress of a ranged call is resumed at base + done * granule (pkvm.md
 * 3.3 [S20]). Stops at the first SMCCC error. Never loops without
 * progress: a ranged SUCCESS with 0 granules processed is a protocol
 * error.
 *
 * Return: 0 when every call was issued and answered per the ABI: check
 *	   @res->complete (the hypervisor may have refused midway:
 *	   @res->smccc, @res->failed_ipa, @res->bytes_done),
 *	   -ARMCVM_ERR_INVAL if @mi or @res is NULL, @mi->smccc is not 0,
 *	   @mi->granule is invalid or @size is 0,
 *	   -ARMCVM_ERR_RANGE if the rounded range wraps,
 *	   -ARMCVM_ERR_PROTOCOL if the hypervisor reported impossible
 *	   progress (@res tells how far it got before that).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_kvm_range_update(const struct armcvm_conduit *c,
			const struct armcvm_kvm_meminfo *mi, bool share,
			uint64_t ipa, uint64_t size,
			struct armcvm_kvm_range_result *res);

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_KVM_GUEST_H */
