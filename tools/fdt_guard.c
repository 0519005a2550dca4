/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Pre-checks for libfdt 1.6.1 (fdt_guard.h). Its fdt_check_full():
 *  - reads the whole 40-byte version 17 header through fdt_check_header()
 *    while checking only that the buffer holds 28 bytes;
 *  - dereferences fdt_get_name() of the root node, NULL for a version
 *    below 16 whose root name holds no '/';
 *  - loops for ever on a property whose length wraps fdt_next_tag()'s int
 *    offset back to the property itself (e.g. 0xfffffff4).
 * Layout: Devicetree Specification v0.4, 5.2 (header: magic @0x00,
 * totalsize @0x04, off_dt_struct @0x08, version @0x14, size_dt_struct
 * @0x24 from version 17) and 5.4 (structure block tokens, 4-byte aligned).
 */
#include <stdint.h>
#include <string.h>

#include <libfdt.h>

#include "fdt_guard.h"

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

const char *fdt_guard_check(const void *blob, size_t size)
{
	const uint8_t *b = blob;
	uint64_t off, end, len;
	uint32_t version;

	if (size < sizeof(struct fdt_header)) {
		return "shorter than its 40-byte header";
	}
	if (be32(b) != FDT_MAGIC) {
		return "no devicetree magic 0xd00dfeed";
	}
	version = be32(b + 0x14);
	if (version < 16) {
		return "version below 16; dtc writes 17";
	}
	if (be32(b + 0x04) > size) {
		return "shorter than the totalsize in its header";
	}
	off = be32(b + 0x08);
	end = version >= 17 ? off + be32(b + 0x24) : be32(b + 0x04);
	if (off > end || end > be32(b + 0x04)) {
		return "structure block outside the blob";
	}
	/* Only lengths here; fdt_check_full() checks everything else. */
	while (end - off >= 4) {
		uint32_t tag = be32(b + off);
		const uint8_t *nul;

		off += 4;
		switch (tag) {
		case FDT_BEGIN_NODE:
			nul = memchr(b + off, '\0', (size_t)(end - off));
			if (nul == NULL) {
				return "node name runs past the structure block";
			}
			off = (uint64_t)(nul - b) + 1;
			break;
		case FDT_PROP:
			if (end - off < 8) {
				return "property runs past the structure block";
			}
			len = be32(b + off);
			off += 8;
			if (len > end - off) {
				return "property value runs past the structure "
				       "block";
			}
			off += len;
			break;
		case FDT_END_NODE:
		case FDT_NOP:
			break;
		case FDT_END:
			return NULL;
		default:
			return "unknown structure block token";
		}
		off = (off + 3) & ~(uint64_t)3;
		if (off > end) {
			break;
		}
	}
	return "structure block without its FDT_END token";
}
