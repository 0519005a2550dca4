/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Operation-log reader (docs/realm-oplog.md): one RMI operation per line,
 * replayed through measure.h to give the RIM of the exact sequence a VMM
 * performed. Parses from memory; content files and messages go through
 * struct rt_io, so the reader itself never touches the file system.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "realm_tool.h"
#include "tool_file.h"
#include "tool_text.h"

#define MAX_KEYS	12
#define MAX_LINE	4095	/* characters, without the newline */
/*
 * One RMI_RTT_INIT_RIPAS walks entries of a single RTT (walk_top is capped
 * at the end of the RTT: S10 B4.3.18, B3.75; rmi.md 4.5, 5.5). An RTT has
 * 512 entries; the starting level concatenates at most 16 tables
 * (RmiRealmParams rtt_num_start, rmi.md 3.1). So one line covers at most
 * 16 * 512 entries.
 */
#define MAX_RIPAS_ENTRIES	8192U	/* 16 * 512 */

struct kv {
	char *key;
	char *val;
	bool used;
};

struct line {
	const char *file;
	FILE *msgs;
	unsigned int no;
	struct kv kv[MAX_KEYS];
	int n;
};

/* State of one log replay. */
struct oplog {
	const char *dir;
	const struct rt_io *io;
	bool created;
	struct armcvm_hash_ctx h;	/* set by realm-create */
	struct armcvm_measurement *rim;
};

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int lerr(const struct line *l, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	/* a message longer than msg[] is cut; clang 14's va_list checker
	 * misses the va_start() above */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(l->msgs, "%s:%u: ", l->file, l->no);
	tool_fputs_escaped(msg, l->msgs);
	fputc('\n', l->msgs);
	return RT_EXIT_INPUT;
}

static struct kv *find(struct line *l, const char *key)
{
	int i;

	for (i = 0; i < l->n; i++) {
		if (strcmp(l->kv[i].key, key) == 0) {
			l->kv[i].used = true;
			return &l->kv[i];
		}
	}
	return NULL;
}

static int num(struct line *l, const char *key, bool required,
	       uint64_t def, uint64_t *out)
{
	struct kv *kv = find(l, key);

	if (kv == NULL) {
		if (required) {
			return lerr(l, "missing %s=<number>", key);
		}
		*out = def;
		return 0;
	}
	if (!tool_parse_u64(kv->val, out)) {
		return lerr(l, "%s: not a number (decimal or 0x hex)", key);
	}
	return 0;
}

static int unused(const struct line *l)
{
	int i;

	for (i = 0; i < l->n; i++) {
		if (!l->kv[i].used) {
			return lerr(l, "unknown key \"%s\" for this operation",
				    l->kv[i].key);
		}
	}
	return 0;
}

static int measure_file(struct line *l, struct oplog *o, uint64_t ipa)
{
	struct kv *f = find(l, "file");
	struct armcvm_measurement content;
	uint8_t page[4096];
	char path[4096];
	uint64_t off;
	int r, err;

	r = num(l, "offset", false, 0, &off);
	if (r != 0) {
		return r;
	}
	if (f == NULL) {
		return lerr(l, "flags=1 needs file=<path> (and optional "
			    "offset=)");
	}
	if (snprintf(path, sizeof(path), "%s%s%s",
		     f->val[0] == '/' ? "" : o->dir,
		     f->val[0] == '/' ? "" : "/",
		     f->val) >= (int)sizeof(path)) {
		return lerr(l, "file path too long");
	}
	err = o->io->read(o->io->ctx, path, off, page, sizeof(page));
	if (err != 0) {
		return lerr(l, "cannot read %s at offset %llu: %s", path,
			    (unsigned long long)off, strerror(err));
	}
	if (armcvm_rim_granule_digest(&o->h, page, &content) != 0) {
		return lerr(l, "bad hash algorithm");
	}
	if (armcvm_rim_extend_data(&o->h, o->rim, ipa, 1, &content) != 0) {
		return lerr(l, "ipa must be 4 KiB aligned");
	}
	return 0;
}

static int realm_create(struct line *l, struct oplog *o)
{
	struct armcvm_rim_realm_params p = { 0 };
	int r;

	if (o->created) {
		return lerr(l, "realm-create appears twice");
	}
	if ((r = num(l, "flags", false, 0, &p.flags)) ||
	    (r = num(l, "s2sz", true, 0, &p.s2sz)) ||
	    (r = num(l, "sve_vl", false, 0, &p.sve_vl)) ||
	    (r = num(l, "num_bps", true, 0, &p.num_bps)) ||
	    (r = num(l, "num_wps", true, 0, &p.num_wps)) ||
	    (r = num(l, "pmu_num_ctrs", false, 0, &p.pmu_num_ctrs)) ||
	    (r = num(l, "hash_algo", true, 0, &p.hash_algo)) ||
	    (r = unused(l))) {
		return r;
	}
	if (armcvm_rim_init(o->rim, &p) != 0 ||
	    armcvm_hash_init(&o->h, p.hash_algo) != 0) {
		return lerr(l, "hash_algo must be 0 (SHA-256) or 1 (SHA-512)");
	}
	o->created = true;
	return 0;
}

static int init_ripas(struct line *l, struct oplog *o)
{
	uint64_t base = 0, top = 0, level = 0, size, b;
	int r;

	if ((r = num(l, "base", true, 0, &base)) ||
	    (r = num(l, "top", true, 0, &top)) ||
	    (r = num(l, "level", true, 0, &level)) || (r = unused(l))) {
		return r;
	}
	if (level > 3) {
		return lerr(l, "level must be 0..3");
	}
	/* Entry size at a level: 4 KiB granules, 9 bits a level (rmi.md 3.1). */
	size = 1ULL << (12 + 9 * (3 - level));
	if (top <= base || (base | top) & (size - 1)) {
		return lerr(l, "base and top must be aligned to the level's "
			    "entry size, with base < top");
	}
	if ((top - base) / size > MAX_RIPAS_ENTRIES) {
		return lerr(l, "more than %u level-%u entries: one "
			    "RMI_RTT_INIT_RIPAS walks one RTT",
			    MAX_RIPAS_ENTRIES, (unsigned int)level);
	}
	for (b = base; b < top; b += size) {
		if (armcvm_rim_extend_ripas(&o->h, o->rim, b, b + size)) {
			return lerr(l, "bad range");
		}
	}
	return 0;
}

static int data_create(struct line *l, struct oplog *o)
{
	uint64_t ipa = 0, flags = 0;
	int r;

	if ((r = num(l, "ipa", true, 0, &ipa)) ||
	    (r = num(l, "flags", true, 0, &flags))) {
		return r;
	}
	if (flags == 1) {
		r = measure_file(l, o, ipa);
		return r ? r : unused(l);
	}
	if (flags != 0) {
		return lerr(l, "flags must be 0 or 1");
	}
	if ((r = unused(l)) != 0) {
		return r;
	}
	if (armcvm_rim_extend_data(&o->h, o->rim, ipa, 0, NULL) != 0) {
		return lerr(l, "ipa must be 4 KiB aligned");
	}
	return 0;
}

static int rec_create(struct line *l, struct oplog *o)
{
	uint64_t gprs[8] = { 0 };
	uint64_t flags = 0, pc = 0;
	struct kv *g;
	int r;

	if ((r = num(l, "flags", true, 0, &flags)) ||
	    (r = num(l, "pc", false, 0, &pc))) {
		return r;
	}
	g = find(l, "gprs");
	if (g != NULL) {
		char *s = g->val, *comma;
		int i = 0;

		for (;;) {
			comma = strchr(s, ',');
			if (comma != NULL) {
				*comma = '\0';
			}
			if (i == 8) {
				return lerr(l, "gprs: at most 8 values "
					    "(x0-x7)");
			}
			if (!tool_parse_u64(s, &gprs[i++])) {
				return lerr(l, "gprs: \"%s\" is not a number "
					    "(decimal or 0x hex)", s);
			}
			if (comma == NULL) {
				break;
			}
			s = comma + 1;
		}
	}
	if ((r = unused(l)) != 0) {
		return r;
	}
	if (armcvm_rim_extend_rec(&o->h, o->rim, flags, pc, gprs) != 0) {
		return lerr(l, "flags must be 0 or 1");
	}
	return 0;
}

static int do_line(struct line *l, const char *op, struct oplog *o)
{
	if (strcmp(op, "realm-create") == 0) {
		return realm_create(l, o);
	}
	if (strcmp(op, "init-ripas") != 0 && strcmp(op, "data-create") != 0 &&
	    strcmp(op, "rec-create") != 0) {
		return lerr(l, "unknown operation \"%s\" (realm-create, "
			    "init-ripas, data-create, rec-create)", op);
	}
	if (!o->created) {
		return lerr(l, "the first operation must be realm-create");
	}
	if (strcmp(op, "init-ripas") == 0) {
		return init_ripas(l, o);
	}
	if (strcmp(op, "data-create") == 0) {
		return data_create(l, o);
	}
	return rec_create(l, o);
}

/* Split @buf (one line, NUL-terminated) into the operation and its keys. */
static int tokenize(struct line *l, char *buf, char **op)
{
	char *save = NULL, *tok, *hash = strchr(buf, '#');
	int i;

	if (hash != NULL) {
		*hash = '\0';
	}
	l->n = 0;
	*op = strtok_r(buf, " \t\r", &save);
	if (*op == NULL) {
		return 0;
	}
	while ((tok = strtok_r(NULL, " \t\r", &save)) != NULL) {
		char *eq = strchr(tok, '=');

		if (eq == NULL || eq == tok) {
			return lerr(l, "\"%s\": expected key=value", tok);
		}
		if (l->n == MAX_KEYS) {
			return lerr(l, "too many keys");
		}
		*eq = '\0';
		for (i = 0; i < l->n; i++) {
			if (strcmp(l->kv[i].key, tok) == 0) {
				return lerr(l, "duplicate key \"%s\"", tok);
			}
		}
		l->kv[l->n].key = tok;
		l->kv[l->n].val = eq + 1;
		l->kv[l->n].used = false;
		l->n++;
	}
	return 0;
}

int rt_oplog_measure_text(const char *name, const char *dir,
			  const char *text, size_t len,
			  const struct rt_io *io,
			  struct armcvm_measurement *rim,
			  unsigned int *digest_len)
{
	struct line l = { .file = name,
			  .msgs = io->msgs != NULL ? io->msgs : stderr };
	struct oplog o = { .dir = dir, .io = io,
			   .h = { .algo = ARMCVM_HASH_SHA256 }, .rim = rim };
	char buf[MAX_LINE + 1];
	size_t off = 0;
	int r = 0;

	while (r == 0 && off < len) {
		const char *nl = memchr(text + off, '\n', len - off);
		size_t n = nl != NULL ? (size_t)(nl - (text + off)) : len - off;
		char *op;

		l.no++;
		if (n > MAX_LINE) {
			r = lerr(&l, "line longer than %u characters",
				 MAX_LINE);
			break;
		}
		memcpy(buf, text + off, n);
		buf[n] = '\0';
		off += n + 1;
		if (strlen(buf) != n) {
			r = lerr(&l, "NUL byte in the line");
			break;
		}
		r = tokenize(&l, buf, &op);
		if (r == 0 && op != NULL) {
			r = do_line(&l, op, &o);
		}
	}
	if (r == 0 && !o.created) {
		fprintf(l.msgs, "%s: no realm-create operation\n", name);
		r = RT_EXIT_INPUT;
	}
	*digest_len = o.h.algo == ARMCVM_HASH_SHA512 ? 64 : 32;
	return r;
}

int rt_oplog_measure(const char *path, struct armcvm_measurement *rim,
		     unsigned int *digest_len)
{
	char dir[4096], *copy, *text;
	size_t len;
	int r;

	text = tool_read_file(path, &len);
	if (text == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return RT_EXIT_IO;
	}
	copy = strdup(path);
	(void)snprintf(dir, sizeof(dir), "%s", copy ? dirname(copy) : ".");
	free(copy);
	r = rt_oplog_measure_text(path, dir, text, len, &rt_host_io, rim,
				  digest_len);
	free(text);
	return r;
}
