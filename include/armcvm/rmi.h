/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RMI_H
#define ARMCVM_RMI_H
/*
 * armcvm - Realm Management Interface (RMI) 1.0: function identifiers,
 * status codes, interface versions and the call wrappers.
 *
 * Spec: Arm DEN0137 RMM 1.0-rel0 ("S10") B4.3 (commands) and B4.4 (types);
 * FIDs and register use cross-checked against TF-RMM
 * lib/smc/include/smc-rmi.h and runtime/core/handler.c at tag
 * rmm-spec-v1.0-rel0 ("T10") and Linux arch/arm64/include/asm/rmi_smc.h
 * (shared/reference/rmi.md sections 1-2). Calling convention: SMC64 fast
 * call, standard secure service (OEN 4), inputs in X1..X6, results in X0
 * upward; unused argument registers are SBZ, unused result registers MBZ
 * (S10 B1.1/B1.2).
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>
#include <armcvm/rmi_abi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Function identifiers (S10 B4.3 FID table; T10 smc-rmi.h)            */
/* ------------------------------------------------------------------ */

/* 0xC4000150: X1 req -> X1 lower, X2 higher (RmiInterfaceVersion) */
#define ARMCVM_SMC_RMI_VERSION			ARMCVM_SMC64_STD_FID(0x150)
/* 0xC4000151: X1 addr */
#define ARMCVM_SMC_RMI_GRANULE_DELEGATE		ARMCVM_SMC64_STD_FID(0x151)
/* 0xC4000152: X1 addr */
#define ARMCVM_SMC_RMI_GRANULE_UNDELEGATE	ARMCVM_SMC64_STD_FID(0x152)
/* 0xC4000153: X1 rd, X2 data, X3 ipa, X4 src, X5 flags (RmiDataFlags) */
#define ARMCVM_SMC_RMI_DATA_CREATE		ARMCVM_SMC64_STD_FID(0x153)
/* 0xC4000154: X1 rd, X2 data, X3 ipa */
#define ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN	ARMCVM_SMC64_STD_FID(0x154)
/* 0xC4000155: X1 rd, X2 ipa -> X1 data, X2 top */
#define ARMCVM_SMC_RMI_DATA_DESTROY		ARMCVM_SMC64_STD_FID(0x155)
/* 0xC4000156 is not used in 1.0. */
/* 0xC4000157: X1 rd */
#define ARMCVM_SMC_RMI_REALM_ACTIVATE		ARMCVM_SMC64_STD_FID(0x157)
/* 0xC4000158: X1 rd, X2 params_ptr (RmiRealmParams) */
#define ARMCVM_SMC_RMI_REALM_CREATE		ARMCVM_SMC64_STD_FID(0x158)
/* 0xC4000159: X1 rd */
#define ARMCVM_SMC_RMI_REALM_DESTROY		ARMCVM_SMC64_STD_FID(0x159)
/* 0xC400015A: X1 rd, X2 rec, X3 params_ptr (RmiRecParams) */
#define ARMCVM_SMC_RMI_REC_CREATE		ARMCVM_SMC64_STD_FID(0x15A)
/* 0xC400015B: X1 rec */
#define ARMCVM_SMC_RMI_REC_DESTROY		ARMCVM_SMC64_STD_FID(0x15B)
/* 0xC400015C: X1 rec, X2 run_ptr (RmiRecRun) */
#define ARMCVM_SMC_RMI_REC_ENTER		ARMCVM_SMC64_STD_FID(0x15C)
/* 0xC400015D: X1 rd, X2 rtt, X3 ipa, X4 level */
#define ARMCVM_SMC_RMI_RTT_CREATE		ARMCVM_SMC64_STD_FID(0x15D)
/* 0xC400015E: X1 rd, X2 ipa, X3 level -> X1 rtt, X2 top */
#define ARMCVM_SMC_RMI_RTT_DESTROY		ARMCVM_SMC64_STD_FID(0x15E)
/* 0xC400015F: X1 rd, X2 ipa, X3 level, X4 desc */
#define ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED	ARMCVM_SMC64_STD_FID(0x15F)
/* 0xC4000160 is not used in 1.0. */
/* 0xC4000161: X1 rd, X2 ipa, X3 level -> X1 walk_level, X2 state,
 * X3 desc, X4 ripas */
#define ARMCVM_SMC_RMI_RTT_READ_ENTRY		ARMCVM_SMC64_STD_FID(0x161)
/* 0xC4000162: X1 rd, X2 ipa, X3 level -> X1 top */
#define ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED	ARMCVM_SMC64_STD_FID(0x162)
/* 0xC4000163 is not used in 1.0. */
/* 0xC4000164: X1 calling_rec, X2 target_rec, X3 status (PsciReturnCode) */
#define ARMCVM_SMC_RMI_PSCI_COMPLETE		ARMCVM_SMC64_STD_FID(0x164)
/* 0xC4000165: X1 index -> X1 value */
#define ARMCVM_SMC_RMI_FEATURES			ARMCVM_SMC64_STD_FID(0x165)
/* 0xC4000166: X1 rd, X2 ipa, X3 level -> X1 rtt */
#define ARMCVM_SMC_RMI_RTT_FOLD			ARMCVM_SMC64_STD_FID(0x166)
/* 0xC4000167: X1 rd -> X1 aux_count */
#define ARMCVM_SMC_RMI_REC_AUX_COUNT		ARMCVM_SMC64_STD_FID(0x167)
/* 0xC4000168: X1 rd, X2 base, X3 top -> X1 out_top */
#define ARMCVM_SMC_RMI_RTT_INIT_RIPAS		ARMCVM_SMC64_STD_FID(0x168)
/* 0xC4000169: X1 rd, X2 rec_ptr, X3 base, X4 top -> X1 out_top */
#define ARMCVM_SMC_RMI_RTT_SET_RIPAS		ARMCVM_SMC64_STD_FID(0x169)

/* RMI 1.0 function-number range (T10 smc.h SMC64_RMI_FNUM_MIN/MAX). */
#define ARMCVM_SMC_RMI_FNUM_MIN			0x150
#define ARMCVM_SMC_RMI_FNUM_MAX			0x169
/* Returned in X0 for an unimplemented FID in the range (T10 handler.c). */
#define ARMCVM_SMC_UNKNOWN			ARMCVM_ULL(0xFFFFFFFFFFFFFFFF)

/*
 * Register counts per command, X0 included: ARMCVM_RMI_<CMD>_NIN registers
 * carry the FID and arguments, ARMCVM_RMI_<CMD>_NOUT carry status and
 * results (S10 B4.3.<n> interface tables; T10 handler table arg counts).
 */
#define ARMCVM_RMI_VERSION_NIN			2
#define ARMCVM_RMI_VERSION_NOUT			3
#define ARMCVM_RMI_GRANULE_DELEGATE_NIN		2
#define ARMCVM_RMI_GRANULE_DELEGATE_NOUT	1
#define ARMCVM_RMI_GRANULE_UNDELEGATE_NIN	2
#define ARMCVM_RMI_GRANULE_UNDELEGATE_NOUT	1
#define ARMCVM_RMI_DATA_CREATE_NIN		6
#define ARMCVM_RMI_DATA_CREATE_NOUT		1
#define ARMCVM_RMI_DATA_CREATE_UNKNOWN_NIN	4
#define ARMCVM_RMI_DATA_CREATE_UNKNOWN_NOUT	1
#define ARMCVM_RMI_DATA_DESTROY_NIN		3
#define ARMCVM_RMI_DATA_DESTROY_NOUT		3
#define ARMCVM_RMI_REALM_ACTIVATE_NIN		2
#define ARMCVM_RMI_REALM_ACTIVATE_NOUT		1
#define ARMCVM_RMI_REALM_CREATE_NIN		3
#define ARMCVM_RMI_REALM_CREATE_NOUT		1
#define ARMCVM_RMI_REALM_DESTROY_NIN		2
#define ARMCVM_RMI_REALM_DESTROY_NOUT		1
#define ARMCVM_RMI_REC_CREATE_NIN		4
#define ARMCVM_RMI_REC_CREATE_NOUT		1
#define ARMCVM_RMI_REC_DESTROY_NIN		2
#define ARMCVM_RMI_REC_DESTROY_NOUT		1
#define ARMCVM_RMI_REC_ENTER_NIN		3
#define ARMCVM_RMI_REC_ENTER_NOUT		1
#define ARMCVM_RMI_RTT_CREATE_NIN		5
#define ARMCVM_RMI_RTT_CREATE_NOUT		1
#define ARMCVM_RMI_RTT_DESTROY_NIN		4
#define ARMCVM_RMI_RTT_DESTROY_NOUT		3
#define ARMCVM_RMI_RTT_MAP_UNPROTECTED_NIN	5
#define ARMCVM_RMI_RTT_MAP_UNPROTECTED_NOUT	1
#define ARMCVM_RMI_RTT_READ_ENTRY_NIN		4
#define ARMCVM_RMI_RTT_READ_ENTRY_NOUT		5
#define ARMCVM_RMI_RTT_UNMAP_UNPROTECTED_NIN	4
#define ARMCVM_RMI_RTT_UNMAP_UNPROTECTED_NOUT	2
#define ARMCVM_RMI_PSCI_COMPLETE_NIN		4
#define ARMCVM_RMI_PSCI_COMPLETE_NOUT		1
#define ARMCVM_RMI_FEATURES_NIN			2
#define ARMCVM_RMI_FEATURES_NOUT		2
#define ARMCVM_RMI_RTT_FOLD_NIN			4
#define ARMCVM_RMI_RTT_FOLD_NOUT		2
#define ARMCVM_RMI_REC_AUX_COUNT_NIN		2
#define ARMCVM_RMI_REC_AUX_COUNT_NOUT		2
#define ARMCVM_RMI_RTT_INIT_RIPAS_NIN		4
#define ARMCVM_RMI_RTT_INIT_RIPAS_NOUT		2
#define ARMCVM_RMI_RTT_SET_RIPAS_NIN		5
#define ARMCVM_RMI_RTT_SET_RIPAS_NOUT		2

/* ------------------------------------------------------------------ */
/* Status (RmiCommandReturnCode, S10 B4.4.1; values rmi.md 2.1)         */
/* ------------------------------------------------------------------ */

#define ARMCVM_RMI_SUCCESS		0	/* 1.0 */
#define ARMCVM_RMI_ERROR_INPUT		1	/* 1.0 */
#define ARMCVM_RMI_ERROR_REALM		2	/* 1.0; index varies */
#define ARMCVM_RMI_ERROR_REC		3	/* 1.0 */
#define ARMCVM_RMI_ERROR_RTT		4	/* 1.0; index = RTT level */
#define ARMCVM_RMI_ERROR_NOT_SUPPORTED	5	/* 1.1 (T11) */
#define ARMCVM_RMI_ERROR_DEVICE		6	/* 1.1 (T11) */
#define ARMCVM_RMI_ERROR_RTT_AUX	7	/* 1.1 (T11) */
#define ARMCVM_RMI_ERROR_PSMMU_ST	8	/* 2.0 (T20) */
#define ARMCVM_RMI_ERROR_DPT		9	/* 2.0 (T20) */
#define ARMCVM_RMI_BUSY			10	/* 2.0 (T20) */
#define ARMCVM_RMI_ERROR_GLOBAL		11	/* 2.0 (T20) */
#define ARMCVM_RMI_ERROR_TRACKING	12	/* 2.0 (T20) */
#define ARMCVM_RMI_INCOMPLETE		13	/* 2.0 (T20) */
#define ARMCVM_RMI_BLOCKED		14	/* 2.0 (T20) */
#define ARMCVM_RMI_ERROR_GPT		15	/* 2.0 (T20) */
#define ARMCVM_RMI_ERROR_GRANULE	16	/* 2.0 (T20) */

/* status = bits 7:0, index = bits 15:8, 63:16 MBZ (S10 B4.4.1). */
#define ARMCVM_RMI_STATUS_MASK		ARMCVM_ULL(0xFF)
#define ARMCVM_RMI_INDEX_SHIFT		8
#define ARMCVM_RMI_RETURN_MBZ_MASK	ARMCVM_ULL(0xFFFFFFFFFFFF0000)

/* RMI_ERROR_REALM index values for RMI_REC_ENTER (S10 B4.3.14). */
#define ARMCVM_RMI_REALM_INDEX_NEW		0
#define ARMCVM_RMI_REALM_INDEX_SYSTEM_OFF	1

#ifndef __ASSEMBLER__

/**
 * struct armcvm_rmi_status - an RmiCommandReturnCode taken apart
 * @raw: X0 exactly as returned
 * @status: bits 7:0 (ARMCVM_RMI_SUCCESS, ARMCVM_RMI_ERROR_*)
 * @index: bits 15:8 (RTT level for ERROR_RTT; see S10 B4.2)
 * @mbz_set: bits 63:16 were not zero. The RMM broke the ABI, or the FID is
 *	not implemented (SMC_UNKNOWN, -1): @status and @index are then not
 *	meaningful. Never ignore it: armcvm_rmi_status_ok() is false.
 */
struct armcvm_rmi_status {
	uint64_t raw;
	uint8_t status;
	uint8_t index;
	bool mbz_set;
};

/**
 * armcvm_rmi_status_decode() - Take an RmiCommandReturnCode apart
 * @x0: X0 after an RMI call
 * @st: decoded status (always written)
 *
 * Return: 0 if bits 63:16 are zero,
 *	   -ARMCVM_ERR_NOTSUPP if @x0 is SMC_UNKNOWN (the FID is not
 *	   implemented, or the conduit could not issue the call),
 *	   -ARMCVM_ERR_PROTOCOL if any other of bits 63:16 is set.
 *	   In both error cases @st->mbz_set is true.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_status_decode(uint64_t x0, struct armcvm_rmi_status *st)
{
	st->raw = x0;
	st->status = (uint8_t)(x0 & ARMCVM_RMI_STATUS_MASK);
	st->index = (uint8_t)((x0 >> ARMCVM_RMI_INDEX_SHIFT) & 0xFFU);
	st->mbz_set = (x0 & ARMCVM_RMI_RETURN_MBZ_MASK) != 0;
	if (x0 == ARMCVM_SMC_UNKNOWN) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	return st->mbz_set ? -ARMCVM_ERR_PROTOCOL : 0;
}

/**
 * armcvm_rmi_status_ok() - Did the command succeed?
 * @st: decoded status
 *
 * Return: true only for RMI_SUCCESS with bits 63:8 all zero.
 */
static inline bool armcvm_rmi_status_ok(const struct armcvm_rmi_status *st)
{
	return st->raw == ARMCVM_RMI_SUCCESS;
}

/**
 * armcvm_rmi_status_str() - Name of an RMI status value
 * @status: bits 7:0 of an RmiCommandReturnCode
 *
 * Return: "RMI_SUCCESS", "RMI_ERROR_INPUT", ... for the values above
 *	   (1.0 and later), "<unknown RMI status>" otherwise. Never NULL.
 */
ARMCVM_API const char *armcvm_rmi_status_str(unsigned int status);

/* ------------------------------------------------------------------ */
/* Interface version (RmiInterfaceVersion, S10 B4.4.9)                 */
/* ------------------------------------------------------------------ */

#endif /* !__ASSEMBLER__ */

/* major = bits 30:16, minor = bits 15:0, 63:31 MBZ. */
#define ARMCVM_RMI_VERSION_MAJOR_SHIFT	16
#define ARMCVM_RMI_VERSION_MAJOR_MASK	ARMCVM_ULL(0x7FFF)
#define ARMCVM_RMI_VERSION_MINOR_MASK	ARMCVM_ULL(0xFFFF)
#define ARMCVM_RMI_VERSION_MBZ_MASK	ARMCVM_ULL(0xFFFFFFFF80000000)
#define ARMCVM_RMI_MAKE_VERSION(major, minor)				\
	((((major) & ARMCVM_RMI_VERSION_MAJOR_MASK)			\
	  << ARMCVM_RMI_VERSION_MAJOR_SHIFT) |				\
	 ((minor) & ARMCVM_RMI_VERSION_MINOR_MASK))
#define ARMCVM_RMI_VERSION_1_0		ARMCVM_ULL(0x10000)
#define ARMCVM_RMI_VERSION_1_1		ARMCVM_ULL(0x10001)
#define ARMCVM_RMI_VERSION_2_0		ARMCVM_ULL(0x20000)

#ifndef __ASSEMBLER__

/**
 * struct armcvm_rmi_version - an RmiInterfaceVersion taken apart
 * @major: bits 30:16
 * @minor: bits 15:0
 */
struct armcvm_rmi_version {
	uint16_t major;
	uint16_t minor;
};

/**
 * armcvm_rmi_version_encode() - Build an RmiInterfaceVersion
 * @major: 0..0x7FFF
 * @minor: 0..0xFFFF
 * @out: encoded value
 *
 * Return: 0 on success, -ARMCVM_ERR_RANGE if @major > 0x7FFF.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_version_encode(unsigned int major, unsigned int minor,
			  uint64_t *out)
{
	if (major > ARMCVM_RMI_VERSION_MAJOR_MASK ||
	    minor > ARMCVM_RMI_VERSION_MINOR_MASK) {
		return -ARMCVM_ERR_RANGE;
	}
	*out = ARMCVM_RMI_MAKE_VERSION((uint64_t)major, (uint64_t)minor);
	return 0;
}

/**
 * armcvm_rmi_version_decode() - Take an RmiInterfaceVersion apart
 * @v: the value
 * @out: major and minor (always written)
 *
 * Return: 0 on success, -ARMCVM_ERR_RESERVED if bits 63:31 are set.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_version_decode(uint64_t v, struct armcvm_rmi_version *out)
{
	out->major = (uint16_t)((v >> ARMCVM_RMI_VERSION_MAJOR_SHIFT) &
				ARMCVM_RMI_VERSION_MAJOR_MASK);
	out->minor = (uint16_t)(v & ARMCVM_RMI_VERSION_MINOR_MASK);
	return (v & ARMCVM_RMI_VERSION_MBZ_MASK) != 0 ?
		-ARMCVM_ERR_RESERVED : 0;
}

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RMI_H */
