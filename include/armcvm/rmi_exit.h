/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RMI_EXIT_H
#define ARMCVM_RMI_EXIT_H
/*
 * armcvm - REC exit decoding and REC entry preparation (host side).
 *
 * Sources: DEN0137 1.0-rel0 ("S10") B4.4.15/B4.4.17 (RmiRecEnter /
 * RmiRecExit), A4.3 (REC exits); ESR_EL2 ISS encoding for data aborts from
 * the Arm ARM (DDI0487) D24 "ESR_EL2": EC 31:26 (0x24 data abort from a
 * lower EL, 0x20 instruction abort from a lower EL), IL 25, ISV 24,
 * SAS 23:22, SSE 21, SRT 20:16, SF 15, AR 14, FnV 10, EA 9, S1PTW 7,
 * WnR 6, DFSC 5:0; HPFAR_EL2.FIPA 47:4 = IPA[55:12].
 *
 * Emulated MMIO (TF-RMM runtime/core/exit.c and the complete_mmio_emulation
 * path of TF-RMM runtime/rmi/rec.c; Linux arch/arm64/kvm/rmi-exit.c): the
 * value a realm stores is in exit.gprs[0]; the value returned to a realm
 * load goes in enter.gprs[0], and the RMM itself masks it to the access
 * size, sign-extends it (SSE, SF) and writes the realm's Xt (SRT).
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/rmi_abi.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ARMCVM_ESR_EC_SHIFT		26
#define ARMCVM_ESR_EC_MASK		ARMCVM_ULL(0x3F)
#define ARMCVM_ESR_EC_WFX		0x01
#define ARMCVM_ESR_EC_HVC64		0x16
#define ARMCVM_ESR_EC_SMC64		0x17
#define ARMCVM_ESR_EC_SYS64		0x18
#define ARMCVM_ESR_EC_IABT_LOW		0x20
#define ARMCVM_ESR_EC_DABT_LOW		0x24
#define ARMCVM_ESR_IL			(ARMCVM_ULL(1) << 25)
#define ARMCVM_ESR_ISV			(ARMCVM_ULL(1) << 24)
#define ARMCVM_ESR_SAS_SHIFT		22
#define ARMCVM_ESR_SSE			(ARMCVM_ULL(1) << 21)
#define ARMCVM_ESR_SRT_SHIFT		16
#define ARMCVM_ESR_SF			(ARMCVM_ULL(1) << 15)
#define ARMCVM_ESR_AR			(ARMCVM_ULL(1) << 14)
#define ARMCVM_ESR_FNV			(ARMCVM_ULL(1) << 10)
#define ARMCVM_ESR_EA			(ARMCVM_ULL(1) << 9)
#define ARMCVM_ESR_S1PTW		(ARMCVM_ULL(1) << 7)
#define ARMCVM_ESR_WNR			(ARMCVM_ULL(1) << 6)
#define ARMCVM_ESR_DFSC_MASK		ARMCVM_ULL(0x3F)
#define ARMCVM_HPFAR_FIPA_SHIFT		4
#define ARMCVM_HPFAR_FIPA_MASK		ARMCVM_ULL(0xFFFFFFFFFFF)	/* 47:4 */

#ifndef __ASSEMBLER__

/**
 * struct armcvm_esr_dabt - ESR_EL2 data-abort syndrome taken apart
 * @ec: exception class, bits 31:26
 * @isv: bits 23:14 hold a valid instruction syndrome
 * @sas: access size, log2 bytes (0..3), bits 23:22
 * @sse: sign-extend the loaded value, bit 21
 * @srt: register number Xt/Wt (31 = XZR), bits 20:16
 * @sf: 64-bit register, bit 15
 * @ar: acquire/release, bit 14
 * @fnv: FAR not valid, bit 10
 * @ea: external abort, bit 9
 * @s1ptw: stage-1 table walk fault, bit 7
 * @wnr: write (1) or read (0), bit 6
 * @dfsc: fault status code, bits 5:0
 */
struct armcvm_esr_dabt {
	uint8_t ec;
	bool isv;
	uint8_t sas;
	bool sse;
	uint8_t srt;
	bool sf;
	bool ar;
	bool fnv;
	bool ea;
	bool s1ptw;
	bool wnr;
	uint8_t dfsc;
};

/**
 * armcvm_esr_dabt_decode() - Take an ESR_EL2 data-abort syndrome apart
 * @esr: ESR_EL2 value
 * @out: decoded fields (always written; meaningful for EC 0x24)
 */
ARMCVM_API void armcvm_esr_dabt_decode(uint64_t esr,
				       struct armcvm_esr_dabt *out);

/**
 * armcvm_rmi_mmio_load_value() - What a realm's Xt holds after a load
 * @d: syndrome of the emulated load (ISV set)
 * @raw: value read from the device (low 1 << SAS bytes are used)
 *
 * Masks to the access size, sign-extends when SSE is set (to 64 bits, or
 * to 32 bits with the upper half zero when SF is clear): what the RMM does
 * with enter.gprs[0] (TF-RMM complete_mmio_emulation). For models.
 *
 * Return: the register value.
 */
ARMCVM_API uint64_t armcvm_rmi_mmio_load_value(const struct armcvm_esr_dabt *d,
					       uint64_t raw);

/**
 * struct armcvm_rmi_exit_info - a REC exit, classified
 * @reason: RmiRecExitReason (ARMCVM_RMI_EXIT_*)
 * @esr: exit.esr (SYNC, SERROR)
 * @dabt: @esr taken apart (SYNC)
 * @is_dabt: SYNC with EC 0x24 (data abort from the realm)
 * @is_iabt: SYNC with EC 0x20 (instruction abort from the realm)
 * @ipa: faulting IPA from HPFAR_EL2.FIPA and FAR[11:0] (aborts)
 * @protected_ipa: @ipa is in the protected (lower) half of the IPA space
 * @mmio: an emulatable MMIO access: data abort, ISV set, unprotected IPA
 * @access_size: bytes accessed (1 << SAS) when @mmio
 * @write_value: for an @mmio store, exit.gprs[0] masked to @access_size
 * @psci_fid: PSCI function ID (exit.gprs[0], 32 bits) for PSCI exits
 * @psci_args: exit.gprs[1..3] for PSCI exits
 * @ripas_base: requested range base (RIPAS_CHANGE)
 * @ripas_top: requested range top (RIPAS_CHANGE)
 * @ripas_value: requested RmiRipas (RIPAS_CHANGE)
 * @imm: host call immediate (HOST_CALL)
 */
struct armcvm_rmi_exit_info {
	unsigned int reason;
	uint64_t esr;
	struct armcvm_esr_dabt dabt;
	bool is_dabt;
	bool is_iabt;
	uint64_t ipa;
	bool protected_ipa;
	bool mmio;
	unsigned int access_size;
	uint64_t write_value;
	uint32_t psci_fid;
	uint64_t psci_args[3];
	uint64_t ripas_base;
	uint64_t ripas_top;
	uint8_t ripas_value;
	uint16_t imm;
};

/**
 * armcvm_rmi_exit_decode() - Classify the exit part of an RmiRecRun
 * @exit: the exit written by RMI_REC_ENTER
 * @ipa_bits: the realm's s2sz (32..52): IPAs at or above 2^(s2sz - 1) are
 *	unprotected (S10 A5.2.2)
 * @info: decoded exit (always written)
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @exit or @info is NULL (nothing written) or
 *	   @ipa_bits is outside 32..52,
 *	   -ARMCVM_ERR_PROTOCOL for an exit reason 1.0 does not define (7 and
 *	   above, @info->reason holds it) or MBZ bits set (exit_reason 63:8,
 *	   ripas_value 63:8 or a value above DESTROYED, imm 63:16, a
 *	   RIPAS_CHANGE range with top <= base).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmi_exit_decode(const struct armcvm_rmi_rec_exit *exit,
		       unsigned int ipa_bits,
		       struct armcvm_rmi_exit_info *info);

/**
 * armcvm_rmi_enter_mmio_read() - Complete an emulated MMIO load
 * @enter: entry part of the RmiRecRun for the next RMI_REC_ENTER
 * @info: the decoded exit
 * @value: value read from the device (masked to the access size here)
 *
 * Puts the value in enter.gprs[0], sets EMUL_MMIO, clears INJECT_SEA.
 *
 * Return: 0, -ARMCVM_ERR_INVAL if @enter or @info is NULL, or
 *	   -ARMCVM_ERR_STATE if @info is not an emulatable load.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmi_enter_mmio_read(struct armcvm_rmi_rec_enter *enter,
			   const struct armcvm_rmi_exit_info *info,
			   uint64_t value);

/**
 * armcvm_rmi_enter_mmio_write() - Complete an emulated MMIO store
 * @enter: entry part of the RmiRecRun
 * @info: the decoded exit (the stored value is @info->write_value)
 *
 * Sets EMUL_MMIO (the RMM then steps over the instruction), clears
 * INJECT_SEA.
 *
 * Return: 0, -ARMCVM_ERR_INVAL if @enter or @info is NULL, or
 *	   -ARMCVM_ERR_STATE if @info is not an emulatable store.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmi_enter_mmio_write(struct armcvm_rmi_rec_enter *enter,
			    const struct armcvm_rmi_exit_info *info);

/**
 * armcvm_rmi_enter_inject_sea() - Answer a data abort with an external abort
 * @enter: entry part of the RmiRecRun
 * @info: the decoded exit: a data abort at an unprotected IPA (S10
 *	B4.3.14: inject_sea is honoured only for such exits)
 *
 * Sets INJECT_SEA, clears EMUL_MMIO.
 *
 * Return: 0, -ARMCVM_ERR_INVAL if @enter or @info is NULL, or
 *	   -ARMCVM_ERR_STATE if @info is not such an abort.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmi_enter_inject_sea(struct armcvm_rmi_rec_enter *enter,
			    const struct armcvm_rmi_exit_info *info);

/**
 * armcvm_rmi_enter_ripas_response() - Accept or reject a RIPAS change
 * @enter: entry part of the RmiRecRun
 * @info: the decoded exit (must be RIPAS_CHANGE)
 * @reject: true to set ripas_response = REJECT, false for ACCEPT
 *
 * Return: 0, -ARMCVM_ERR_INVAL if @enter or @info is NULL, or
 *	   -ARMCVM_ERR_STATE if @info is not a RIPAS_CHANGE exit.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmi_enter_ripas_response(struct armcvm_rmi_rec_enter *enter,
				const struct armcvm_rmi_exit_info *info,
				bool reject);

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RMI_EXIT_H */
