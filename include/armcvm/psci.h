/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_PSCI_H
#define ARMCVM_PSCI_H
/*
 * armcvm - the PSCI calls an RMM 1.0 serves to realms (S10 B6), their
 * function IDs and return codes.
 *
 * Source: Arm DEN0022 PSCI 1.1 section 5 (function IDs, return codes),
 * as published in Linux include/uapi/linux/psci.h (PSCI_0_2_FN*,
 * PSCI_RET_*, PSCI_0_2_AFFINITY_LEVEL_*). A realm makes these calls with
 * SMC; the RMM answers VERSION itself and turns CPU_ON / AFFINITY_INFO
 * into a PSCI exit the host completes with RMI_PSCI_COMPLETE
 * (shared/reference/rmi.md 4.3, 7).
 */

#include <armcvm/smccc.h>

/* Function IDs (SMC32 forms 0x84000000 + n, SMC64 forms 0xC4000000 + n).
 * A realm may use either form of CPU_SUSPEND, CPU_ON and AFFINITY_INFO
 * (TF-RMM runtime/rsi/psci.c handle_psci). */
#define ARMCVM_PSCI_VERSION_FID		ARMCVM_U(0x84000000)
#define ARMCVM_PSCI_CPU_SUSPEND32_FID	ARMCVM_U(0x84000001)
#define ARMCVM_PSCI_CPU_OFF_FID		ARMCVM_U(0x84000002)
#define ARMCVM_PSCI_CPU_ON32_FID	ARMCVM_U(0x84000003)
#define ARMCVM_PSCI_AFFINITY_INFO32_FID	ARMCVM_U(0x84000004)
#define ARMCVM_PSCI_SYSTEM_OFF_FID	ARMCVM_U(0x84000008)
#define ARMCVM_PSCI_SYSTEM_RESET_FID	ARMCVM_U(0x84000009)
#define ARMCVM_PSCI_FEATURES_FID	ARMCVM_U(0x8400000A)
#define ARMCVM_PSCI_CPU_SUSPEND_FID	ARMCVM_SMC64_STD_FID(1)
#define ARMCVM_PSCI_CPU_ON_FID		ARMCVM_SMC64_STD_FID(3)
#define ARMCVM_PSCI_AFFINITY_INFO_FID	ARMCVM_SMC64_STD_FID(4)

/* Return codes (DEN0022 5.2.2), as signed values of X0. */
#define ARMCVM_PSCI_SUCCESS		0
#define ARMCVM_PSCI_NOT_SUPPORTED	(-1)
#define ARMCVM_PSCI_INVALID_PARAMETERS	(-2)
#define ARMCVM_PSCI_DENIED		(-3)
#define ARMCVM_PSCI_ALREADY_ON		(-4)
#define ARMCVM_PSCI_INVALID_ADDRESS	(-9)

/* AFFINITY_INFO results (DEN0022 5.7). */
#define ARMCVM_PSCI_AFFINITY_ON		0
#define ARMCVM_PSCI_AFFINITY_OFF	1

/* PSCI_VERSION result: major in bits 31:16, minor in 15:0. */
#define ARMCVM_PSCI_VERSION_1_1		ARMCVM_U(0x10001)

#endif /* ARMCVM_PSCI_H */
