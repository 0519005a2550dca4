/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * libFuzzer target: the operation-log reader (tools/realm_oplog.c,
 * docs/realm-oplog.md) on text bytes, with content files served from
 * memory (fake_io.c). Checks: every rejection prints "fuzz.oplog..." and
 * returns RT_EXIT_INPUT; success prints nothing and gives a 32- or 64-byte
 * digest whose unused tail is zero; nothing leaks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fake_io.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct armcvm_measurement rim;
	struct fake_io f;
	unsigned int len = 0, i;
	size_t n;
	int r;

	memset(&rim, 0, sizeof(rim));
	fake_io_open(&f);
	r = rt_oplog_measure_text("fuzz.oplog", FAKE_IO_DIR,
				  (const char *)data, size, &f.io, &rim, &len);
	n = fake_io_close(&f);
	if (len != 32 && len != 64) {
		abort();
	}
	if (r == 0) {
		if (n != 0) {
			abort();	/* success says nothing */
		}
		for (i = len; i < sizeof(rim.bytes); i++) {
			if (rim.bytes[i] != 0) {
				abort();	/* digests are zero-extended */
			}
		}
	} else if (r != RT_EXIT_INPUT || n == 0 ||
		   strncmp(f.msgs, "fuzz.oplog:", 11) != 0) {
		abort();	/* a rejection names the file (and line) */
	}
	return 0;
}
