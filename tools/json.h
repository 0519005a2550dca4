/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_JSON_H
#define ARMCVM_TOOLS_JSON_H
/*
 * A small JSON reader for the hosted tools (RFC 8259 subset: objects,
 * arrays, strings without \u escapes beyond ASCII, integers, true / false /
 * null). Parses one document into a caller-sized node pool.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR, JSON_OBJ };

struct json_node {
	enum json_type type;
	const char *key;	/* member name (object members), NUL-terminated */
	char *str;		/* JSON_STR, NUL-terminated in the input buffer */
	int64_t num;		/* JSON_NUM (integers only); JSON_BOOL 0 / 1 */
	int child;		/* first child, -1 if none */
	int next;		/* next sibling, -1 if none */
};

struct json_doc {
	struct json_node *nodes;
	int cap;
	int len;
	const char *err;	/* set on failure */
};

/* Parse @text (modified in place). Returns the root index or -1. */
int json_parse(struct json_doc *d, char *text);
/* Member @key of object @obj, or -1. */
int json_get(const struct json_doc *d, int obj, const char *key);
/* Unsigned value of a number or a "0x..." / decimal string; false if bad. */
bool json_u64(const struct json_doc *d, int node, uint64_t *out);

#endif
