/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* Text helpers for the hosted readers (tool_text.h). */
#include "tool_text.h"

int tool_hex_digit(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

bool tool_parse_u64(const char *s, uint64_t *out)
{
	uint64_t v = 0;
	int d;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		s += 2;
		if (*s == '\0') {
			return false;
		}
		for (; *s != '\0'; s++) {
			d = tool_hex_digit(*s);
			if (d < 0 || v >> 60 != 0) {
				return false;
			}
			v = v << 4 | (uint64_t)d;
		}
		*out = v;
		return true;
	}
	if (*s == '\0') {
		return false;
	}
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9') {
			return false;
		}
		d = *s - '0';
		if (v > (UINT64_MAX - (uint64_t)d) / 10) {
			return false;
		}
		v = v * 10 + (uint64_t)d;
	}
	*out = v;
	return true;
}

void tool_fputs_escaped(const char *s, FILE *f)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c > 0x7e || c == '\\') {
			fprintf(f, "\\x%02x", c);
		} else {
			fputc(c, f);
		}
	}
}
