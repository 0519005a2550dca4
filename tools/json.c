/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* Iterative JSON reader (see json.h); an explicit stack holds open
 * containers, so nesting depth is bounded by JSON_MAX_DEPTH. */
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define JSON_MAX_DEPTH	32

static void skip_ws(char **p)
{
	while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r') {
		(*p)++;
	}
}

static int new_node(struct json_doc *d, enum json_type t)
{
	struct json_node *n;

	if (d->len >= d->cap) {
		d->err = "too many JSON nodes";
		return -1;
	}
	n = &d->nodes[d->len];
	memset(n, 0, sizeof(*n));
	n->type = t;
	n->child = -1;
	n->next = -1;
	return d->len++;
}

/* Parse a string at *p (after the quote); NUL-terminates it in place. */
static char *parse_str(struct json_doc *d, char **p)
{
	char *start = *p, *w = *p;

	while (**p != '"') {
		if (**p == '\0') {
			d->err = "unterminated string";
			return NULL;
		}
		if (**p == '\\') {
			(*p)++;
			switch (**p) {
			case 'n': *w++ = '\n'; break;
			case 't': *w++ = '\t'; break;
			case '"': case '\\': case '/': *w++ = **p; break;
			default:
				d->err = "unsupported string escape";
				return NULL;
			}
			(*p)++;
			continue;
		}
		*w++ = *(*p)++;
	}
	(*p)++;
	*w = '\0';
	return start;
}

int json_parse(struct json_doc *d, char *text)
{
	int stack[JSON_MAX_DEPTH], last[JSON_MAX_DEPTH];
	int depth = 0, root = -1, n;
	char *p = text, *key = NULL;

	d->len = 0;
	d->err = NULL;
	for (;;) {
		skip_ws(&p);
		if (depth > 0 && d->nodes[stack[depth - 1]].type == JSON_OBJ &&
		    key == NULL && *p != '}') {
			if (*p != '"') {
				d->err = "expected member name";
				return -1;
			}
			p++;
			key = parse_str(d, &p);
			skip_ws(&p);
			if (key == NULL || *p != ':') {
				d->err = d->err ? d->err : "expected ':'";
				return -1;
			}
			p++;
			skip_ws(&p);
		}
		if (*p == '}' || *p == ']') {
			if (depth == 0) {
				d->err = "unbalanced bracket";
				return -1;
			}
			p++;
			depth--;
			goto value_done;
		}
		if (*p == '{' || *p == '[') {
			n = new_node(d, *p == '{' ? JSON_OBJ : JSON_ARR);
		} else if (*p == '"') {
			n = new_node(d, JSON_STR);
		} else if (strncmp(p, "true", 4) == 0 ||
			   strncmp(p, "false", 5) == 0) {
			n = new_node(d, JSON_BOOL);
		} else if (strncmp(p, "null", 4) == 0) {
			n = new_node(d, JSON_NULL);
		} else if (*p == '-' || (*p >= '0' && *p <= '9')) {
			n = new_node(d, JSON_NUM);
		} else {
			d->err = "unexpected character";
			return -1;
		}
		if (n < 0) {
			return -1;
		}
		d->nodes[n].key = key;
		key = NULL;
		if (depth > 0) {
			/* last[] holds each open container's last child, or -1 */
			if (last[depth - 1] < 0) {
				d->nodes[stack[depth - 1]].child = n;
			} else {
				d->nodes[last[depth - 1]].next = n;
			}
			last[depth - 1] = n;
		} else {
			root = n;
		}
		switch (d->nodes[n].type) {
		case JSON_OBJ:
		case JSON_ARR:
			if (depth >= JSON_MAX_DEPTH) {
				d->err = "nesting too deep";
				return -1;
			}
			last[depth] = -1;
			stack[depth++] = n;
			p++;
			continue;
		case JSON_STR:
			p++;
			d->nodes[n].str = parse_str(d, &p);
			if (d->nodes[n].str == NULL) {
				return -1;
			}
			break;
		case JSON_BOOL:
			d->nodes[n].num = *p == 't';
			p += *p == 't' ? 4 : 5;
			break;
		case JSON_NULL:
			p += 4;
			break;
		default: {
			char *end;

			d->nodes[n].num = strtoll(p, &end, 10);
			if (*end == '.' || *end == 'e' || *end == 'E') {
				d->err = "only integers are supported";
				return -1;
			}
			p = end;
			break;
		}
		}
value_done:
		if (depth == 0) {
			skip_ws(&p);
			if (*p != '\0') {
				d->err = "trailing characters";
				return -1;
			}
			return root;
		}
		skip_ws(&p);
		if (*p == ',') {
			p++;
		} else if (*p != '}' && *p != ']') {
			d->err = "expected ',' or closing bracket";
			return -1;
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
	char *end;

	if (node < 0) {
		return false;
	}
	n = &d->nodes[node];
	if (n->type == JSON_NUM && n->num >= 0) {
		*out = (uint64_t)n->num;
		return true;
	}
	if (n->type == JSON_BOOL) {
		*out = (uint64_t)n->num;
		return true;
	}
	if (n->type != JSON_STR || n->str[0] == '\0' || n->str[0] == '-') {
		return false;
	}
	*out = strtoull(n->str, &end, 0);
	return *end == '\0';
}
