/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - armcvm_strerror(): one designated-initializer table (libfdt style).
 */
#include <armcvm/env.h>
#include <armcvm/err.h>

#define ERRTABENT(code, text)	[code] = #code ": " text

static const char *const err_table[ARMCVM_ERR_MAX + 1] = {
	ERRTABENT(ARMCVM_ERR_INVAL, "invalid argument"),
	ERRTABENT(ARMCVM_ERR_ALIGN, "misaligned address or size"),
	ERRTABENT(ARMCVM_ERR_RESERVED, "reserved bits set"),
	ERRTABENT(ARMCVM_ERR_RANGE, "address range empty, wrapping or out of bounds"),
	ERRTABENT(ARMCVM_ERR_NOSPACE, "buffer or pool too small"),
	ERRTABENT(ARMCVM_ERR_NOTSUPP, "not supported by this conduit or target"),
	ERRTABENT(ARMCVM_ERR_NOENT, "no such object"),
	ERRTABENT(ARMCVM_ERR_STATE, "illegal in the current state"),
	ERRTABENT(ARMCVM_ERR_EXISTS, "already exists"),
	ERRTABENT(ARMCVM_ERR_BADFMT, "malformed input data"),
	ERRTABENT(ARMCVM_ERR_PROTOCOL, "peer violated the ABI"),
	ERRTABENT(ARMCVM_ERR_INTERNAL, "internal error (armcvm bug)"),
};

const char *armcvm_strerror(int err)
{
	if (err == 0) {
		return "<no error>";
	}
	if (err > 0) {
		return "<valid value>";
	}
	/* -INT_MIN would overflow: compare before negating. */
	if (err < -ARMCVM_ERR_MAX || err_table[-err] == NULL) {
		return "<unknown error>";
	}
	return err_table[-err];
}
