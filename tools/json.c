/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Iterative JSON reader (json.h; grammar from RFC 8259 sections 2-7). An
 * explicit stack holds the open containers, so nesting is bounded by
 * JSON_MAX_DEPTH and no input can exhaust the C stack. Every read is
 * checked against the end of the buffer: the input need not be
 * NUL-terminated and may hold any byte, though strings must be UTF-8
 * (RFC 8259 section 8.1).
 */
#include <string.h>

#include "json.h"
#include "tool_text.h"

struct cur {
	char *p;
	char *end;
	char *start;
	struct json_doc *d;
};

static int fail(struct cur *c, const char *why)
{
	c->d->err = why;
	c->d->err_off = (size_t)(c->p - c->start);
	return -1;
}

static int peek(const struct cur *c)
{
	return c->p < c->end ? (unsigned char)*c->p : -1;
}

/* RFC 8259 section 2: ws is space, tab, line feed, carriage return. */
static void skip_ws(struct cur *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' ||
				 *c->p == '\n' || *c->p == '\r')) {
		c->p++;
	}
}

static int new_node(struct cur *c, enum json_type t)
{
	struct json_doc *d = c->d;
	struct json_node *n;

	if (d->len >= d->cap) {
		return fail(c, "too many JSON values");
	}
	n = &d->nodes[d->len];
	memset(n, 0, sizeof(*n));
	n->type = t;
	n->child = -1;
	n->next = -1;
	return d->len++;
}

/* Four hex digits of a \u escape at c->p; -1 if malformed. */
static long hex4(struct cur *c)
{
	long v = 0;
	int i;

	if (c->end - c->p < 4) {
		return -1;
	}
	for (i = 0; i < 4; i++) {
		char h = c->p[i];

		v <<= 4;
		if (h >= '0' && h <= '9') {
			v |= h - '0';
		} else if (h >= 'a' && h <= 'f') {
			v |= h - 'a' + 10;
		} else if (h >= 'A' && h <= 'F') {
			v |= h - 'A' + 10;
		} else {
			return -1;
		}
	}
	c->p += 4;
	return v;
}

/* UTF-8 of code point @cp (1..0x10FFFF, not a surrogate) at *w. */
static void put_utf8(char **w, unsigned long cp)
{
	unsigned char *o = (unsigned char *)*w;

	if (cp < 0x80) {
		*o++ = (unsigned char)cp;
	} else if (cp < 0x800) {
		*o++ = (unsigned char)(0xC0 | cp >> 6);
		*o++ = (unsigned char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		*o++ = (unsigned char)(0xE0 | cp >> 12);
		*o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		*o++ = (unsigned char)(0x80 | (cp & 0x3F));
	} else {
		*o++ = (unsigned char)(0xF0 | cp >> 18);
		*o++ = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
		*o++ = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		*o++ = (unsigned char)(0x80 | (cp & 0x3F));
	}
	*w = (char *)o;
}

/*
 * \uXXXX after the backslash and 'u' (RFC 8259 section 7): a code point,
 * or a UTF-16 surrogate pair. Written as UTF-8, never longer than its
 * escape (6 bytes give at most 3, 12 bytes give 4), so in place is safe.
 */
static int unicode_escape(struct cur *c, char **w)
{
	long hi = hex4(c);

	if (hi < 0) {
		return fail(c, "\\u needs four hex digits");
	}
	if (hi == 0) {
		return fail(c, "\\u0000 is not supported");
	}
	if (hi >= 0xDC00 && hi <= 0xDFFF) {
		return fail(c, "\\u escape: lone low surrogate");
	}
	if (hi >= 0xD800 && hi <= 0xDBFF) {
		long lo;

		if (c->end - c->p < 2 || c->p[0] != '\\' || c->p[1] != 'u') {
			return fail(c, "\\u escape: high surrogate without "
				    "its low surrogate");
		}
		c->p += 2;
		lo = hex4(c);
		if (lo < 0xDC00 || lo > 0xDFFF) {
			return fail(c, "\\u escape: high surrogate without "
				    "its low surrogate");
		}
		put_utf8(w, 0x10000UL + (((unsigned long)hi - 0xD800) << 10) +
			 ((unsigned long)lo - 0xDC00));
		return 0;
	}
	put_utf8(w, (unsigned long)hi);
	return 0;
}

/*
 * Length of the well-formed UTF-8 sequence at the @avail bytes at @p, or 0
 * (Unicode table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated sequence).
 */
static size_t utf8_seq(const unsigned char *p, size_t avail)
{
	unsigned int lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (p[0] < 0x80) {
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
	} else {
		return 0;
	}
	/* These leads narrow the second byte: overlongs, surrogates, and code
	 * points above U+10FFFF. */
	if (p[0] == 0xE0) {
		lo = 0xA0;
	} else if (p[0] == 0xED) {
		hi = 0x9F;
	} else if (p[0] == 0xF0) {
		lo = 0x90;
	} else if (p[0] == 0xF4) {
		hi = 0x8F;
	}
	for (i = 1; i < n; i++) {
		if (i >= avail || p[i] < lo || p[i] > hi) {
			return 0;
		}
		lo = 0x80;
		hi = 0xBF;
	}
	return n;
}

/* A string after its opening quote; unescaped and NUL-terminated in place. */
static char *parse_str(struct cur *c)
{
	char *start = c->p, *w = c->p;

	for (;;) {
		int ch = peek(c);

		if (ch < 0) {
			fail(c, "unterminated string");
			return NULL;
		}
		if (ch == '"') {
			break;
		}
		if (ch < 0x20) {
			fail(c, "control character in a string (escape it)");
			return NULL;
		}
		if (ch >= 0x80) {
			size_t n = utf8_seq((unsigned char *)c->p,
					    (size_t)(c->end - c->p));

			if (n == 0) {
				fail(c, "invalid UTF-8 in a string");
				return NULL;
			}
			memmove(w, c->p, n);
			w += n;
			c->p += n;
			continue;
		}
		c->p++;
		if (ch != '\\') {
			*w++ = (char)ch;
			continue;
		}
		ch = peek(c);
		if (ch < 0) {
			fail(c, "unterminated string");
			return NULL;
		}
		c->p++;
		switch (ch) {
		case '"': case '\\': case '/': *w++ = (char)ch; break;
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'u':
			if (unicode_escape(c, &w) != 0) {
				return NULL;
			}
			break;
		default:
			c->p--;
			fail(c, "unknown string escape");
			return NULL;
		}
	}
	*w = '\0';	/* at or before the closing quote */
	c->p++;
	return start;
}

/* RFC 8259 section 6, integers only: -?(0|[1-9][0-9]*). */
static int parse_num(struct cur *c, int64_t *out)
{
	bool neg = false;
	uint64_t v = 0, lim;
	int ch;

	if (peek(c) == '-') {
		neg = true;
		c->p++;
	}
	lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	ch = peek(c);
	if (ch < '0' || ch > '9') {
		return fail(c, "expected a digit");
	}
	if (ch == '0') {
		c->p++;
		ch = peek(c);
		if (ch >= '0' && ch <= '9') {
			return fail(c, "leading zeros are not allowed");
		}
	}
	while ((ch = peek(c)) >= '0' && ch <= '9') {
		if (v > (lim - (uint64_t)(ch - '0')) / 10) {
			return fail(c, "integer out of range (64-bit signed)");
		}
		v = v * 10 + (uint64_t)(ch - '0');
		c->p++;
	}
	if (ch == '.' || ch == 'e' || ch == 'E') {
		return fail(c, "only integers are supported");
	}
	/* -(v - 1) - 1 reaches INT64_MIN without overflowing. */
	*out = neg && v > 0 ? -(int64_t)(v - 1) - 1 : (int64_t)v;
	return 0;
}

static bool literal(struct cur *c, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0) {
		return false;
	}
	c->p += n;
	return true;
}

/* One scalar or the opening of a container at c->p; the node index. */
static int parse_value(struct cur *c)
{
	int ch = peek(c), n;

	switch (ch) {
	case '{':
	case '[':
		n = new_node(c, ch == '{' ? JSON_OBJ : JSON_ARR);
		c->p += n >= 0;
		return n;
	case '"':
		n = new_node(c, JSON_STR);
		if (n >= 0) {
			c->p++;
			c->d->nodes[n].str = parse_str(c);
			if (c->d->nodes[n].str == NULL) {
				return -1;
			}
		}
		return n;
	case 't':
	case 'f':
		if (!literal(c, ch == 't' ? "true" : "false")) {
			return fail(c, "unexpected word (true or false?)");
		}
		n = new_node(c, JSON_BOOL);
		if (n >= 0) {
			c->d->nodes[n].num = ch == 't';
		}
		return n;
	case 'n':
		if (!literal(c, "null")) {
			return fail(c, "unexpected word (null?)");
		}
		return new_node(c, JSON_NULL);
	default:
		if (ch == '-' || (ch >= '0' && ch <= '9')) {
			int64_t v;

			if (parse_num(c, &v) != 0) {
				return -1;
			}
			n = new_node(c, JSON_NUM);
			if (n >= 0) {
				c->d->nodes[n].num = v;
			}
			return n;
		}
		return fail(c, ch < 0 ? "unexpected end of input" :
			    "unexpected character");
	}
}

/* text is unescaped in place through c.p, which clang-tidy does not see */
/* NOLINTNEXTLINE(readability-non-const-parameter) */
int json_parse(struct json_doc *d, char *text, size_t len)
{
	int stack[JSON_MAX_DEPTH], last[JSON_MAX_DEPTH];
	struct cur c = { .p = text, .end = text + len, .start = text, .d = d };
	int depth = 0, root = -1, n;
	bool opened = false;	/* just after '{' or '[' */
	char *key;

	d->len = 0;
	d->err = NULL;
	d->err_off = 0;
	for (;;) {
		/* Here a value is due: a member of the innermost container,
		 * or the root. Right after an opening bracket the container
		 * may close at once (an empty one). */
		skip_ws(&c);
		key = NULL;
		if (opened) {
			/* cppcheck-suppress uninitvar ; opened follows a push */
			int close = d->nodes[stack[depth - 1]].type ==
				    JSON_OBJ ? '}' : ']';

			opened = false;
			if (peek(&c) == close) {
				c.p++;
				depth--;
				goto value_done;
			}
		}
		/* cppcheck-suppress uninitvar ; stack[0..depth) was pushed */
		if (depth > 0 && d->nodes[stack[depth - 1]].type == JSON_OBJ) {
			if (peek(&c) != '"') {
				return fail(&c, "expected a member name");
			}
			c.p++;
			key = parse_str(&c);
			if (key == NULL) {
				return -1;
			}
			skip_ws(&c);
			if (peek(&c) != ':') {
				return fail(&c, "expected ':'");
			}
			c.p++;
			skip_ws(&c);
		}
		n = parse_value(&c);
		if (n < 0) {
			return -1;
		}
		d->nodes[n].key = key;
		if (depth > 0) {
			/* last[]: each open container's last child, or -1 */
			if (last[depth - 1] < 0) {
				d->nodes[stack[depth - 1]].child = n;
			} else {
				d->nodes[last[depth - 1]].next = n;
			}
			last[depth - 1] = n;
		} else {
			root = n;
		}
		if (d->nodes[n].type == JSON_OBJ ||
		    d->nodes[n].type == JSON_ARR) {
			if (depth == JSON_MAX_DEPTH) {
				return fail(&c, "nesting too deep");
			}
			last[depth] = -1;
			stack[depth++] = n;
			opened = true;
			continue;
		}
value_done:
		/* A value ended: close containers or go on after a comma. */
		for (;;) {
			int close;

			skip_ws(&c);
			if (depth == 0) {
				if (c.p != c.end) {
					return fail(&c, "trailing characters "
						    "after the JSON value");
				}
				return root;
			}
			close = d->nodes[stack[depth - 1]].type == JSON_OBJ ?
				'}' : ']';
			if (peek(&c) == ',') {
				c.p++;
				break;
			}
			if (peek(&c) != close) {
				return fail(&c, close == '}' ?
					    "expected ',' or '}'" :
					    "expected ',' or ']'");
			}
			c.p++;
			depth--;
		}
	}
}

int json_get(const struct json_doc *d, int obj, const char *key)
{
	int c;

	if (obj < 0 || d->nodes[obj].type != JSON_OBJ) {
		return -1;
	}
	for (c = d->nodes[obj].child; c >= 0; c = d->nodes[c].next) {
		if (strcmp(d->nodes[c].key, key) == 0) {
			return c;
		}
	}
	return -1;
}

bool json_u64(const struct json_doc *d, int node, uint64_t *out)
{
	const struct json_node *n;

	if (node < 0) {
		return false;
	}
	n = &d->nodes[node];
	if (n->type == JSON_NUM && n->num >= 0) {
		*out = (uint64_t)n->num;
		return true;
	}
	return n->type == JSON_STR && tool_parse_u64(n->str, out);
}
