/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_SMCCC_H
#define ARMCVM_SMCCC_H
/*
 * armcvm - SMC Calling Convention: function identifiers, return codes and
 * the register image of a call.
 *
 * Spec: Arm DEN0028 (SMCCC) "Bit usage of SMC Function Identifier"; field
 * names and values as in Linux include/linux/arm-smccc.h
 * (ARM_SMCCC_TYPE_SHIFT 31, ARM_SMCCC_CALL_CONV_SHIFT 30,
 * ARM_SMCCC_OWNER_SHIFT 24 / MASK 0x3F, ARM_SMCCC_FUNC_MASK 0xFFFF,
 * ARM_SMCCC_1_3_SVE_HINT 0x10000); pkvm.md 1.1-1.3.
 */

#include <armcvm/env.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Function identifier fields (32-bit FID in W0). */
#define ARMCVM_SMCCC_TYPE_SHIFT		31	/* 1 fast, 0 yielding */
#define ARMCVM_SMCCC_CONV_SHIFT		30	/* 1 SMC64/HVC64, 0 SMC32 */
#define ARMCVM_SMCCC_OWNER_SHIFT	24
#define ARMCVM_SMCCC_OWNER_MASK		ARMCVM_U(0x3F)
#define ARMCVM_SMCCC_SVE_HINT		ARMCVM_U(0x10000)	/* bit 16, SMCCC 1.3 */
#define ARMCVM_SMCCC_FUNC_MASK		ARMCVM_U(0xFFFF)

#define ARMCVM_SMCCC_YIELDING_CALL	ARMCVM_U(0)
#define ARMCVM_SMCCC_FAST_CALL		ARMCVM_U(1)
#define ARMCVM_SMCCC_SMC_32		ARMCVM_U(0)
#define ARMCVM_SMCCC_SMC_64		ARMCVM_U(1)

/* Owning entity numbers (DEN0028; pkvm.md 1.1). 7-47 are reserved. */
#define ARMCVM_SMCCC_OWNER_ARCH		ARMCVM_U(0)
#define ARMCVM_SMCCC_OWNER_CPU		ARMCVM_U(1)
#define ARMCVM_SMCCC_OWNER_SIP		ARMCVM_U(2)
#define ARMCVM_SMCCC_OWNER_OEM		ARMCVM_U(3)
#define ARMCVM_SMCCC_OWNER_STANDARD	ARMCVM_U(4)
#define ARMCVM_SMCCC_OWNER_STANDARD_HYP	ARMCVM_U(5)
#define ARMCVM_SMCCC_OWNER_VENDOR_HYP	ARMCVM_U(6)
#define ARMCVM_SMCCC_OWNER_TRUSTED_APP	ARMCVM_U(48)
#define ARMCVM_SMCCC_OWNER_TRUSTED_APP_END ARMCVM_U(49)
#define ARMCVM_SMCCC_OWNER_TRUSTED_OS	ARMCVM_U(50)
#define ARMCVM_SMCCC_OWNER_TRUSTED_OS_END ARMCVM_U(63)

/*
 * ARMCVM_SMCCC_CALL_VAL() - compose a function identifier
 * (Linux ARM_SMCCC_CALL_VAL). Usable in #if and in assembly.
 */
#define ARMCVM_SMCCC_CALL_VAL(type, conv, owner, num)			\
	(((type) << ARMCVM_SMCCC_TYPE_SHIFT) |				\
	 ((conv) << ARMCVM_SMCCC_CONV_SHIFT) |				\
	 (((owner) & ARMCVM_SMCCC_OWNER_MASK) << ARMCVM_SMCCC_OWNER_SHIFT) | \
	 ((num) & ARMCVM_SMCCC_FUNC_MASK))

/* Fast SMC64 call in the standard secure service range (RMI, RSI, PSCI64). */
#define ARMCVM_SMC64_STD_FID(num)					\
	ARMCVM_SMCCC_CALL_VAL(ARMCVM_SMCCC_FAST_CALL, ARMCVM_SMCCC_SMC_64, \
			      ARMCVM_SMCCC_OWNER_STANDARD, (num))
/* Fast 64-bit call owned by the vendor hypervisor service (KVM, pKVM). */
#define ARMCVM_SMC64_VENDOR_HYP_FID(num)				\
	ARMCVM_SMCCC_CALL_VAL(ARMCVM_SMCCC_FAST_CALL, ARMCVM_SMCCC_SMC_64, \
			      ARMCVM_SMCCC_OWNER_VENDOR_HYP, (num))
/* Fast 32-bit call owned by the vendor hypervisor service. */
#define ARMCVM_SMC32_VENDOR_HYP_FID(num)				\
	ARMCVM_SMCCC_CALL_VAL(ARMCVM_SMCCC_FAST_CALL, ARMCVM_SMCCC_SMC_32, \
			      ARMCVM_SMCCC_OWNER_VENDOR_HYP, (num))

/* Function 0xFF01 of every owner range is "Call UID" (DEN0028). */
#define ARMCVM_SMCCC_FUNC_CALL_UID	ARMCVM_U(0xFF01)

/* Architecture calls (Linux arm-smccc.h; pkvm.md 1.1). */
#define ARMCVM_SMCCC_VERSION_FID	ARMCVM_U(0x80000000)
#define ARMCVM_SMCCC_ARCH_FEATURES_FID	ARMCVM_U(0x80000001)
#define ARMCVM_SMCCC_ARCH_SOC_ID_FID	ARMCVM_U(0x80000002)

/* SMCCC_VERSION values: major in bits 30:16, minor in bits 15:0. */
#define ARMCVM_SMCCC_VERSION_1_0	ARMCVM_U(0x10000)
#define ARMCVM_SMCCC_VERSION_1_1	ARMCVM_U(0x10001)
#define ARMCVM_SMCCC_VERSION_1_2	ARMCVM_U(0x10002)
#define ARMCVM_SMCCC_VERSION_1_3	ARMCVM_U(0x10003)

/*
 * Standard return codes, returned sign-extended in X0 (DEN0028 / DEN0070A;
 * Linux SMCCC_RET_*): -1 is 0xFFFFFFFFFFFFFFFF for a 64-bit call.
 */
#define ARMCVM_SMCCC_RET_SUCCESS		0
#define ARMCVM_SMCCC_RET_NOT_SUPPORTED		(-1)
#define ARMCVM_SMCCC_RET_NOT_REQUIRED		(-2)
#define ARMCVM_SMCCC_RET_INVALID_PARAMETER	(-3)

/* Registers bound by each call form. */
#define ARMCVM_SMCCC_REG_COUNT		18	/* x0-x17, SMCCC 1.2 */
#define ARMCVM_SMCCC_1_1_ARG_REGS	8	/* x0-x7 in */
#define ARMCVM_SMCCC_1_1_RES_REGS	4	/* x0-x3 out */

#ifndef __ASSEMBLER__

/**
 * struct armcvm_smccc_regs - register image of one SMCCC call
 * @x: x[0] is the function identifier on the way in and the first result on
 *     the way out; x[1..17] are arguments / results (SMCCC 1.2 uses all 18).
 *
 * Fill it with a designated initializer; unused registers are zero.
 */
struct armcvm_smccc_regs {
	uint64_t x[ARMCVM_SMCCC_REG_COUNT];
};

/**
 * armcvm_smccc_is_fast() - Is bit 31 (fast call) set?
 * @fid: function identifier (the low 32 bits of X0)
 */
static inline bool armcvm_smccc_is_fast(uint32_t fid)
{
	return ((fid >> ARMCVM_SMCCC_TYPE_SHIFT) & 1U) != 0;
}

/**
 * armcvm_smccc_is_64() - Is bit 30 (SMC64/HVC64 convention) set?
 * @fid: function identifier
 */
static inline bool armcvm_smccc_is_64(uint32_t fid)
{
	return ((fid >> ARMCVM_SMCCC_CONV_SHIFT) & 1U) != 0;
}

/**
 * armcvm_smccc_owner() - Owning entity number, bits 29:24
 * @fid: function identifier
 */
static inline unsigned int armcvm_smccc_owner(uint32_t fid)
{
	return (fid >> ARMCVM_SMCCC_OWNER_SHIFT) & ARMCVM_SMCCC_OWNER_MASK;
}

/**
 * armcvm_smccc_has_sve_hint() - Is bit 16 ("no live SVE state") set?
 * @fid: function identifier
 */
static inline bool armcvm_smccc_has_sve_hint(uint32_t fid)
{
	return (fid & ARMCVM_SMCCC_SVE_HINT) != 0;
}

/**
 * armcvm_smccc_func_num() - Function number, bits 15:0
 * @fid: function identifier
 */
static inline unsigned int armcvm_smccc_func_num(uint32_t fid)
{
	return fid & ARMCVM_SMCCC_FUNC_MASK;
}

/**
 * struct armcvm_smccc_fid - a function identifier taken apart
 * @fast: bit 31
 * @smc64: bit 30
 * @owner: bits 29:24
 * @sve_hint: bit 16
 * @func_num: bits 15:0
 */
struct armcvm_smccc_fid {
	bool fast;
	bool smc64;
	uint8_t owner;
	bool sve_hint;
	uint16_t func_num;
};

/**
 * armcvm_smccc_fid_decode() - Take a function identifier apart
 * @x0: the value of X0 at the call
 * @out: decoded fields (written on success only)
 *
 * For fast calls DEN0028 makes bits 23:17 must-be-zero (bit 16 is the SVE
 * hint), and a function identifier is 32 bits wide (pKVM rejects host SMCs
 * whose upper 32 bits are set, pkvm.md 1.3).
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @out is NULL,
 *	   -ARMCVM_ERR_RESERVED if bits 63:32 are set, or bits 23:17 of a fast
 *	   call are set (@out is not written).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_smccc_fid_decode(uint64_t x0, struct armcvm_smccc_fid *out);

/**
 * armcvm_smccc_ret_name() - Name of a standard SMCCC return code
 * @x0: X0 after the call
 *
 * Return: "SUCCESS", "NOT_SUPPORTED", "NOT_REQUIRED", "INVALID_PARAMETER",
 *	   or "<not a standard SMCCC return code>". Never NULL.
 */
ARMCVM_API const char *armcvm_smccc_ret_name(uint64_t x0);

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_SMCCC_H */
