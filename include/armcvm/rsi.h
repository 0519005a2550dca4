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
#include <armcvm/rmi.h>

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


/*
 * RSI results. An RSI status (RsiCommandReturnCode) is a plain 64-bit
 * value with no index field (S10 B5.4.2); it is kept in @status. Outputs
 * are meaningful only on RSI_SUCCESS.
 */

/**
 * struct armcvm_rsi_status - status of an RSI command without outputs
 * @status: X0 (ARMCVM_RSI_SUCCESS, ARMCVM_RSI_ERROR_*)
 */
struct armcvm_rsi_status {
	uint64_t status;
};

/**
 * struct armcvm_rsi_version_result - RSI_VERSION outputs
 * @status: X0
 * @lower: X1, lower implemented revision
 * @higher: X2, higher implemented revision
 */
struct armcvm_rsi_version_result {
	uint64_t status;
	uint64_t lower;
	uint64_t higher;
};

/**
 * struct armcvm_rsi_value_result - RSI_FEATURES, ATTESTATION_TOKEN_INIT
 *	and ATTESTATION_TOKEN_CONTINUE outputs
 * @status: X0
 * @value: X1 (feature register / token size upper bound / bytes written)
 */
struct armcvm_rsi_value_result {
	uint64_t status;
	uint64_t value;
};

/**
 * struct armcvm_rsi_measurement - RSI_MEASUREMENT_READ outputs
 * @status: X0
 * @value: X1..X8 as 64 little-endian bytes (a SHA-256 value fills the
 *	first 32 and the rest is zero)
 */
struct armcvm_rsi_measurement {
	uint64_t status;
	uint8_t value[ARMCVM_RSI_MEASUREMENT_SIZE];
};

/**
 * struct armcvm_rsi_ipa_state_set_result - RSI_IPA_STATE_SET outputs
 * @status: X0
 * @new_base: X1, base of the part of the range that was not changed
 * @response: X2, RsiResponse (ARMCVM_RSI_ACCEPT / ARMCVM_RSI_REJECT)
 */
struct armcvm_rsi_ipa_state_set_result {
	uint64_t status;
	uint64_t new_base;
	uint64_t response;
};

/**
 * struct armcvm_rsi_ipa_state_get_result - RSI_IPA_STATE_GET outputs
 * @status: X0
 * @out_top: X1, top of the region that has @ripas
 * @ripas: X2, RsiRipas
 */
struct armcvm_rsi_ipa_state_get_result {
	uint64_t status;
	uint64_t out_top;
	uint64_t ripas;
};

/* Registers X0..X8 / X2..X10 <-> 64 bytes, little-endian (S10 B5.3.5/6). */
static inline void armcvm_rsi_bytes_to_regs_(uint64_t *regs,
					     const uint8_t *bytes, size_t size)
{
	size_t i;

	for (i = 0; i < ARMCVM_RSI_MEASUREMENT_SIZE / 8U; i++) {
		regs[i] = 0;
	}
	for (i = 0; i < size; i++) {
		regs[i / 8U] |= (uint64_t)bytes[i] << (8U * (i % 8U));
	}
}

static inline void armcvm_rsi_regs_to_bytes_(uint8_t *bytes,
					     const uint64_t *regs)
{
	size_t i;

	for (i = 0; i < ARMCVM_RSI_MEASUREMENT_SIZE; i++) {
		bytes[i] = (uint8_t)(regs[i / 8U] >> (8U * (i % 8U)));
	}
}

/* RSI decode: X0 is the status; SMC_UNKNOWN means no RMM answered. */
static inline int armcvm_rsi_decode_(const struct armcvm_smccc_regs *out,
				     uint64_t *status)
{
	*status = out->x[0];
	return out->x[0] == ARMCVM_SMC_UNKNOWN ? -ARMCVM_ERR_NOTSUPP : 0;
}

/* A wrapper: refuse a NULL result, encode, invoke, decode. */
#define ARMCVM_RSI_WRAP_(c, cmd, CMD, res, ...)				\
	do {								\
		struct armcvm_smccc_regs armcvm_r_;			\
		if ((res) == NULL) {					\
			return -ARMCVM_ERR_INVAL;			\
		}							\
		ARMCVM_RMI_TRY_(armcvm_rsi_##cmd##_encode(&armcvm_r_,	\
							  __VA_ARGS__)); \
		armcvm_conduit_invoke((c), &armcvm_r_, &armcvm_r_,	\
				      ARMCVM_RSI_##CMD##_NIN,		\
				      ARMCVM_RSI_##CMD##_NOUT);		\
		return armcvm_rsi_##cmd##_decode(&armcvm_r_, (res));	\
	} while (0)

/*
 * Encode layer: pure; on error @in is not written; a NULL @in is
 * -ARMCVM_ERR_INVAL. Decode layer: fills the result; returns 0,
 * -ARMCVM_ERR_INVAL if @out or the result is NULL (nothing written),
 * -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN (X0 = -1: no RMM answered), or
 * -ARMCVM_ERR_PROTOCOL for a malformed successful reply. An RSI error
 * status is not a library error: it is returned in the result with 0.
 */

/**
 * armcvm_rsi_version_encode() - Encode RSI_VERSION
 * @in: registers to fill
 * @req: requested RsiInterfaceVersion
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@in NULL) or -ARMCVM_ERR_RESERVED (bits
 *	   63:31 of @req).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_version_encode(struct armcvm_smccc_regs *in, uint64_t req)
{
	if ((req & ARMCVM_RMI_VERSION_MBZ_MASK) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_VERSION, req, 0, 0, 0, 0);
}

/**
 * armcvm_rsi_version_decode() - Decode RSI_VERSION
 * @out: result registers
 * @res: status, lower, higher
 *
 * Return: 0 when well-formed (whatever the status),
 *	   -ARMCVM_ERR_INVAL if @out or @res is NULL,
 *	   -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN,
 *	   -ARMCVM_ERR_PROTOCOL if bits 63:31 of lower or higher are set or
 *	   lower > higher (rmi.md 7).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_version_decode(const struct armcvm_smccc_regs *out,
			  struct armcvm_rsi_version_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_RMI_TRY_(armcvm_rsi_decode_(out, &res->status));
	res->lower = out->x[1];
	res->higher = out->x[2];
	if (((res->lower | res->higher) & ARMCVM_RMI_VERSION_MBZ_MASK) != 0 ||
	    res->lower > res->higher) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return 0;
}

/**
 * armcvm_rsi_features_encode() - Encode RSI_FEATURES
 * @in: registers to fill
 * @index: feature register index (all read as zero in 1.0)
 *
 * Return: 0, or -ARMCVM_ERR_INVAL if @in is NULL.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_features_encode(struct armcvm_smccc_regs *in, uint64_t index)
{
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_FEATURES, index, 0, 0, 0,
				0);
}

/**
 * armcvm_rsi_value_decode_() - Decode a status + X1 reply (not API)
 * @out: result registers
 * @res: status, value
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@out or @res NULL) or -ARMCVM_ERR_NOTSUPP.
 */
static inline int armcvm_rsi_value_decode_(const struct armcvm_smccc_regs *out,
					   struct armcvm_rsi_value_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->value = out->x[1];
	return armcvm_rsi_decode_(out, &res->status);
}

/**
 * armcvm_rsi_status_decode_() - Decode a status-only reply (not API)
 * @out: result registers
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@out or @st NULL) or -ARMCVM_ERR_NOTSUPP.
 */
static inline int armcvm_rsi_status_decode_(const struct armcvm_smccc_regs *out,
					    struct armcvm_rsi_status *st)
{
	if (out == NULL || st == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	return armcvm_rsi_decode_(out, &st->status);
}

/**
 * armcvm_rsi_features_decode() - Decode RSI_FEATURES
 * @out: result registers
 * @res: status, X1 value (the feature register; reserved bits are not
 *	checked, a later RMM may define them)
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @res is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_features_decode(const struct armcvm_smccc_regs *out,
			   struct armcvm_rsi_value_result *res)
{
	return armcvm_rsi_value_decode_(out, res);
}

/**
 * armcvm_rsi_measurement_read_encode() - Encode RSI_MEASUREMENT_READ
 * @in: registers to fill
 * @index: 0 (RIM) .. 4 (REM 3)
 *
 * Return: 0 or -ARMCVM_ERR_INVAL (@index > 4, or @in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_measurement_read_encode(struct armcvm_smccc_regs *in,
				   uint64_t index)
{
	if (index > ARMCVM_RSI_MEASUREMENT_REM_MAX) {
		return -ARMCVM_ERR_INVAL;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_MEASUREMENT_READ, index, 0,
				0, 0, 0);
}

/**
 * armcvm_rsi_measurement_read_decode() - Decode RSI_MEASUREMENT_READ
 * @out: result registers
 * @res: status, X1..X8 as 64 little-endian bytes
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @res is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_measurement_read_decode(const struct armcvm_smccc_regs *out,
				   struct armcvm_rsi_measurement *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_rsi_regs_to_bytes_(res->value, &out->x[1]);
	return armcvm_rsi_decode_(out, &res->status);
}

/**
 * armcvm_rsi_measurement_extend_encode() - Encode RSI_MEASUREMENT_EXTEND
 * @in: registers to fill
 * @index: 1..4 (a REM; the RIM cannot be extended)
 * @value: @size bytes, packed little-endian into X3..X10 (rest zero)
 * @size: 0..64
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@in NULL, @index not 1..4, or @value NULL
 *	   with a non-zero @size), -ARMCVM_ERR_RANGE (@size > 64).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_measurement_extend_encode(struct armcvm_smccc_regs *in,
				     uint64_t index, const uint8_t *value,
				     size_t size)
{
	if (in == NULL || index == ARMCVM_RSI_MEASUREMENT_RIM ||
	    index > ARMCVM_RSI_MEASUREMENT_REM_MAX ||
	    (value == NULL && size != 0)) {
		return -ARMCVM_ERR_INVAL;
	}
	if (size > ARMCVM_RSI_MEASUREMENT_SIZE) {
		return -ARMCVM_ERR_RANGE;
	}
	armcvm_rmi_regs_(in, ARMCVM_SMC_RSI_MEASUREMENT_EXTEND, index,
			 (uint64_t)size, 0, 0, 0);
	armcvm_rsi_bytes_to_regs_(&in->x[3], value, size);
	return 0;
}

/**
 * armcvm_rsi_measurement_extend_decode() - Decode RSI_MEASUREMENT_EXTEND
 * @out: result registers
 * @st: status
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @st is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_measurement_extend_decode(const struct armcvm_smccc_regs *out,
				     struct armcvm_rsi_status *st)
{
	return armcvm_rsi_status_decode_(out, st);
}

/**
 * armcvm_rsi_attestation_token_init_encode() - Encode
 *	RSI_ATTESTATION_TOKEN_INIT
 * @in: registers to fill
 * @challenge: 64 bytes, little-endian into X1..X8
 *
 * Return: 0 or -ARMCVM_ERR_INVAL (@in or @challenge NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token_init_encode(struct armcvm_smccc_regs *in,
					 const uint8_t *challenge)
{
	if (in == NULL || challenge == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_rmi_regs_(in, ARMCVM_SMC_RSI_ATTESTATION_TOKEN_INIT, 0, 0, 0,
			 0, 0);
	armcvm_rsi_bytes_to_regs_(&in->x[1], challenge,
				  ARMCVM_RSI_CHALLENGE_SIZE);
	return 0;
}

/**
 * armcvm_rsi_attestation_token_init_decode() - Decode
 *	RSI_ATTESTATION_TOKEN_INIT
 * @out: result registers
 * @res: status, X1 = upper bound of the token size
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @res is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token_init_decode(const struct armcvm_smccc_regs *out,
					 struct armcvm_rsi_value_result *res)
{
	return armcvm_rsi_value_decode_(out, res);
}

/**
 * armcvm_rsi_attestation_token_continue_encode() - Encode
 *	RSI_ATTESTATION_TOKEN_CONTINUE
 * @in: registers to fill
 * @granule: IPA of the buffer granule (4 KiB aligned)
 * @offset: offset of the free space inside the granule
 * @size: bytes of free space; @offset + @size <= 4096
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_RANGE (past the granule),
 *	   -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token_continue_encode(struct armcvm_smccc_regs *in,
					     uint64_t granule, uint64_t offset,
					     uint64_t size)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(granule));
	if (offset > ARMCVM_RMI_GRANULE_SIZE ||
	    size > ARMCVM_RMI_GRANULE_SIZE - offset) {
		return -ARMCVM_ERR_RANGE;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_ATTESTATION_TOKEN_CONTINUE,
				granule, offset, size, 0, 0);
}

/**
 * armcvm_rsi_attestation_token_continue_decode() - Decode
 *	RSI_ATTESTATION_TOKEN_CONTINUE
 * @out: result registers
 * @res: status, X1 = bytes written to the granule by this call
 *
 * Whether X1 fits the space offered is checked by the caller that knows
 * it (armcvm_rsi_attestation_token()).
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @res is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token_continue_decode(
	const struct armcvm_smccc_regs *out,
	struct armcvm_rsi_value_result *res)
{
	return armcvm_rsi_value_decode_(out, res);
}

/**
 * armcvm_rsi_realm_config_encode() - Encode RSI_REALM_CONFIG
 * @in: registers to fill
 * @ipa: IPA of a granule that receives struct armcvm_rsi_realm_config
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_realm_config_encode(struct armcvm_smccc_regs *in, uint64_t ipa)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_granule_(ipa));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_REALM_CONFIG, ipa, 0, 0, 0,
				0);
}

/**
 * armcvm_rsi_realm_config_decode() - Decode RSI_REALM_CONFIG
 * @out: result registers
 * @st: status
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @st is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_realm_config_decode(const struct armcvm_smccc_regs *out,
			       struct armcvm_rsi_status *st)
{
	return armcvm_rsi_status_decode_(out, st);
}

/**
 * armcvm_rsi_ipa_state_set_encode() - Encode RSI_IPA_STATE_SET
 * @in: registers to fill
 * @base: base IPA (4 KiB aligned)
 * @top: top IPA (4 KiB aligned, above @base)
 * @ripas: ARMCVM_RSI_EMPTY or ARMCVM_RSI_RAM
 * @flags: 0 or ARMCVM_RSI_CHANGE_DESTROYED
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_RANGE, -ARMCVM_ERR_INVAL
 *	   (@ripas, or @in NULL), -ARMCVM_ERR_RESERVED (@flags bits 63:1).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_set_encode(struct armcvm_smccc_regs *in, uint64_t base,
				uint64_t top, uint64_t ripas, uint64_t flags)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_range_(base, top));
	if (ripas != ARMCVM_RSI_EMPTY && ripas != ARMCVM_RSI_RAM) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((flags & ~ARMCVM_RSI_RIPAS_FLAGS_MASK) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_IPA_STATE_SET, base, top,
				ripas, flags, 0);
}

/**
 * armcvm_rsi_ipa_state_set_decode() - Decode RSI_IPA_STATE_SET
 * @out: result registers
 * @res: status, new_base, response
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @res is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN, -ARMCVM_ERR_PROTOCOL if
 *	   the status is RSI_SUCCESS and the response is neither ACCEPT (0)
 *	   nor REJECT (1) (RsiResponse, rsi_abi.h; rmi.md 7).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_set_decode(const struct armcvm_smccc_regs *out,
				struct armcvm_rsi_ipa_state_set_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->new_base = out->x[1];
	res->response = out->x[2];
	ARMCVM_RMI_TRY_(armcvm_rsi_decode_(out, &res->status));
	if (res->status == ARMCVM_RSI_SUCCESS &&
	    res->response > ARMCVM_RSI_REJECT) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return 0;
}

/**
 * armcvm_rsi_ipa_state_get_encode() - Encode RSI_IPA_STATE_GET
 * @in: registers to fill
 * @base: base IPA (4 KiB aligned)
 * @top: top IPA (4 KiB aligned, above @base)
 *
 * Return: 0, -ARMCVM_ERR_ALIGN, -ARMCVM_ERR_RANGE, -ARMCVM_ERR_INVAL (@in
 *	   NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_get_encode(struct armcvm_smccc_regs *in, uint64_t base,
				uint64_t top)
{
	ARMCVM_RMI_TRY_(armcvm_rmi_check_range_(base, top));
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_IPA_STATE_GET, base, top, 0,
				0, 0);
}

/**
 * armcvm_rsi_ipa_state_get_decode() - Decode RSI_IPA_STATE_GET
 * @out: result registers
 * @res: status, out_top, ripas
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @res is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN, -ARMCVM_ERR_PROTOCOL if
 *	   the status is RSI_SUCCESS and ripas is above DESTROYED (2)
 *	   (RsiRipas, rsi_abi.h).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_get_decode(const struct armcvm_smccc_regs *out,
				struct armcvm_rsi_ipa_state_get_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->out_top = out->x[1];
	res->ripas = out->x[2];
	ARMCVM_RMI_TRY_(armcvm_rsi_decode_(out, &res->status));
	if (res->status == ARMCVM_RSI_SUCCESS &&
	    res->ripas > ARMCVM_RSI_DESTROYED) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return 0;
}

/**
 * armcvm_rsi_host_call_encode() - Encode RSI_HOST_CALL
 * @in: registers to fill
 * @ipa: IPA of a struct armcvm_rsi_host_call, 256-byte aligned (T10
 *	runtime/rsi/host_call.c checks ALIGNED(ipa, sizeof(rsi_host_call)))
 *
 * Return: 0, -ARMCVM_ERR_ALIGN or -ARMCVM_ERR_INVAL (@in NULL).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_host_call_encode(struct armcvm_smccc_regs *in, uint64_t ipa)
{
	if (!armcvm_rmi_aligned_(ipa, ARMCVM_RSI_HOST_CALL_SIZE)) {
		return -ARMCVM_ERR_ALIGN;
	}
	return armcvm_rmi_fill_(in, ARMCVM_SMC_RSI_HOST_CALL, ipa, 0, 0, 0, 0);
}

/**
 * armcvm_rsi_host_call_decode() - Decode RSI_HOST_CALL
 * @out: result registers
 * @st: status
 *
 * Return: 0 (whatever the status), -ARMCVM_ERR_INVAL if @out or @st is
 *	   NULL, -ARMCVM_ERR_NOTSUPP for SMC_UNKNOWN.
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_host_call_decode(const struct armcvm_smccc_regs *out,
			    struct armcvm_rsi_status *st)
{
	return armcvm_rsi_status_decode_(out, st);
}

/*
 * Call wrappers: conduit first; return 0 when the RMM answered (status in
 * the result), -ARMCVM_ERR_INVAL for a NULL result or the encode error
 * without issuing the call, or the decode error (-ARMCVM_ERR_NOTSUPP,
 * -ARMCVM_ERR_PROTOCOL).
 */

/**
 * armcvm_rsi_version() - RSI_VERSION
 * @c: conduit
 * @req: requested RsiInterfaceVersion (ARMCVM_RSI_VERSION_1_0)
 * @res: status, lower and higher implemented revisions
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_RESERVED (bits
 *	   63:31 of @req), -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN),
 *	   -ARMCVM_ERR_PROTOCOL (MBZ bits or lower > higher in the reply).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_version(const struct armcvm_conduit *c, uint64_t req,
		   struct armcvm_rsi_version_result *res)
{
	ARMCVM_RSI_WRAP_(c, version, VERSION, res, req);
}

/**
 * armcvm_rsi_features() - RSI_FEATURES
 * @c: conduit
 * @index: feature register index
 * @res: status, value
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_NOTSUPP
 *	   (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_features(const struct armcvm_conduit *c, uint64_t index,
		    struct armcvm_rsi_value_result *res)
{
	ARMCVM_RSI_WRAP_(c, features, FEATURES, res, index);
}

/**
 * armcvm_rsi_measurement_read() - RSI_MEASUREMENT_READ
 * @c: conduit
 * @index: 0 (RIM) .. 4
 * @res: status, 64 value bytes
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL, @index > 4),
 *	   -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_measurement_read(const struct armcvm_conduit *c, uint64_t index,
			    struct armcvm_rsi_measurement *res)
{
	ARMCVM_RSI_WRAP_(c, measurement_read, MEASUREMENT_READ, res, index);
}

/**
 * armcvm_rsi_measurement_extend() - RSI_MEASUREMENT_EXTEND
 * @c: conduit
 * @index: 1..4
 * @value: @size bytes
 * @size: 0..64
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@st NULL, @index not 1..4, @value NULL
 *	   with a non-zero @size), -ARMCVM_ERR_RANGE (@size > 64),
 *	   -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_measurement_extend(const struct armcvm_conduit *c, uint64_t index,
			      const uint8_t *value, size_t size,
			      struct armcvm_rsi_status *st)
{
	ARMCVM_RSI_WRAP_(c, measurement_extend, MEASUREMENT_EXTEND, st, index,
			 value, size);
}

/**
 * armcvm_rsi_attestation_token_init() - RSI_ATTESTATION_TOKEN_INIT
 * @c: conduit
 * @challenge: 64 bytes
 * @res: status, upper bound of the token size
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@challenge or @res NULL),
 *	   -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token_init(const struct armcvm_conduit *c,
				  const uint8_t *challenge,
				  struct armcvm_rsi_value_result *res)
{
	ARMCVM_RSI_WRAP_(c, attestation_token_init, ATTESTATION_TOKEN_INIT,
			 res, challenge);
}

/**
 * armcvm_rsi_attestation_token_continue() - one CONTINUE call
 * @c: conduit
 * @granule: IPA of the buffer granule
 * @offset: offset of the free space in it
 * @size: bytes of free space
 * @res: status, bytes written
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_ALIGN (@granule),
 *	   -ARMCVM_ERR_RANGE (@offset + @size past the granule),
 *	   -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token_continue(const struct armcvm_conduit *c,
				      uint64_t granule, uint64_t offset,
				      uint64_t size,
				      struct armcvm_rsi_value_result *res)
{
	ARMCVM_RSI_WRAP_(c, attestation_token_continue,
			 ATTESTATION_TOKEN_CONTINUE, res, granule, offset,
			 size);
}

/**
 * armcvm_rsi_realm_config() - RSI_REALM_CONFIG
 * @c: conduit
 * @ipa: IPA of the granule that receives the configuration
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@st NULL), -ARMCVM_ERR_ALIGN (@ipa),
 *	   -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_realm_config(const struct armcvm_conduit *c, uint64_t ipa,
			struct armcvm_rsi_status *st)
{
	ARMCVM_RSI_WRAP_(c, realm_config, REALM_CONFIG, st, ipa);
}

/**
 * armcvm_rsi_ipa_state_set() - one RSI_IPA_STATE_SET call
 * @c: conduit
 * @base: base IPA
 * @top: top IPA
 * @ripas: ARMCVM_RSI_EMPTY or ARMCVM_RSI_RAM
 * @flags: 0 or ARMCVM_RSI_CHANGE_DESTROYED
 * @res: status, new_base, response
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL, @ripas), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_RANGE, -ARMCVM_ERR_RESERVED (@flags),
 *	   -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN), -ARMCVM_ERR_PROTOCOL (response
 *	   not 0 or 1).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_set(const struct armcvm_conduit *c, uint64_t base,
			 uint64_t top, uint64_t ripas, uint64_t flags,
			 struct armcvm_rsi_ipa_state_set_result *res)
{
	ARMCVM_RSI_WRAP_(c, ipa_state_set, IPA_STATE_SET, res, base, top,
			 ripas, flags);
}

/**
 * armcvm_rsi_ipa_state_get() - RSI_IPA_STATE_GET
 * @c: conduit
 * @base: base IPA
 * @top: top IPA
 * @res: status, out_top, ripas
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@res NULL), -ARMCVM_ERR_ALIGN,
 *	   -ARMCVM_ERR_RANGE, -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN),
 *	   -ARMCVM_ERR_PROTOCOL (ripas above DESTROYED).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_get(const struct armcvm_conduit *c, uint64_t base,
			 uint64_t top,
			 struct armcvm_rsi_ipa_state_get_result *res)
{
	ARMCVM_RSI_WRAP_(c, ipa_state_get, IPA_STATE_GET, res, base, top);
}

/**
 * armcvm_rsi_host_call() - RSI_HOST_CALL
 * @c: conduit
 * @ipa: IPA of the struct armcvm_rsi_host_call
 * @st: status
 *
 * Return: 0, -ARMCVM_ERR_INVAL (@st NULL), -ARMCVM_ERR_ALIGN (@ipa not
 *	   256-byte aligned), -ARMCVM_ERR_NOTSUPP (SMC_UNKNOWN).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rsi_host_call(const struct armcvm_conduit *c, uint64_t ipa,
		     struct armcvm_rsi_status *st)
{
	ARMCVM_RSI_WRAP_(c, host_call, HOST_CALL, st, ipa);
}

/* ------------------------------------------------------------------ */
/* Loops                                                                */
/* ------------------------------------------------------------------ */

/*
 * Consecutive RSI_INCOMPLETE replies that write nothing before
 * armcvm_rsi_attestation_token() gives up. The RMM may return without
 * progress while it signs (T10 runtime/rsi/realm_attest.c), so a few are
 * normal; an endless run is not.
 */
#define ARMCVM_RSI_TOKEN_MAX_IDLE	4096

/**
 * struct armcvm_rsi_token_result - outcome of armcvm_rsi_attestation_token()
 * @status: last RSI status (RSI_SUCCESS when the token is complete)
 * @max_size: upper bound of the token size from ATTESTATION_TOKEN_INIT;
 *	when the buffer is too small, allocate at least this much
 * @written: bytes of token written to the buffer so far
 */
struct armcvm_rsi_token_result {
	uint64_t status;
	uint64_t max_size;
	uint64_t written;
};

/**
 * armcvm_rsi_attestation_token() - Fetch a whole attestation token
 * @c: conduit
 * @challenge: 64-byte challenge
 * @buf_ipa: IPA of the buffer (any alignment; it may span granules)
 * @buf_size: buffer size in bytes
 * @res: status, max_size, written
 *
 * ATTESTATION_TOKEN_INIT, then ATTESTATION_TOKEN_CONTINUE on each granule
 * of the buffer until the RMM reports RSI_SUCCESS (S10 B5.3.2/B5.3.3;
 * Linux drivers/virt/coco/arm-cca-guest). An RSI error status stops the
 * loop and is returned in @res with 0.
 *
 * Return: 0 when the RMM answered (check @res->status),
 *	   -ARMCVM_ERR_INVAL (@challenge or @res NULL), -ARMCVM_ERR_RANGE (the
 *	   buffer wraps the address space),
 *	   -ARMCVM_ERR_NOSPACE if the buffer filled up before the token was
 *	   complete (@res->written bytes are valid, @res->max_size is needed),
 *	   -ARMCVM_ERR_PROTOCOL if the RMM wrote more than offered or made no
 *	   progress ARMCVM_RSI_TOKEN_MAX_IDLE times in a row,
 *	   -ARMCVM_ERR_NOTSUPP if no RMM answered.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rsi_attestation_token(const struct armcvm_conduit *c,
			     const uint8_t *challenge, uint64_t buf_ipa,
			     uint64_t buf_size,
			     struct armcvm_rsi_token_result *res);

/**
 * struct armcvm_rsi_range_result - outcome of armcvm_rsi_ipa_state_set_range()
 * @status: last RSI status
 * @new_base: first IPA whose RIPAS was not changed (== top when done)
 * @rejected: the host answered RSI_REJECT; [@new_base, top) is unchanged
 * @calls: RSI_IPA_STATE_SET calls issued
 */
struct armcvm_rsi_range_result {
	uint64_t status;
	uint64_t new_base;
	bool rejected;
	unsigned int calls;
};

/**
 * armcvm_rsi_ipa_state_set_range() - Change the RIPAS of a whole range
 * @c: conduit
 * @base: base IPA (4 KiB aligned)
 * @top: top IPA (4 KiB aligned, above @base)
 * @ripas: ARMCVM_RSI_EMPTY or ARMCVM_RSI_RAM
 * @flags: 0 or ARMCVM_RSI_CHANGE_DESTROYED
 * @res: status, progress, rejection
 *
 * Repeats RSI_IPA_STATE_SET from new_base until it reaches @top, the host
 * rejects, or the RMM fails (S10 B5.3.9). Every call must advance: a
 * new_base at or below the previous base, or above @top, stops the loop.
 *
 * Return: 0 when the range is done, rejected or an RSI error stopped it
 *	   (see @res), -ARMCVM_ERR_INVAL if @res is NULL, the encode errors
 *	   of armcvm_rsi_ipa_state_set_encode(),
 *	   -ARMCVM_ERR_PROTOCOL (no progress or new_base out of range),
 *	   -ARMCVM_ERR_NOTSUPP (no RMM).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rsi_ipa_state_set_range(const struct armcvm_conduit *c, uint64_t base,
			       uint64_t top, uint64_t ripas, uint64_t flags,
			       struct armcvm_rsi_range_result *res);

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RSI_H */
