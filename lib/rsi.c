/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - RSI status names (DEN0137 1.0-rel0 B5.4.2; RSI_ERROR_DEVICE from
 * TF-RMM lib/smc/include/smc-rsi.h, 1.1+).
 */
#include <armcvm/rsi.h>

const char *armcvm_rsi_status_str(uint64_t status)
{
	static const char *const names[] = {
		[ARMCVM_RSI_SUCCESS] = "RSI_SUCCESS",
		[ARMCVM_RSI_ERROR_INPUT] = "RSI_ERROR_INPUT",
		[ARMCVM_RSI_ERROR_STATE] = "RSI_ERROR_STATE",
		[ARMCVM_RSI_INCOMPLETE] = "RSI_INCOMPLETE",
		[ARMCVM_RSI_ERROR_UNKNOWN] = "RSI_ERROR_UNKNOWN",
		[ARMCVM_RSI_ERROR_DEVICE] = "RSI_ERROR_DEVICE",
	};

	if (status < sizeof(names) / sizeof(names[0])) {
		return names[status];
	}
	return "<unknown RSI status>";
}

int armcvm_rsi_attestation_token(const struct armcvm_conduit *c,
				 const uint8_t *challenge, uint64_t buf_ipa,
				 uint64_t buf_size,
				 struct armcvm_rsi_token_result *res)
{
	/* status stays SUCCESS if an encode layer rejects the arguments */
	struct armcvm_rsi_value_result v = { .status = ARMCVM_RSI_SUCCESS };
	unsigned int idle = 0;
	uint64_t pos = 0;
	int ret;

	if (res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->status = ARMCVM_RSI_SUCCESS;
	res->max_size = 0;
	res->written = 0;
	if (buf_ipa + buf_size < buf_ipa) {
		return -ARMCVM_ERR_RANGE;
	}
	ret = armcvm_rsi_attestation_token_init(c, challenge, &v);
	res->status = v.status;
	if (ret != 0 || v.status != ARMCVM_RSI_SUCCESS) {
		return ret;
	}
	res->max_size = v.value;
	for (;;) {
		uint64_t at = buf_ipa + pos;
		uint64_t offset = at & (ARMCVM_RMI_GRANULE_SIZE - 1U);
		uint64_t size = ARMCVM_RMI_GRANULE_SIZE - offset;

		if (pos == buf_size) {
			return -ARMCVM_ERR_NOSPACE;
		}
		if (size > buf_size - pos) {
			size = buf_size - pos;
		}
		ret = armcvm_rsi_attestation_token_continue(c, at - offset,
							    offset, size, &v);
		res->status = v.status;
		if (ret != 0) {
			return ret;
		}
		if (v.status != ARMCVM_RSI_SUCCESS &&
		    v.status != ARMCVM_RSI_INCOMPLETE) {
			return 0;
		}
		if (v.value > size) {
			return -ARMCVM_ERR_PROTOCOL;
		}
		pos += v.value;
		res->written = pos;
		if (v.status == ARMCVM_RSI_SUCCESS) {
			return 0;
		}
		idle = v.value == 0 ? idle + 1U : 0U;
		if (idle >= ARMCVM_RSI_TOKEN_MAX_IDLE) {
			return -ARMCVM_ERR_PROTOCOL;
		}
	}
}

int armcvm_rsi_ipa_state_set_range(const struct armcvm_conduit *c,
				   uint64_t base, uint64_t top, uint64_t ripas,
				   uint64_t flags,
				   struct armcvm_rsi_range_result *res)
{
	struct armcvm_rsi_ipa_state_set_result r;
	struct armcvm_smccc_regs check;
	int ret;

	if (res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res->status = ARMCVM_RSI_SUCCESS;
	res->new_base = base;
	res->rejected = false;
	res->calls = 0;
	ret = armcvm_rsi_ipa_state_set_encode(&check, base, top, ripas, flags);
	if (ret != 0) {
		return ret;
	}
	while (res->new_base < top) {
		ret = armcvm_rsi_ipa_state_set(c, res->new_base, top, ripas,
					       flags, &r);
		if (ret != 0) {
			return ret;
		}
		res->calls++;
		res->status = r.status;
		if (r.status != ARMCVM_RSI_SUCCESS) {
			return 0;
		}
		if (r.response == ARMCVM_RSI_REJECT) {
			res->rejected = true;
			return 0;
		}
		if (r.new_base <= res->new_base || r.new_base > top) {
			return -ARMCVM_ERR_PROTOCOL;
		}
		res->new_base = r.new_base;
	}
	return 0;
}
