/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RSI_H
#define ARMCVM_RSI_H
/*
 * armcvm - Realm Services Interface (RSI) 1.0: function identifiers,
 * status codes and the call wrappers a realm uses to reach the RMM.
 *
 * Spec: Arm DEN0137 RMM 1.0-rel0 ("S10") B5.3 (commands), B5.4 (types);
 * FIDs cross-checked against TF-RMM lib/smc/include/smc-rsi.h and Linux
 * arch/arm64/include/asm/rsi_smc.h (shared/reference/rmi.md section 7).
 * SMC64 fast calls, OEN 4, function numbers 0x190..0x199.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>
#include <armcvm/rsi_abi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 0xC4000190: X1 req -> X1 lower, X2 higher */
#define ARMCVM_SMC_RSI_VERSION			ARMCVM_SMC64_STD_FID(0x190)
/* 0xC4000191: X1 index -> X1 value */
#define ARMCVM_SMC_RSI_FEATURES			ARMCVM_SMC64_STD_FID(0x191)
/* 0xC4000192: X1 index -> X1..X8 value (64 bytes, little-endian) */
#define ARMCVM_SMC_RSI_MEASUREMENT_READ		ARMCVM_SMC64_STD_FID(0x192)
/* 0xC4000193: X1 index, X2 size, X3..X10 value */
#define ARMCVM_SMC_RSI_MEASUREMENT_EXTEND	ARMCVM_SMC64_STD_FID(0x193)
/* 0xC4000194: X1..X8 challenge -> X1 max_size */
#define ARMCVM_SMC_RSI_ATTESTATION_TOKEN_INIT	ARMCVM_SMC64_STD_FID(0x194)
/* 0xC4000195: X1 addr (granule IPA), X2 offset, X3 size -> X1 len */
#define ARMCVM_SMC_RSI_ATTESTATION_TOKEN_CONTINUE ARMCVM_SMC64_STD_FID(0x195)
/* 0xC4000196: X1 addr (IPA of an RsiRealmConfig granule) */
#define ARMCVM_SMC_RSI_REALM_CONFIG		ARMCVM_SMC64_STD_FID(0x196)
/* 0xC4000197: X1 base, X2 top, X3 ripas, X4 flags -> X1 new_base,
 * X2 response */
#define ARMCVM_SMC_RSI_IPA_STATE_SET		ARMCVM_SMC64_STD_FID(0x197)
/* 0xC4000198: X1 base, X2 top -> X1 out_top, X2 ripas */
#define ARMCVM_SMC_RSI_IPA_STATE_GET		ARMCVM_SMC64_STD_FID(0x198)
/* 0xC4000199: X1 addr (IPA of an RsiHostCall) */
#define ARMCVM_SMC_RSI_HOST_CALL		ARMCVM_SMC64_STD_FID(0x199)

/* Register counts, X0 included (S10 B5.3.<n>; T10 smc-rsi.h comments). */
#define ARMCVM_RSI_VERSION_NIN			2
#define ARMCVM_RSI_VERSION_NOUT			3
#define ARMCVM_RSI_FEATURES_NIN			2
#define ARMCVM_RSI_FEATURES_NOUT		2
#define ARMCVM_RSI_MEASUREMENT_READ_NIN		2
#define ARMCVM_RSI_MEASUREMENT_READ_NOUT	9
#define ARMCVM_RSI_MEASUREMENT_EXTEND_NIN	11
#define ARMCVM_RSI_MEASUREMENT_EXTEND_NOUT	1
#define ARMCVM_RSI_ATTESTATION_TOKEN_INIT_NIN	9
#define ARMCVM_RSI_ATTESTATION_TOKEN_INIT_NOUT	2
#define ARMCVM_RSI_ATTESTATION_TOKEN_CONTINUE_NIN	4
#define ARMCVM_RSI_ATTESTATION_TOKEN_CONTINUE_NOUT	2
#define ARMCVM_RSI_REALM_CONFIG_NIN		2
#define ARMCVM_RSI_REALM_CONFIG_NOUT		1
#define ARMCVM_RSI_IPA_STATE_SET_NIN		5
#define ARMCVM_RSI_IPA_STATE_SET_NOUT		3
#define ARMCVM_RSI_IPA_STATE_GET_NIN		3
#define ARMCVM_RSI_IPA_STATE_GET_NOUT		3
#define ARMCVM_RSI_HOST_CALL_NIN		2
#define ARMCVM_RSI_HOST_CALL_NOUT		1

/* RsiCommandReturnCode (S10 B5.4.2; T10 smc-rsi.h). 5 is 1.1+ (T11). */
#define ARMCVM_RSI_SUCCESS		0
#define ARMCVM_RSI_ERROR_INPUT		1
#define ARMCVM_RSI_ERROR_STATE		2
#define ARMCVM_RSI_INCOMPLETE		3
#define ARMCVM_RSI_ERROR_UNKNOWN	4
#define ARMCVM_RSI_ERROR_DEVICE		5	/* 1.1+ */

/* RsiInterfaceVersion: same encoding as RmiInterfaceVersion (S10 B5.4.7). */
#define ARMCVM_RSI_VERSION_1_0		ARMCVM_ULL(0x10000)

#ifndef __ASSEMBLER__

/**
 * armcvm_rsi_status_str() - Name of an RSI status value
 * @status: X0 after an RSI call
 *
 * Return: "RSI_SUCCESS", "RSI_ERROR_INPUT", ... or "<unknown RSI status>".
 *	   Never NULL.
 */
ARMCVM_API const char *armcvm_rsi_status_str(uint64_t status);

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RSI_H */
