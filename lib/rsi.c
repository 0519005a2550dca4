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
