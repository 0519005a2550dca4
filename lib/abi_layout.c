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

/* pKVM ownership model (pkvm_own.h; pkvm.md 4.2) */
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_pkvm_page) == 8,
		     "struct hyp_page is 8 bytes [S5]");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_S2_STATE_MASK == ((1ULL << 55) | (1ULL << 56)),
		     "page state in SW0/SW1 = PTE bits 55/56 [S5, S7]");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_HANDLE_OFFSET + ARMCVM_PKVM_MAX_VMS <= 0xFFFFU,
		     "handles fit pkvm_handle_t (u16) [S4]");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_DONATION_META_SHIFT +
		     ARMCVM_PKVM_DONATION_META_BITS == 60,
		     "donation metadata is PTE bits 59:4 [S7]");
