/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_JSON_H
#define ARMCVM_TOOLS_JSON_H
/*
 * A small JSON reader for the hosted tools: RFC 8259 with two limits,
 * numbers are integers in the int64_t range (no fraction, no exponent) and
 * strings may not contain U+0000. Parses one document into a caller-sized
 * node pool; containers nest at most JSON_MAX_DEPTH deep. Everything else
 * (bad escapes, unescaped control characters, lone surrogates, invalid
 * UTF-8, leading zeros, trailing commas, mismatched brackets) is an error
 * with a message.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define JSON_MAX_DEPTH	32

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR, JSON_OBJ };

struct json_node {
	enum json_type type;
	const char *key;	/* object members: name, NUL-terminated */
	char *str;		/* JSON_STR: NUL-terminated, in the input */
	int64_t num;		/* JSON_NUM; JSON_BOOL 0 / 1 */
	int child;		/* first child, -1 if none */
	int next;		/* next sibling, -1 if none */
};

struct json_doc {
	struct json_node *nodes;	/* caller storage, @cap entries */
	int cap;
	int len;
	const char *err;	/* set on failure: what was wrong */
	size_t err_off;		/* and at which byte offset */
};

/*
 * Parse the @len bytes at @text (modified in place: strings are unescaped
 * and NUL-terminated where they stand). Returns the root index, or -1 with
 * @d->err and @d->err_off set.
 */
int json_parse(struct json_doc *d, char *text, size_t len);
/* Member @key of object @obj, or -1 (also when @obj is not an object). */
int json_get(const struct json_doc *d, int obj, const char *key);
/*
 * Unsigned value of a non-negative JSON integer or of a string holding a
 * number in tool_parse_u64() syntax ("0x..." hex or decimal); false if
 * @node is -1, of another type, or malformed.
 */
bool json_u64(const struct json_doc *d, int node, uint64_t *out);

#endif
