/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - SMCCC function identifier decoding and return-code names.
 */
#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>

/* DEN0028: bits 23:17 of a fast-call FID are MBZ; bit 16 is the SVE hint. */
#define FAST_CALL_MBZ_MASK	ARMCVM_U(0x00FE0000)

int armcvm_smccc_fid_decode(uint64_t x0, struct armcvm_smccc_fid *out)
{
	uint32_t fid;

	if (out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((x0 >> 32) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	fid = (uint32_t)x0;
	if (armcvm_smccc_is_fast(fid) && (fid & FAST_CALL_MBZ_MASK) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	out->fast = armcvm_smccc_is_fast(fid);
	out->smc64 = armcvm_smccc_is_64(fid);
	out->owner = (uint8_t)armcvm_smccc_owner(fid);
	out->sve_hint = armcvm_smccc_has_sve_hint(fid);
	out->func_num = (uint16_t)armcvm_smccc_func_num(fid);
	return 0;
}

const char *armcvm_smccc_ret_name(uint64_t x0)
{
	switch ((int64_t)x0) {
	case ARMCVM_SMCCC_RET_SUCCESS:
		return "SUCCESS";
	case ARMCVM_SMCCC_RET_NOT_SUPPORTED:
		return "NOT_SUPPORTED";
	case ARMCVM_SMCCC_RET_NOT_REQUIRED:
		return "NOT_REQUIRED";
	case ARMCVM_SMCCC_RET_INVALID_PARAMETER:
		return "INVALID_PARAMETER";
	default:
		return "<not a standard SMCCC return code>";
	}
}
