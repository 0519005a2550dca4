/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - compile-time checks of every ABI constant and layout
 * (TF-RMM smc-rmi-offsets.c). Modules add their asserts to the section
 * that covers their header. Nothing here emits code.
 */
#include <armcvm/armcvm.h>

/* SMCCC (Linux include/linux/arm-smccc.h; pkvm.md 1.1) */
ARMCVM_STATIC_ASSERT(ARMCVM_SMC64_STD_FID(0x158) == 0xC4000158U,
		     "standard-service SMC64 FID composition");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC64_VENDOR_HYP_FID(2) == 0xC6000002U,
		     "vendor-hyp SMC64 FID composition");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC32_VENDOR_HYP_FID(ARMCVM_SMCCC_FUNC_CALL_UID) ==
		     0x8600FF01U, "vendor-hyp Call UID FID");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_smccc_regs) == 18 * 8,
		     "x0-x17 register image");

/* SHA-2 / measurement (FIPS 180-4; DEN0137 A7.1, B4.4; rmi.md 3.5, 5) */
ARMCVM_STATIC_ASSERT(ARMCVM_HASH_SHA256 == 0 && ARMCVM_HASH_SHA512 == 1,
		     "RmiHashAlgorithm encodings");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_measurement) == 64,
		     "RmmRealmMeasurement is 512 bits");
ARMCVM_STATIC_ASSERT(ARMCVM_RIM_DESC_SIZE == 256,
		     "measurement descriptors are 256 bytes");
ARMCVM_STATIC_ASSERT(ARMCVM_HASH_MAX_DIGEST_SIZE == ARMCVM_MEASUREMENT_SIZE,
		     "a measurement holds the largest digest");
