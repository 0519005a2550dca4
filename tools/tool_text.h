/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_TOOL_TEXT_H
#define ARMCVM_TOOLS_TOOL_TEXT_H
/*
 * Text helpers shared by the hosted readers (tools/): one number syntax for
 * every format, and messages that quote untrusted text safely.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/*
 * Parse @s as an unsigned 64-bit number: decimal digits, or "0x" / "0X"
 * followed by hex digits. No sign, no spaces, no octal (a leading 0 is
 * decimal), no value above 2^64 - 1. Returns false on anything else.
 */
bool tool_parse_u64(const char *s, uint64_t *out);

/* Value of hex digit @c (0-9, a-f, A-F), or -1 for any other character. */
int tool_hex_digit(char c);

/*
 * Write @s to @f with bytes outside printable ASCII (and the backslash)
 * as \xNN, so that a hostile name cannot drive the terminal.
 */
void tool_fputs_escaped(const char *s, FILE *f);

#endif /* ARMCVM_TOOLS_TOOL_TEXT_H */
