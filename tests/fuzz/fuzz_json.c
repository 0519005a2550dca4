/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * libFuzzer target: the JSON reader alone (tools/json.c, json.h).
 *
 * Checks beyond "no crash, no sanitizer report": a failure sets a message
 * and an offset inside the input; an accepted document forms a well-linked
 * tree (indexes in range, children after parents, keys exactly on object
 * members) within JSON_MAX_DEPTH; every member is found again by
 * json_get(); json_u64() agrees with the integer of a number node and, on
 * a string, gives a value that tool_parse_u64() reads back from its
 * decimal and hex spelling; and writing the tree back as JSON and parsing
 * that gives the same tree (unescaping in place loses nothing).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "tool_text.h"

#define NODES	512	/* small enough that "too many values" is reached */
#define OUT	(1U << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct out {
	char *buf;
	size_t len;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (o->len + n > OUT) {
		abort();	/* the writer never grows past 6x the input */
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void put_str(struct out *o, const char *s)
{
	char esc[8];

	put(o, "\"", 1);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == '"' || c == '\\') {
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			put(o, esc, 6);
		} else {
			put(o, s, 1);
		}
	}
	put(o, "\"", 1);
}

static void check_u64(const struct json_doc *d, int n)
{
	const struct json_node *x = &d->nodes[n];
	uint64_t u, v;
	char s[32];

	if (x->type == JSON_NUM) {
		if (json_u64(d, n, &u) != (x->num >= 0) ||
		    (x->num >= 0 && u != (uint64_t)x->num)) {
			abort();
		}
	} else if (x->type == JSON_STR && json_u64(d, n, &u)) {
		snprintf(s, sizeof(s), "%" PRIu64, u);
		if (!tool_parse_u64(s, &v) || v != u) {
			abort();
		}
		snprintf(s, sizeof(s), "0x%" PRIx64, u);
		if (!tool_parse_u64(s, &v) || v != u) {
			abort();
		}
	} else if (json_u64(d, n, &u)) {
		abort();	/* only numbers and strings are numbers */
	}
}

/* Write node @n (and its subtree) as JSON; checks the links on the way. */
static void emit(const struct json_doc *d, int n, int depth, struct out *o)
{
	const struct json_node *x = &d->nodes[n];
	char num[32];
	int c;

	if (depth > JSON_MAX_DEPTH) {
		abort();
	}
	check_u64(d, n);
	switch (x->type) {
	case JSON_NULL: put(o, "null", 4); return;
	case JSON_BOOL:
		if (x->num != 0 && x->num != 1) {
			abort();
		}
		put(o, x->num ? "true" : "false", x->num ? 4 : 5);
		return;
	case JSON_NUM:
		snprintf(num, sizeof(num), "%" PRId64, x->num);
		put(o, num, strlen(num));
		return;
	case JSON_STR:
		if (x->str == NULL) {
			abort();
		}
		put_str(o, x->str);
		return;
	default:
		break;
	}
	put(o, x->type == JSON_OBJ ? "{" : "[", 1);
	for (c = x->child; c >= 0; c = d->nodes[c].next) {
		if (c <= n || c >= d->len ||
		    (d->nodes[c].key != NULL) != (x->type == JSON_OBJ)) {
			abort();
		}
		if (x->type == JSON_OBJ) {
			if (json_get(d, n, d->nodes[c].key) < 0) {
				abort();
			}
			put_str(o, d->nodes[c].key);
			put(o, ":", 1);
		}
		emit(d, c, depth + 1, o);
		if (d->nodes[c].next >= 0) {
			put(o, ",", 1);
		}
	}
	put(o, x->type == JSON_OBJ ? "}" : "]", 1);
}

static struct json_node nodes_a[NODES], nodes_b[NODES];
static char out1[OUT], out2[OUT], again[OUT];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_doc a = { .nodes = nodes_a, .cap = NODES };
	struct json_doc b = { .nodes = nodes_b, .cap = NODES };
	struct out o1 = { .buf = out1 }, o2 = { .buf = out2 };
	char *text;
	int root;

	if (size > OUT / 8) {
		return 0;
	}
	text = malloc(size + 1);	/* exact size + 1: overreads trap */
	if (text == NULL) {
		abort();
	}
	memcpy(text, data, size);
	text[size] = '#';	/* not JSON: the length is honoured */
	root = json_parse(&a, text, size);
	if (root < 0) {
		if (a.err == NULL || a.err_off > size) {
			abort();
		}
	} else {
		if (root != 0 || a.len < 1 || a.len > NODES) {
			abort();
		}
		emit(&a, root, 0, &o1);
		/* The writer's output parses to the same tree. */
		memcpy(again, o1.buf, o1.len);
		if (json_parse(&b, again, o1.len) != 0 || b.len != a.len) {
			abort();
		}
		emit(&b, 0, 0, &o2);
		if (o2.len != o1.len || memcmp(o1.buf, o2.buf, o1.len) != 0) {
			abort();
		}
	}
	free(text);
	return 0;
}
