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
 * @st: decoded status (always written unless NULL)
 *
 * Return: 0 if bits 63:16 are zero,
 *	   -ARMCVM_ERR_INVAL if @st is NULL,
 *	   -ARMCVM_ERR_NOTSUPP if @x0 is SMC_UNKNOWN (the FID is not
 *	   implemented, or the conduit could not issue the call),
 *	   -ARMCVM_ERR_PROTOCOL if any other of bits 63:16 is set.
 *	   In both error cases @st->mbz_set is true.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_status_decode(uint64_t x0, struct armcvm_rmi_status *st)
{
	if (st == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
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
 * armcvm_rmi_interface_version_pack() - Build an RmiInterfaceVersion
 * @major: 0..0x7FFF
 * @minor: 0..0xFFFF
 * @out: encoded value
 *
 * Return: 0 on success, -ARMCVM_ERR_INVAL if @out is NULL,
 *	   -ARMCVM_ERR_RANGE if @major > 0x7FFF or @minor > 0xFFFF.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_interface_version_pack(unsigned int major, unsigned int minor,
			  uint64_t *out)
{
	if (out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (major > ARMCVM_RMI_VERSION_MAJOR_MASK ||
	    minor > ARMCVM_RMI_VERSION_MINOR_MASK) {
		return -ARMCVM_ERR_RANGE;
	}
	*out = ARMCVM_RMI_MAKE_VERSION((uint64_t)major, (uint64_t)minor);
	return 0;
}

/**
 * armcvm_rmi_interface_version_unpack() - Take an RmiInterfaceVersion apart
 * @v: the value
 * @out: major and minor (always written unless NULL)
 *
 * Return: 0 on success, -ARMCVM_ERR_INVAL if @out is NULL,
 *	   -ARMCVM_ERR_RESERVED if bits 63:31 are set.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_interface_version_unpack(uint64_t v,
				    struct armcvm_rmi_version *out)
{
	if (out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	out->major = (uint16_t)((v >> ARMCVM_RMI_VERSION_MAJOR_SHIFT) &
				ARMCVM_RMI_VERSION_MAJOR_MASK);
	out->minor = (uint16_t)(v & ARMCVM_RMI_VERSION_MINOR_MASK);
	return (v & ARMCVM_RMI_VERSION_MBZ_MASK) != 0 ?
		-ARMCVM_ERR_RESERVED : 0;
}

#endif /* !__ASSEMBLER__ */

#ifndef __ASSEMBLER__

/* ------------------------------------------------------------------ */
/* Result structures                                                    */
/* ------------------------------------------------------------------ */

/*
 * Outputs other than the status are meaningful only when the status is
 * RMI_SUCCESS, except the `top` of DATA_DESTROY, RTT_DESTROY and
 * RTT_UNMAP_UNPROTECTED, which is also valid on (RMI_ERROR_RTT, level)
 * (S10 B4.3.3, B4.3.16, B4.3.22; rmi.md 2.2). Commands without outputs
 * return a plain struct armcvm_rmi_status.
 */

/**
 * struct armcvm_rmi_version_result - RMI_VERSION outputs
 * @st: status (RMI_SUCCESS, or RMI_ERROR_INPUT if the requested revision
 *	is not implemented)
 * @lower: X1, lower implemented revision (RmiInterfaceVersion)
 * @higher: X2, higher implemented revision
 */
struct armcvm_rmi_version_result {
	struct armcvm_rmi_status st;
	uint64_t lower;
	uint64_t higher;
};

/**
 * struct armcvm_rmi_data_destroy_result - RMI_DATA_DESTROY outputs
 * @st: status
 * @data: X1, PA of the DATA granule that was unmapped
 * @top: X2, top of the non-live address region (also on ERROR_RTT)
 */
struct armcvm_rmi_data_destroy_result {
	struct armcvm_rmi_status st;
	uint64_t data;
	uint64_t top;
};

/**
 * struct armcvm_rmi_rtt_destroy_result - RMI_RTT_DESTROY outputs
 * @st: status
 * @rtt: X1, PA of the RTT that was destroyed
 * @top: X2, top of the non-live address region (also on ERROR_RTT)
 */
struct armcvm_rmi_rtt_destroy_result {
	struct armcvm_rmi_status st;
	uint64_t rtt;
	uint64_t top;
};

/**
 * struct armcvm_rmi_rtt_fold_result - RMI_RTT_FOLD outputs
 * @st: status
 * @rtt: X1, PA of the RTT that was folded (now DELEGATED)
 */
struct armcvm_rmi_rtt_fold_result {
	struct armcvm_rmi_status st;
	uint64_t rtt;
};

/**
 * struct armcvm_rmi_rtt_entry - RMI_RTT_READ_ENTRY outputs
 * @st: status
 * @walk_level: X1, level at which the walk terminated (-1..3)
 * @state: X2[7:0], RmiRttEntryState (ARMCVM_RMI_UNASSIGNED ...)
 * @desc: X3, descriptor (output address, plus attributes for
 *	ASSIGNED_NS; rmi.md 3.7)
 * @ripas: X4[7:0], RmiRipas (ARMCVM_RMI_EMPTY ...)
 */
struct armcvm_rmi_rtt_entry {
	struct armcvm_rmi_status st;
	int64_t walk_level;
	uint8_t state;
	uint64_t desc;
	uint8_t ripas;
};

/**
 * struct armcvm_rmi_rtt_unmap_result - RMI_RTT_UNMAP_UNPROTECTED outputs
 * @st: status
 * @top: X1, top of the non-live address region (also on ERROR_RTT)
 */
struct armcvm_rmi_rtt_unmap_result {
	struct armcvm_rmi_status st;
	uint64_t top;
};

/**
 * struct armcvm_rmi_features_result - RMI_FEATURES outputs
 * @st: status
 * @value: X1, the feature register (ARMCVM_RMI_FEAT0_GET() for index 0)
 */
struct armcvm_rmi_features_result {
	struct armcvm_rmi_status st;
	uint64_t value;
};

/**
 * struct armcvm_rmi_rec_aux_count_result - RMI_REC_AUX_COUNT outputs
 * @st: status
 * @aux_count: X1, auxiliary granules per REC (at most 16)
 */
struct armcvm_rmi_rec_aux_count_result {
	struct armcvm_rmi_status st;
	uint64_t aux_count;
};

/**
 * struct armcvm_rmi_ripas_result - RMI_RTT_INIT_RIPAS / SET_RIPAS outputs
 * @st: status
 * @out_top: X1, top of the range whose RIPAS was changed
 */
struct armcvm_rmi_ripas_result {
	struct armcvm_rmi_status st;
	uint64_t out_top;
};

/* ------------------------------------------------------------------ */
/* Shared helpers (not API: the trailing underscore)                    */
/* ------------------------------------------------------------------ */

/* Fill X0..X5; every other register is zero (S10 B1.2: SBZ). */
static inline void armcvm_rmi_regs_(struct armcvm_smccc_regs *in,
				    uint64_t fid, uint64_t a1, uint64_t a2,
				    uint64_t a3, uint64_t a4, uint64_t a5)
{
	const struct armcvm_smccc_regs r = { { fid, a1, a2, a3, a4, a5 } };

	*in = r;
}

/* The end of every validating encode: refuse a NULL @in, else fill. */
static inline int armcvm_rmi_fill_(struct armcvm_smccc_regs *in,
				   uint64_t fid, uint64_t a1, uint64_t a2,
				   uint64_t a3, uint64_t a4, uint64_t a5)
{
	if (in == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_rmi_regs_(in, fid, a1, a2, a3, a4, a5);
	return 0;
}

static inline bool armcvm_rmi_aligned_(uint64_t v, uint64_t size)
{
	return (v & (size - 1U)) == 0;
}

/*
 * Size mapped by one RTT entry at @level: 4 KiB at 3, 2 MiB at 2, 1 GiB
 * at 1, 512 GiB at 0, 256 TiB at -1 (4 KiB granule, S10 A5.5.x; level
 * -1 only with LPA2). @level must be in -1..3.
 */
static inline uint64_t armcvm_rmi_level_size_(int64_t level)
{
	return ARMCVM_ULL(1) << (12U + 9U * (unsigned int)(3 - level));
}

/* All granules named by a command must be 4 KiB aligned (*_align). */
static inline int armcvm_rmi_check_granule_(uint64_t pa)
{
	return armcvm_rmi_aligned_(pa, ARMCVM_RMI_GRANULE_SIZE) ?
		0 : -ARMCVM_ERR_ALIGN;
}

/*
 * Level and alignment of a (level, ipa) pair: @level in [@min, 3], @ipa
 * aligned to the size of an entry at @align_level (level_bound, ipa_align).
 */
static inline int armcvm_rmi_check_level_ipa_(int64_t level, int64_t min,
					      uint64_t ipa, int64_t align_level)
{
	if (level < min || level > 3) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!armcvm_rmi_aligned_(ipa, armcvm_rmi_level_size_(align_level))) {
		return -ARMCVM_ERR_ALIGN;
	}
	return 0;
}

/* A [base, top) IPA range of whole granules (size_valid, *_gran_align). */
static inline int armcvm_rmi_check_range_(uint64_t base, uint64_t top)
{
	if (!armcvm_rmi_aligned_(base, ARMCVM_RMI_GRANULE_SIZE) ||
	    !armcvm_rmi_aligned_(top, ARMCVM_RMI_GRANULE_SIZE)) {
		return -ARMCVM_ERR_ALIGN;
	}
	return top > base ? 0 : -ARMCVM_ERR_RANGE;
}

/* Stop at the first failing check. */
#define ARMCVM_RMI_TRY_(expr)						\
	do {								\
		int armcvm_e_ = (expr);					\
		if (armcvm_e_ != 0) {					\
			return armcvm_e_;				\
		}							\
	} while (0)

/*
 * The body of every wrapper: refuse a NULL result pointer, encode
 * (validating), invoke with the command's exact register counts, decode.
 * Nothing is issued when a check fails.
 */
#define ARMCVM_RMI_WRAP_(c, cmd, CMD, res, ...)				\
	do {								\
		struct armcvm_smccc_regs armcvm_r_;			\
		if ((res) == NULL) {					\
			return -ARMCVM_ERR_INVAL;			\
		}							\
		ARMCVM_RMI_TRY_(armcvm_rmi_##cmd##_encode(&armcvm_r_,	\
							  __VA_ARGS__)); \
		armcvm_conduit_invoke((c), &armcvm_r_, &armcvm_r_,	\
				      ARMCVM_RMI_##CMD##_NIN,		\
				      ARMCVM_RMI_##CMD##_NOUT);		\
		return armcvm_rmi_##cmd##_decode(&armcvm_r_, (res));	\
	} while (0)

/* ------------------------------------------------------------------ */
/* Raw layer                                                            */
/* ------------------------------------------------------------------ */

/**
 * armcvm_rmi_encode_raw() - Fill registers without any validation
 * @in: register image to fill; X6..X17 become zero
 * @fid: any function identifier
 * @x1: X1 ... @x5: X5
 * @x2: X2
 * @x3: X3
 * @x4: X4
 * @x5: X5
 *
 * For tests and fuzzers that must send deliberately invalid values to
 * firmware. Follow it with armcvm_conduit_invoke() using the command's
 * ARMCVM_RMI_<CMD>_NIN / _NOUT and the command's _decode().
 */
static inline void armcvm_rmi_encode_raw(struct armcvm_smccc_regs *in,
					 uint64_t fid, uint64_t x1,
					 uint64_t x2, uint64_t x3,
					 uint64_t x4, uint64_t x5)
{
	armcvm_rmi_regs_(in, fid, x1, x2, x3, x4, x5);
}

/* ------------------------------------------------------------------ */
/* Decode layer                                                         */
/* ------------------------------------------------------------------ */

/*
 * Every decode function takes the result registers and fills a result
 * structure (always, even on error). Return: 0 when the reply is
 * well-formed (whatever the RMI status), -ARMCVM_ERR_INVAL if the
 * registers or the result pointer is NULL (nothing written),
 * -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN, -ARMCVM_ERR_PROTOCOL when an MBZ bit
 * of X0 or (on success) of an output is set or an output is malformed.
 *
 * Status-only commands share one decoder under each command's name:
 * granule_delegate, granule_undelegate, data_create, data_create_unknown,
 * realm_activate, realm_create, realm_destroy, rec_create, rec_destroy,
 * rec_enter, rtt_create, rtt_map_unprotected, psci_complete.
 */
#define ARMCVM_RMI_STATUS_DECODER_(cmd)					\
	static inline ARMCVM_MUST_CHECK int				\
	armcvm_rmi_##cmd##_decode(const struct armcvm_smccc_regs *out,	\
				  struct armcvm_rmi_status *st)		\
	{								\
		if (out == NULL) {					\
			return -ARMCVM_ERR_INVAL;			\
		}							\
		return armcvm_rmi_status_decode(out->x[0], st);	\
	}
ARMCVM_RMI_STATUS_DECODER_(granule_delegate)
ARMCVM_RMI_STATUS_DECODER_(granule_undelegate)
ARMCVM_RMI_STATUS_DECODER_(data_create)
ARMCVM_RMI_STATUS_DECODER_(data_create_unknown)
ARMCVM_RMI_STATUS_DECODER_(realm_activate)
ARMCVM_RMI_STATUS_DECODER_(realm_create)
ARMCVM_RMI_STATUS_DECODER_(realm_destroy)
ARMCVM_RMI_STATUS_DECODER_(rec_create)
ARMCVM_RMI_STATUS_DECODER_(rec_destroy)
ARMCVM_RMI_STATUS_DECODER_(rec_enter)
ARMCVM_RMI_STATUS_DECODER_(rtt_create)
ARMCVM_RMI_STATUS_DECODER_(rtt_map_unprotected)
ARMCVM_RMI_STATUS_DECODER_(psci_complete)

/* Decode X0; report an output check failure only if X0 itself is sane. */
static inline int armcvm_rmi_decode_with_(const struct armcvm_smccc_regs *out,
					  struct armcvm_rmi_status *st,
					  bool outputs_bad)
{
	int ret = armcvm_rmi_status_decode(out->x[0], st);

	if (ret == 0 && st->status == ARMCVM_RMI_SUCCESS && outputs_bad) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return ret;
}

/**
 * armcvm_rmi_version_decode() - Decode RMI_VERSION results
 * @out: result registers
 * @res: X1 lower, X2 higher (bits 63:31 of both are MBZ)
 *
 * Return: see "Decode layer" above. On RMI_ERROR_INPUT, lower/higher are
 * checked too (they carry the answer in that case).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_version_decode(const struct armcvm_smccc_regs *out,
			       struct armcvm_rmi_version_result *res)
{
	int ret;

	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ret = armcvm_rmi_status_decode(out->x[0], &res->st);
	res->lower = out->x[1];
	res->higher = out->x[2];
	if (ret == 0 && (((res->lower | res->higher) &
			  ARMCVM_RMI_VERSION_MBZ_MASK) != 0 ||
			 res->lower > res->higher)) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return ret;
}

/**
 * armcvm_rmi_data_destroy_decode() - Decode RMI_DATA_DESTROY results
 * @out: result registers
 * @res: X1 data (4 KiB aligned), X2 top
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_destroy_decode(const struct armcvm_smccc_regs *out,
			       struct armcvm_rmi_data_destroy_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->data = out->x[1];
	res->top = out->x[2];
	return armcvm_rmi_decode_with_(out, &res->st,
				       armcvm_rmi_check_granule_(res->data) != 0);
}

/**
 * armcvm_rmi_rtt_destroy_decode() - Decode RMI_RTT_DESTROY results
 * @out: result registers
 * @res: X1 rtt (4 KiB aligned), X2 top
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_destroy_decode(const struct armcvm_smccc_regs *out,
			      struct armcvm_rmi_rtt_destroy_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->rtt = out->x[1];
	res->top = out->x[2];
	return armcvm_rmi_decode_with_(out, &res->st,
				       armcvm_rmi_check_granule_(res->rtt) != 0);
}

/**
 * armcvm_rmi_rtt_fold_decode() - Decode RMI_RTT_FOLD results
 * @out: result registers
 * @res: X1 rtt (4 KiB aligned)
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_fold_decode(const struct armcvm_smccc_regs *out,
			   struct armcvm_rmi_rtt_fold_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->rtt = out->x[1];
	return armcvm_rmi_decode_with_(out, &res->st,
				       armcvm_rmi_check_granule_(res->rtt) != 0);
}

/**
 * armcvm_rmi_rtt_read_entry_decode() - Decode RMI_RTT_READ_ENTRY results
 * @out: result registers
 * @res: X1 walk_level (-1..3), X2[7:0] state, X3 desc, X4[7:0] ripas;
 *	X2[63:8] and X4[63:8] are MBZ (S10 B4.3.20)
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_read_entry_decode(const struct armcvm_smccc_regs *out,
				 struct armcvm_rmi_rtt_entry *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->walk_level = (int64_t)out->x[1];
	res->state = (uint8_t)(out->x[2] & 0xFFU);
	res->desc = out->x[3];
	res->ripas = (uint8_t)(out->x[4] & 0xFFU);
	return armcvm_rmi_decode_with_(out, &res->st,
		((out->x[2] | out->x[4]) >> 8) != 0 ||
		res->walk_level < -1 || res->walk_level > 3);
}

/**
 * armcvm_rmi_rtt_unmap_unprotected_decode() - Decode its results
 * @out: result registers
 * @res: X1 top
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_unmap_unprotected_decode(const struct armcvm_smccc_regs *out,
					struct armcvm_rmi_rtt_unmap_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->top = out->x[1];
	return armcvm_rmi_decode_with_(out, &res->st, false);
}

/**
 * armcvm_rmi_features_decode() - Decode RMI_FEATURES results
 * @out: result registers
 * @res: X1 value
 *
 * Reserved bits of the register are not checked: a later RMM may define
 * them (rmi.md 3.4).
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_features_decode(const struct armcvm_smccc_regs *out,
			   struct armcvm_rmi_features_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->value = out->x[1];
	return armcvm_rmi_decode_with_(out, &res->st, false);
}

/**
 * armcvm_rmi_rec_aux_count_decode() - Decode RMI_REC_AUX_COUNT results
 * @out: result registers
 * @res: X1 aux_count; more than 16 cannot be described by RmiRecParams
 *	and is reported as -ARMCVM_ERR_PROTOCOL
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_aux_count_decode(const struct armcvm_smccc_regs *out,
				struct armcvm_rmi_rec_aux_count_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->aux_count = out->x[1];
	return armcvm_rmi_decode_with_(out, &res->st,
				       res->aux_count > ARMCVM_RMI_REC_MAX_AUX);
}

/**
 * armcvm_rmi_rtt_init_ripas_decode() - Decode RMI_RTT_INIT_RIPAS results
 * @out: result registers
 * @res: X1 out_top (4 KiB aligned)
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_init_ripas_decode(const struct armcvm_smccc_regs *out,
				 struct armcvm_rmi_ripas_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->out_top = out->x[1];
	return armcvm_rmi_decode_with_(out, &res->st,
			armcvm_rmi_check_granule_(res->out_top) != 0);
}

/**
 * armcvm_rmi_rtt_set_ripas_decode() - Decode RMI_RTT_SET_RIPAS results
 * @out: result registers
 * @res: X1 out_top (4 KiB aligned)
 *
 * Return: see "Decode layer" above.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_set_ripas_decode(const struct armcvm_smccc_regs *out,
				struct armcvm_rmi_ripas_result *res)
{
	return armcvm_rmi_rtt_init_ripas_decode(out, res);
}

/* ------------------------------------------------------------------ */
/* Encode layer: pure; validates what S10 makes the caller responsible  */
/* for; fills X0..X17 (unused registers zero). Each returns 0 or one of */
/* -ARMCVM_ERR_ALIGN (a granule PA or IPA not aligned), -ARMCVM_ERR_INVAL */
/* (level out of range, aliasing, @in NULL), -ARMCVM_ERR_RANGE (empty   */
/* range), -ARMCVM_ERR_RESERVED (an SBZ bit set); @in is not written on */
/* error.                                                               */
/* ------------------------------------------------------------------ */

/**
 * armcvm_rmi_version_encode() - Encode RMI_VERSION
 * @in: registers to fill
 * @req: requested RmiInterfaceVersion
 *
 * Return: 0, -ARMCVM_ERR_INVAL if @in is NULL, or -ARMCVM_ERR_RESERVED if
 *	   bits 63:31 of @req are set.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_version_encode(struct armcvm_smccc_regs *in, uint64_t req)
{
	if ((req & ARMCVM_RMI_VERSION_MBZ_MASK) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_VERSION, req, 0, 0, 0, 0);
}

/**
 * armcvm_rmi_granule_delegate_encode() - Encode RMI_GRANULE_DELEGATE
 * @in: registers to fill
 * @addr: PA of the granule
 *
 * Return: 0, -ARMCVM_ERR_ALIGN (gran_align) or -ARMCVM_ERR_INVAL (@in
 *	   NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_granule_delegate_encode(struct armcvm_smccc_regs *in,
				   uint64_t addr)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(addr));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_GRANULE_DELEGATE, addr, 0, 0,
				0, 0);
}

/**
 * armcvm_rmi_granule_undelegate_encode() - Encode RMI_GRANULE_UNDELEGATE
 * @in: registers to fill
 * @addr: PA of the granule
 *
 * Return: 0, -ARMCVM_ERR_ALIGN (gran_align) or -ARMCVM_ERR_INVAL (@in
 *	   NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_granule_undelegate_encode(struct armcvm_smccc_regs *in,
				     uint64_t addr)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(addr));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, addr, 0,
				0, 0, 0);
}

/**
 * armcvm_rmi_data_create_encode() - Encode RMI_DATA_CREATE
 * @in: registers to fill
 * @rd: PA of the RD
 * @data: PA of the target (DELEGATED) granule
 * @ipa: IPA at which to map it (4 KiB aligned)
 * @src: PA of the NS source granule
 * @flags: RmiDataFlags (ARMCVM_RMI_DATA_FLAG_MEASURE or 0)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN (rd/data/src/ipa_align),
 *	   -ARMCVM_ERR_RESERVED (flags bits 63:1 are SBZ) or
 *	   -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_create_encode(struct armcvm_smccc_regs *in, uint64_t rd,
			      uint64_t data, uint64_t ipa, uint64_t src,
			      uint64_t flags)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | data | ipa | src));
	if ((flags & ~ARMCVM_RMI_DATA_FLAGS_MASK) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_DATA_CREATE, rd, data, ipa,
				src, flags);
}

/**
 * armcvm_rmi_data_create_unknown_encode() - Encode RMI_DATA_CREATE_UNKNOWN
 * @in: registers to fill
 * @rd: PA of the RD
 * @data: PA of the target (DELEGATED) granule
 * @ipa: IPA at which to map it (4 KiB aligned)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_create_unknown_encode(struct armcvm_smccc_regs *in,
				      uint64_t rd, uint64_t data, uint64_t ipa)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | data | ipa));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN, rd,
				data, ipa, 0, 0);
}

/**
 * armcvm_rmi_data_destroy_encode() - Encode RMI_DATA_DESTROY
 * @in: registers to fill
 * @rd: PA of the RD
 * @ipa: IPA of the DATA mapping (4 KiB aligned)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_destroy_encode(struct armcvm_smccc_regs *in, uint64_t rd,
			       uint64_t ipa)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | ipa));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_DATA_DESTROY, rd, ipa, 0, 0,
				0);
}

/*
 * Single-granule commands: RMI_REALM_ACTIVATE (rd), RMI_REALM_DESTROY (rd),
 * RMI_REC_DESTROY (rec), RMI_REC_AUX_COUNT (rd). Each encode returns 0,
 * -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
#define ARMCVM_RMI_ONE_GRANULE_ENCODER_(cmd, CMD)			\
	static inline ARMCVM_MUST_CHECK int				\
	armcvm_rmi_##cmd##_encode(struct armcvm_smccc_regs *in,		\
				  uint64_t granule)			\
	{								\
		ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(granule));	\
		return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_##CMD,	\
					granule, 0, 0, 0, 0);		\
	}
ARMCVM_RMI_ONE_GRANULE_ENCODER_(realm_activate, REALM_ACTIVATE)
ARMCVM_RMI_ONE_GRANULE_ENCODER_(realm_destroy, REALM_DESTROY)
ARMCVM_RMI_ONE_GRANULE_ENCODER_(rec_destroy, REC_DESTROY)
ARMCVM_RMI_ONE_GRANULE_ENCODER_(rec_aux_count, REC_AUX_COUNT)

/**
 * armcvm_rmi_realm_create_encode() - Encode RMI_REALM_CREATE
 * @in: registers to fill
 * @rd: PA of the RD (DELEGATED)
 * @params: PA of an NS granule holding struct armcvm_rmi_realm_params
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_realm_create_encode(struct armcvm_smccc_regs *in, uint64_t rd,
			       uint64_t params)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | params));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_REALM_CREATE, rd, params, 0,
				0, 0);
}

/**
 * armcvm_rmi_rec_create_encode() - Encode RMI_REC_CREATE
 * @in: registers to fill
 * @rd: PA of the RD
 * @rec: PA of the REC granule (DELEGATED)
 * @params: PA of an NS granule holding struct armcvm_rmi_rec_params
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_create_encode(struct armcvm_smccc_regs *in, uint64_t rd,
			     uint64_t rec, uint64_t params)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | rec | params));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_REC_CREATE, rd, rec, params,
				0, 0);
}

/**
 * armcvm_rmi_rec_enter_encode() - Encode RMI_REC_ENTER
 * @in: registers to fill
 * @rec: PA of the REC
 * @run: PA of an NS granule holding struct armcvm_rmi_rec_run
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_enter_encode(struct armcvm_smccc_regs *in, uint64_t rec,
			    uint64_t run)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rec | run));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_REC_ENTER, rec, run, 0, 0,
				0);
}

/**
 * armcvm_rmi_rtt_create_encode() - Encode RMI_RTT_CREATE
 * @in: registers to fill
 * @rd: PA of the RD
 * @rtt: PA of the new RTT granule (DELEGATED)
 * @ipa: base IPA covered by the new RTT, aligned to an entry of @level - 1
 * @level: level of the new RTT, 0..3 (above the starting level, which is
 *	at least -1)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (level_bound, @in
 *	   NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_create_encode(struct armcvm_smccc_regs *in, uint64_t rd,
			     uint64_t rtt, uint64_t ipa, int64_t level)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | rtt));
	ARMCVM_RMI_TRY_(armcvm_rmi_check_level_ipa_(level, 0, ipa, level - 1));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_RTT_CREATE, rd, rtt, ipa,
				(uint64_t)level, 0);
}

/*
 * RMI_RTT_DESTROY and RMI_RTT_FOLD: rd, ipa (aligned to an entry of
 * level - 1), level 0..3. Each encode returns 0, -ARMCVM_ERR_ALIGN or
 * -ARMCVM_ERR_INVAL (level, @in NULL).
 */
#define ARMCVM_RMI_RTT_LEVEL_ENCODER_(cmd, CMD)				\
	static inline ARMCVM_MUST_CHECK int				\
	armcvm_rmi_##cmd##_encode(struct armcvm_smccc_regs *in,		\
				  uint64_t rd, uint64_t ipa, int64_t level) \
	{								\
		ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd));		\
		ARMCVM_RMI_TRY_(armcvm_rmi_check_level_ipa_(level, 0, ipa, \
							    level - 1)); \
		return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_##CMD, rd,	\
					ipa, (uint64_t)level, 0, 0);	\
	}
ARMCVM_RMI_RTT_LEVEL_ENCODER_(rtt_destroy, RTT_DESTROY)
ARMCVM_RMI_RTT_LEVEL_ENCODER_(rtt_fold, RTT_FOLD)

/*
 * Stage-2 descriptor bits RMI_RTT_MAP_UNPROTECTED accepts (S10 B4.3.19
 * attr_valid; T10 S2TTE_NS_ATTR_MASK; rmi.md 3.7): MemAttr[2:0] in 4:2,
 * S2AP in 7:6, OA in 49:12 and (LPA2) OA[51:50] in 9:8.
 */
#define ARMCVM_RMI_NS_DESC_MEMATTR_SHIFT	2
#define ARMCVM_RMI_NS_DESC_MEMATTR_MASK		ARMCVM_ULL(0x1C)
#define ARMCVM_RMI_NS_DESC_S2AP_SHIFT		6
#define ARMCVM_RMI_NS_DESC_S2AP_MASK		ARMCVM_ULL(0xC0)
#define ARMCVM_RMI_NS_DESC_OA_MASK		ARMCVM_ULL(0x0003FFFFFFFFF300)
/* MemAttr 0b100 is reserved under FEAT_S2FWB (T10 host_ns_s2tte_is_valid). */
#define ARMCVM_RMI_NS_DESC_MEMATTR_RESERVED	4

/**
 * armcvm_rmi_rtt_map_unprotected_encode() - Encode RMI_RTT_MAP_UNPROTECTED
 * @in: registers to fill
 * @rd: PA of the RD
 * @ipa: unprotected IPA, aligned to an entry of @level
 * @level: 1..3
 * @desc: OA | MemAttr | S2AP (see ARMCVM_RMI_NS_DESC_*); the OA must be
 *	aligned to an entry of @level
 *
 * Return: 0, -ARMCVM_ERR_ALIGN (ipa or OA), -ARMCVM_ERR_INVAL (level,
 *	   the reserved MemAttr 0b100, or @in NULL) or -ARMCVM_ERR_RESERVED (a
 *	   descriptor bit outside OA / MemAttr / S2AP).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_map_unprotected_encode(struct armcvm_smccc_regs *in,
				      uint64_t rd, uint64_t ipa,
				      int64_t level, uint64_t desc)
{
	const uint64_t ok = ARMCVM_RMI_NS_DESC_MEMATTR_MASK |
			    ARMCVM_RMI_NS_DESC_S2AP_MASK |
			    ARMCVM_RMI_NS_DESC_OA_MASK;
	uint64_t oa;

	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd));
	ARMCVM_RMI_TRY_(armcvm_rmi_check_level_ipa_(level, 1, ipa, level));
	if ((desc & ~ok) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	if (((desc & ARMCVM_RMI_NS_DESC_MEMATTR_MASK) >>
	     ARMCVM_RMI_NS_DESC_MEMATTR_SHIFT) ==
	    ARMCVM_RMI_NS_DESC_MEMATTR_RESERVED) {
		return -ARMCVM_ERR_INVAL;
	}
	oa = desc & ARMCVM_RMI_NS_DESC_OA_MASK & ~ARMCVM_ULL(0x300);
	if (!armcvm_rmi_aligned_(oa, armcvm_rmi_level_size_(level))) {
		return -ARMCVM_ERR_ALIGN;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED, rd, ipa,
				(uint64_t)level, desc, 0);
}

/**
 * armcvm_rmi_rtt_read_entry_encode() - Encode RMI_RTT_READ_ENTRY
 * @in: registers to fill
 * @rd: PA of the RD
 * @ipa: IPA aligned to an entry of @level
 * @level: -1..3
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (level, @in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_read_entry_encode(struct armcvm_smccc_regs *in, uint64_t rd,
				 uint64_t ipa, int64_t level)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd));
	ARMCVM_RMI_TRY_(armcvm_rmi_check_level_ipa_(level, -1, ipa, level));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_RTT_READ_ENTRY, rd, ipa,
				(uint64_t)level, 0, 0);
}

/**
 * armcvm_rmi_rtt_unmap_unprotected_encode() - Encode
 *	RMI_RTT_UNMAP_UNPROTECTED
 * @in: registers to fill
 * @rd: PA of the RD
 * @ipa: unprotected IPA aligned to an entry of @level
 * @level: 1..3
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (level, @in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_unmap_unprotected_encode(struct armcvm_smccc_regs *in,
					uint64_t rd, uint64_t ipa,
					int64_t level)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd));
	ARMCVM_RMI_TRY_(armcvm_rmi_check_level_ipa_(level, 1, ipa, level));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED, rd,
				ipa, (uint64_t)level, 0, 0);
}

/**
 * armcvm_rmi_psci_complete_encode() - Encode RMI_PSCI_COMPLETE (1.0: three
 *	arguments, T10 handler table)
 * @in: registers to fill
 * @calling_rec: PA of the REC that made the PSCI request
 * @target_rec: PA of the REC named by the request's MPIDR
 * @psci_status: PsciReturnCode (e.g. 0 SUCCESS, -3 DENIED), passed
 *	sign-extended to 64 bits
 *
 * Whether @psci_status is permitted for the pending request is the RMM's
 * check (S10 B4.3.7 "status").
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, or -ARMCVM_ERR_INVAL if the two RECs are
 *	   the same granule (alias) or @in is NULL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_psci_complete_encode(struct armcvm_smccc_regs *in,
				uint64_t calling_rec, uint64_t target_rec,
				int32_t psci_status)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(calling_rec | target_rec));
	if (calling_rec == target_rec) {
		return -ARMCVM_ERR_INVAL;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_PSCI_COMPLETE, calling_rec,
				target_rec, (uint64_t)(int64_t)psci_status, 0,
				0);
}

/**
 * armcvm_rmi_features_encode() - Encode RMI_FEATURES
 * @in: registers to fill
 * @index: feature register index (only 0 is defined in 1.0; others read
 *	as zero, so no index is refused)
 *
 * Return: 0, or -ARMCVM_ERR_INVAL if @in is NULL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_features_encode(struct armcvm_smccc_regs *in, uint64_t index)
{
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_FEATURES, index, 0, 0, 0, 0);
}

/**
 * armcvm_rmi_rtt_init_ripas_encode() - Encode RMI_RTT_INIT_RIPAS
 * @in: registers to fill
 * @rd: PA of the RD
 * @base: base IPA (4 KiB aligned)
 * @top: top IPA (4 KiB aligned, above @base)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_RANGE (size_valid) or
 *	   -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_init_ripas_encode(struct armcvm_smccc_regs *in, uint64_t rd,
				 uint64_t base, uint64_t top)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd));
	ARMCVM_RMI_TRY_(armcvm_rmi_check_range_(base, top));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_RTT_INIT_RIPAS, rd, base,
				top, 0, 0);
}

/**
 * armcvm_rmi_rtt_set_ripas_encode() - Encode RMI_RTT_SET_RIPAS
 * @in: registers to fill
 * @rd: PA of the RD
 * @rec: PA of the REC that requested the change
 * @base: base IPA (4 KiB aligned; must equal the REC's ripas_addr)
 * @top: top IPA (4 KiB aligned, above @base)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_RANGE or -ARMCVM_ERR_INVAL
 *	   (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_set_ripas_encode(struct armcvm_smccc_regs *in, uint64_t rd,
				uint64_t rec, uint64_t base, uint64_t top)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(rd | rec));
	ARMCVM_RMI_TRY_(armcvm_rmi_check_range_(base, top));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RMI_RTT_SET_RIPAS, rd, rec, base,
				top, 0);
}

/* ------------------------------------------------------------------ */
/* Call wrappers: encode -> armcvm_conduit_invoke -> decode. Return 0   */
/* when the RMM answered (the RMI status is in the result),             */
/* -ARMCVM_ERR_INVAL for a NULL result pointer or the encode error      */
/* without issuing the call, or the decode error.                       */
/* ------------------------------------------------------------------ */

/**
 * armcvm_rmi_version() - RMI_VERSION
 * @c: conduit
 * @req: requested RmiInterfaceVersion (ARMCVM_RMI_VERSION_1_0)
 * @res: status, lower and higher implemented revisions
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_RESERVED (bits
 *	   63:31 of @req), -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN),
 *	   -ARMCVM_ERR_PROTOCOL (malformed reply).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_version(const struct armcvm_conduit *c, uint64_t req,
		   struct armcvm_rmi_version_result *res)
{
	ARMCVM_RMI_WRAP_(c, version, VERSION, res, req);
}

/**
 * armcvm_rmi_granule_delegate() - RMI_GRANULE_DELEGATE
 * @c: conduit
 * @addr: PA of the granule
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_granule_delegate(const struct armcvm_conduit *c, uint64_t addr,
			    struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, granule_delegate, GRANULE_DELEGATE, st, addr);
}

/**
 * armcvm_rmi_granule_undelegate() - RMI_GRANULE_UNDELEGATE
 * @c: conduit
 * @addr: PA of the granule
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_granule_undelegate(const struct armcvm_conduit *c, uint64_t addr,
			      struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, granule_undelegate, GRANULE_UNDELEGATE, st, addr);
}

/**
 * armcvm_rmi_data_create() - RMI_DATA_CREATE
 * @c: conduit
 * @rd: PA of the RD
 * @data: PA of the target granule
 * @ipa: protected IPA
 * @src: PA of the NS source granule
 * @flags: RmiDataFlags
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@st NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_RESERVED, -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_create(const struct armcvm_conduit *c, uint64_t rd,
		       uint64_t data, uint64_t ipa, uint64_t src,
		       uint64_t flags, struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, data_create, DATA_CREATE, st, rd, data, ipa, src,
			 flags);
}

/**
 * armcvm_rmi_data_create_unknown() - RMI_DATA_CREATE_UNKNOWN
 * @c: conduit
 * @rd: PA of the RD
 * @data: PA of the target granule
 * @ipa: protected IPA
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_create_unknown(const struct armcvm_conduit *c, uint64_t rd,
			       uint64_t data, uint64_t ipa,
			       struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, data_create_unknown, DATA_CREATE_UNKNOWN, st, rd,
			 data, ipa);
}

/**
 * armcvm_rmi_data_destroy() - RMI_DATA_DESTROY
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: IPA of the DATA mapping
 * @res: status, data PA, top
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_data_destroy(const struct armcvm_conduit *c, uint64_t rd,
			uint64_t ipa,
			struct armcvm_rmi_data_destroy_result *res)
{
	ARMCVM_RMI_WRAP_(c, data_destroy, DATA_DESTROY, res, rd, ipa);
}

/**
 * armcvm_rmi_realm_activate() - RMI_REALM_ACTIVATE
 * @c: conduit
 * @rd: PA of the RD
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_realm_activate(const struct armcvm_conduit *c, uint64_t rd,
			  struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, realm_activate, REALM_ACTIVATE, st, rd);
}

/**
 * armcvm_rmi_realm_create() - RMI_REALM_CREATE
 * @c: conduit
 * @rd: PA of the RD
 * @params: PA of the NS granule holding struct armcvm_rmi_realm_params
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_realm_create(const struct armcvm_conduit *c, uint64_t rd,
			uint64_t params, struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, realm_create, REALM_CREATE, st, rd, params);
}

/**
 * armcvm_rmi_realm_destroy() - RMI_REALM_DESTROY
 * @c: conduit
 * @rd: PA of the RD
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_realm_destroy(const struct armcvm_conduit *c, uint64_t rd,
			 struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, realm_destroy, REALM_DESTROY, st, rd);
}

/**
 * armcvm_rmi_rec_create() - RMI_REC_CREATE
 * @c: conduit
 * @rd: PA of the RD
 * @rec: PA of the REC granule
 * @params: PA of the NS granule holding struct armcvm_rmi_rec_params
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_create(const struct armcvm_conduit *c, uint64_t rd,
		      uint64_t rec, uint64_t params,
		      struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, rec_create, REC_CREATE, st, rd, rec, params);
}

/**
 * armcvm_rmi_rec_destroy() - RMI_REC_DESTROY
 * @c: conduit
 * @rec: PA of the REC
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_destroy(const struct armcvm_conduit *c, uint64_t rec,
		       struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, rec_destroy, REC_DESTROY, st, rec);
}

/**
 * armcvm_rmi_rec_enter() - RMI_REC_ENTER
 * @c: conduit
 * @rec: PA of the REC
 * @run: PA of the NS granule holding struct armcvm_rmi_rec_run (the exit
 *	information is written to its exit part; see armcvm_rmi_exit_decode())
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_enter(const struct armcvm_conduit *c, uint64_t rec,
		     uint64_t run, struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, rec_enter, REC_ENTER, st, rec, run);
}

/**
 * armcvm_rmi_rtt_create() - RMI_RTT_CREATE
 * @c: conduit
 * @rd: PA of the RD
 * @rtt: PA of the new RTT granule
 * @ipa: base IPA of the new RTT
 * @level: level of the new RTT (0..3)
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL
 *	   result), -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_create(const struct armcvm_conduit *c, uint64_t rd,
		      uint64_t rtt, uint64_t ipa, int64_t level,
		      struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, rtt_create, RTT_CREATE, st, rd, rtt, ipa, level);
}

/**
 * armcvm_rmi_rtt_destroy() - RMI_RTT_DESTROY
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: base IPA of the RTT
 * @level: level of the RTT (0..3)
 * @res: status, rtt PA, top
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL
 *	   result), -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_destroy(const struct armcvm_conduit *c, uint64_t rd,
		       uint64_t ipa, int64_t level,
		       struct armcvm_rmi_rtt_destroy_result *res)
{
	ARMCVM_RMI_WRAP_(c, rtt_destroy, RTT_DESTROY, res, rd, ipa, level);
}

/**
 * armcvm_rmi_rtt_map_unprotected() - RMI_RTT_MAP_UNPROTECTED
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: unprotected IPA
 * @level: 1..3
 * @desc: OA | MemAttr | S2AP
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL @st),
 *	   -ARMCVM_ERR_RESERVED, -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_map_unprotected(const struct armcvm_conduit *c, uint64_t rd,
			       uint64_t ipa, int64_t level, uint64_t desc,
			       struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, rtt_map_unprotected, RTT_MAP_UNPROTECTED, st, rd,
			 ipa, level, desc);
}

/**
 * armcvm_rmi_rtt_read_entry() - RMI_RTT_READ_ENTRY
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: IPA
 * @level: -1..3
 * @res: status, walk level, state, desc, ripas
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL
 *	   result), -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_read_entry(const struct armcvm_conduit *c, uint64_t rd,
			  uint64_t ipa, int64_t level,
			  struct armcvm_rmi_rtt_entry *res)
{
	ARMCVM_RMI_WRAP_(c, rtt_read_entry, RTT_READ_ENTRY, res, rd, ipa,
			 level);
}

/**
 * armcvm_rmi_rtt_unmap_unprotected() - RMI_RTT_UNMAP_UNPROTECTED
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: unprotected IPA
 * @level: 1..3
 * @res: status, top
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL
 *	   result), -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_unmap_unprotected(const struct armcvm_conduit *c, uint64_t rd,
				 uint64_t ipa, int64_t level,
				 struct armcvm_rmi_rtt_unmap_result *res)
{
	ARMCVM_RMI_WRAP_(c, rtt_unmap_unprotected, RTT_UNMAP_UNPROTECTED, res,
			 rd, ipa, level);
}

/**
 * armcvm_rmi_psci_complete() - RMI_PSCI_COMPLETE
 * @c: conduit
 * @calling_rec: PA of the calling REC
 * @target_rec: PA of the target REC
 * @psci_status: PsciReturnCode
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL
 *	   result), -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_psci_complete(const struct armcvm_conduit *c, uint64_t calling_rec,
			 uint64_t target_rec, int32_t psci_status,
			 struct armcvm_rmi_status *st)
{
	ARMCVM_RMI_WRAP_(c, psci_complete, PSCI_COMPLETE, st, calling_rec,
			 target_rec, psci_status);
}

/**
 * armcvm_rmi_features() - RMI_FEATURES
 * @c: conduit
 * @index: feature register index
 * @res: status, value
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_NOTSUPP,
 *	   -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_features(const struct armcvm_conduit *c, uint64_t index,
		    struct armcvm_rmi_features_result *res)
{
	ARMCVM_RMI_WRAP_(c, features, FEATURES, res, index);
}

/**
 * armcvm_rmi_rtt_fold() - RMI_RTT_FOLD
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: base IPA of the RTT
 * @level: level of the RTT (0..3)
 * @res: status, rtt PA
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_INVAL (also for a NULL
 *	   result), -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_fold(const struct armcvm_conduit *c, uint64_t rd,
		    uint64_t ipa, int64_t level,
		    struct armcvm_rmi_rtt_fold_result *res)
{
	ARMCVM_RMI_WRAP_(c, rtt_fold, RTT_FOLD, res, rd, ipa, level);
}

/**
 * armcvm_rmi_rec_aux_count() - RMI_REC_AUX_COUNT
 * @c: conduit
 * @rd: PA of the RD
 * @res: status, aux_count
 *
 * Return: 0, -ARMCVM_ERR_INVAL (result NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_aux_count(const struct armcvm_conduit *c, uint64_t rd,
			 struct armcvm_rmi_rec_aux_count_result *res)
{
	ARMCVM_RMI_WRAP_(c, rec_aux_count, REC_AUX_COUNT, res, rd);
}

/**
 * armcvm_rmi_rtt_init_ripas() - RMI_RTT_INIT_RIPAS
 * @c: conduit
 * @rd: PA of the RD
 * @base: base IPA
 * @top: top IPA
 * @res: status, out_top
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_RANGE, -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_init_ripas(const struct armcvm_conduit *c, uint64_t rd,
			  uint64_t base, uint64_t top,
			  struct armcvm_rmi_ripas_result *res)
{
	ARMCVM_RMI_WRAP_(c, rtt_init_ripas, RTT_INIT_RIPAS, res, rd, base, top);
}

/**
 * armcvm_rmi_rtt_set_ripas() - RMI_RTT_SET_RIPAS
 * @c: conduit
 * @rd: PA of the RD
 * @rec: PA of the REC
 * @base: base IPA
 * @top: top IPA
 * @res: status, out_top
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_RANGE, -ARMCVM_ERR_NOTSUPP, -ARMCVM_ERR_PROTOCOL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rtt_set_ripas(const struct armcvm_conduit *c, uint64_t rd,
			 uint64_t rec, uint64_t base, uint64_t top,
			 struct armcvm_rmi_ripas_result *res)
{
	ARMCVM_RMI_WRAP_(c, rtt_set_ripas, RTT_SET_RIPAS, res, rd, rec, base,
			 top);
}

/* ------------------------------------------------------------------ */
/* Version negotiation (S10 B2, B4.3.23; rmi.md 1.3)                    */
/* ------------------------------------------------------------------ */

/**
 * enum armcvm_rmi_version_outcome - what RMI_VERSION said
 * @ARMCVM_RMI_VERSION_MATCH: RMI_SUCCESS: the requested revision is
 *	implemented (lower == requested)
 * @ARMCVM_RMI_VERSION_LOWER_AVAILABLE: RMI_ERROR_INPUT, and lower is the
 *	highest implemented revision below the requested one; the caller may
 *	use it if it speaks it
 * @ARMCVM_RMI_VERSION_ONLY_HIGHER: RMI_ERROR_INPUT, and every implemented
 *	revision is above the requested one (lower == higher > requested)
 */
enum armcvm_rmi_version_outcome {
	ARMCVM_RMI_VERSION_MATCH = 0,
	ARMCVM_RMI_VERSION_LOWER_AVAILABLE = 1,
	ARMCVM_RMI_VERSION_ONLY_HIGHER = 2,
};

/**
 * struct armcvm_rmi_negotiation - result of armcvm_rmi_version_negotiate()
 * @res: the raw RMI_VERSION result
 * @outcome: see enum armcvm_rmi_version_outcome
 * @compatible: the requested revision is implemented (outcome MATCH)
 * @fallback: for LOWER_AVAILABLE, the revision the RMM offers instead
 *	(same as @res.lower); 0 otherwise
 */
struct armcvm_rmi_negotiation {
	struct armcvm_rmi_version_result res;
	enum armcvm_rmi_version_outcome outcome;
	bool compatible;
	uint64_t fallback;
};

/**
 * armcvm_rmi_version_negotiate() - Ask for a revision and classify the answer
 * @c: conduit
 * @req: requested RmiInterfaceVersion
 * @out: result (written whenever the call was issued)
 *
 * Return: 0 with @out->outcome set,
 *	   -ARMCVM_ERR_INVAL if @out is NULL (no call),
 *	   -ARMCVM_ERR_RESERVED if bits 63:31 of @req are set (no call),
 *	   -ARMCVM_ERR_NOTSUPP if the RMM does not answer (SMC_UNKNOWN),
 *	   -ARMCVM_ERR_PROTOCOL if the reply breaks the rules of S10 B4.3.23:
 *	   a status other than SUCCESS / ERROR_INPUT, SUCCESS with lower !=
 *	   requested, ERROR_INPUT with lower == requested, lower > higher,
 *	   or MBZ bits set.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmi_version_negotiate(const struct armcvm_conduit *c, uint64_t req,
			     struct armcvm_rmi_negotiation *out);

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RMI_H */
