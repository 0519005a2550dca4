/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RSI_ABI_H
#define ARMCVM_RSI_ABI_H
/*
 * armcvm - RSI 1.0 data structures and enumerations, byte-exact.
 *
 * Spec: Arm DEN0137 RMM 1.0-rel0 ("S10") B5.4 (RSI types); cross-checked
 * against TF-RMM lib/smc/include/smc-rsi.h (struct rsi_realm_config,
 * struct rsi_host_call, RSI_HOST_CALL_NR_GPRS 31) and Linux
 * arch/arm64/include/asm/rsi_smc.h (shared/reference/rmi.md section 7).
 * Offsets are pinned in lib/abi_layout.c.
 */

#include <armcvm/env.h>
#include <armcvm/rmi_abi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* RsiRipas (S10 B5.4.9): same encoding as RmiRipas. */
#define ARMCVM_RSI_EMPTY		0
#define ARMCVM_RSI_RAM			1
#define ARMCVM_RSI_DESTROYED		2

/* RsiResponse (S10 B5.4.10). */
#define ARMCVM_RSI_ACCEPT		0
#define ARMCVM_RSI_REJECT		1

/* RsiRipasChangeFlags (S10 B5.4.8): bit 0 change_destroyed, 63:1 SBZ. */
#define ARMCVM_RSI_CHANGE_DESTROYED	(ARMCVM_ULL(1) << 0)
#define ARMCVM_RSI_RIPAS_FLAGS_MASK	ARMCVM_ULL(0x1)

/* RsiHashAlgorithm (S10 B5.4.5). */
#define ARMCVM_RSI_HASH_SHA_256		0
#define ARMCVM_RSI_HASH_SHA_512		1

/* Measurement slots: 0 = RIM, 1..4 = REMs (S10 B5.3.5/B5.3.6). */
#define ARMCVM_RSI_MEASUREMENT_RIM	0
#define ARMCVM_RSI_MEASUREMENT_REM_MAX	4
#define ARMCVM_RSI_MEASUREMENT_SIZE	64	/* bytes, 8 registers */
#define ARMCVM_RSI_CHALLENGE_SIZE	64	/* bytes, X1..X8 */

#define ARMCVM_RSI_HOST_CALL_NR_GPRS	31
#define ARMCVM_RSI_HOST_CALL_SIZE	0x100	/* and its alignment */

#ifndef __ASSEMBLER__

/**
 * struct armcvm_rsi_realm_config - RsiRealmConfig (S10 B5.4.6), 0x1000 B
 * @ipa_width: IPA width in bits
 * @hash_algo: RsiHashAlgorithm in bits 7:0
 * @rpv: Realm Personalization Value
 */
struct armcvm_rsi_realm_config {
	ARMCVM_RMI_FIELD(uint64_t ipa_width, 0x000, 0x008);	/* 0x000 */
	ARMCVM_RMI_FIELD(uint64_t hash_algo, 0x008, 0x200);	/* 0x008 */
	ARMCVM_RMI_FIELD(uint8_t rpv[ARMCVM_RMI_RPV_SIZE], 0x200, 0x1000);
								/* 0x200 */
};

/**
 * struct armcvm_rsi_host_call - RsiHostCall (S10 B5.4.3), 0x100 B
 * @imm: immediate value (UInt16) in bits 15:0 of a 64-bit slot
 * @gprs: X0-X30 passed to and returned from the host
 */
struct armcvm_rsi_host_call {
	ARMCVM_RMI_FIELD(uint64_t imm, 0x000, 0x008);		/* 0x000 */
	ARMCVM_RMI_FIELD(uint64_t gprs[ARMCVM_RSI_HOST_CALL_NR_GPRS],
			 0x008, 0x100);				/* 0x008 */
};

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RSI_ABI_H */
