/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Operation-log reader (docs/realm-oplog.md): one RMI operation per line,
 * replayed through measure.h to give the RIM of the exact sequence a VMM
 * performed.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#include "realm_tool.h"

#define MAX_KEYS 12

struct kv {
	char *key;
	char *val;
	bool used;
};

struct line {
	const char *file;
	unsigned int no;
	struct kv kv[MAX_KEYS];
	int n;
};

static int lerr(const struct line *l, const char *fmt, const char *a)
{
	fprintf(stderr, "%s:%u: ", l->file, l->no);
	fprintf(stderr, fmt, a);
	fputc('\n', stderr);
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
	char *end;

	if (kv == NULL) {
		if (required) {
			return lerr(l, "missing %s=<number>", key);
		}
		*out = def;
		return 0;
	}
	errno = 0;
	*out = strtoull(kv->val, &end, 0);
	if (errno != 0 || *end != '\0' || kv->val[0] == '\0' ||
	    kv->val[0] == '-') {
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

static int measure_file(struct line *l, const char *dir,
			struct armcvm_hash_ctx *h,
			uint64_t ipa, struct armcvm_measurement *rim)
{
	struct kv *f = find(l, "file");
	struct armcvm_measurement content;
	uint8_t page[4096];
	char path[4096];
	uint64_t off;
	FILE *fp;
	size_t n;
	int r;

	r = num(l, "offset", false, 0, &off);
	if (r != 0) {
		return r;
	}
	if (f == NULL) {
		return lerr(l, "flags=1 needs file=<path> (and optional "
			    "offset=)%s", "");
	}
	if (snprintf(path, sizeof(path), "%s%s%s",
		     f->val[0] == '/' ? "" : dir, f->val[0] == '/' ? "" : "/",
		     f->val) >= (int)sizeof(path)) {
		return lerr(l, "file path too long%s", "");
	}
	fp = fopen(path, "rb");
	if (fp == NULL) {
		return lerr(l, "cannot open %s", path);
	}
	memset(page, 0, sizeof(page));
	if (fseeko(fp, (off_t)off, SEEK_SET) != 0) {
		fclose(fp);
		return lerr(l, "cannot seek in %s", path);
	}
	n = fread(page, 1, sizeof(page), fp);
	(void)n; /* bytes past the end of the file are zero */
	fclose(fp);
	if (armcvm_rim_granule_digest(h, page, &content) != 0) {
		return lerr(l, "bad hash algorithm%s", "");
	}
	if (armcvm_rim_extend_data(h, rim, ipa, 1, &content) != 0) {
		return lerr(l, "ipa must be 4 KiB aligned%s", "");
	}
	return 0;
}

static int do_line(struct line *l, const char *op, const char *dir,
		   bool *created, struct armcvm_hash_ctx *h,
		   struct armcvm_measurement *rim)
{
	uint64_t v[8];
	int r;

	if (strcmp(op, "realm-create") == 0) {
		struct armcvm_rim_realm_params p;

		if (*created) {
			return lerr(l, "realm-create appears twice%s", "");
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
		if (armcvm_rim_init(rim, &p) != 0 ||
		    armcvm_hash_init(h, p.hash_algo) != 0) {
			return lerr(l, "hash_algo must be 0 (SHA-256) or 1 "
				    "(SHA-512)%s", "");
		}
		*created = true;
		return 0;
	}
	if (!*created) {
		return lerr(l, "the first operation must be realm-create%s",
			    "");
	}
	if (strcmp(op, "init-ripas") == 0) {
		uint64_t size, b;

		if ((r = num(l, "base", true, 0, &v[0])) ||
		    (r = num(l, "top", true, 0, &v[1])) ||
		    (r = num(l, "level", true, 0, &v[2])) || (r = unused(l))) {
			return r;
		}
		if (v[2] > 3) {
			return lerr(l, "level must be 0..3%s", "");
		}
		size = 1ULL << (12 + 9 * (3 - v[2]));
		if (v[1] <= v[0] || (v[0] | v[1]) & (size - 1)) {
			return lerr(l, "base and top must be aligned to the "
				    "level's entry size, with base < top%s", "");
		}
		for (b = v[0]; b < v[1]; b += size) {
			if (armcvm_rim_extend_ripas(h, rim, b, b + size)) {
				return lerr(l, "bad range%s", "");
			}
		}
		return 0;
	}
	if (strcmp(op, "data-create") == 0) {
		if ((r = num(l, "ipa", true, 0, &v[0])) ||
		    (r = num(l, "flags", true, 0, &v[1]))) {
			return r;
		}
		if (v[1] == 1) {
			r = measure_file(l, dir, h, v[0], rim);
			return r ? r : unused(l);
		}
		if (v[1] != 0) {
			return lerr(l, "flags must be 0 or 1%s", "");
		}
		if ((r = unused(l)) != 0) {
			return r;
		}
		if (armcvm_rim_extend_data(h, rim, v[0], 0, NULL) != 0) {
			return lerr(l, "ipa must be 4 KiB aligned%s", "");
		}
		return 0;
	}
	if (strcmp(op, "rec-create") == 0) {
		struct kv *g;
		uint64_t gprs[8] = { 0 };
		uint64_t flags, pc;
		char *s, *tok, *save = NULL;
		int i = 0;

		if ((r = num(l, "flags", true, 0, &flags)) ||
		    (r = num(l, "pc", false, 0, &pc))) {
			return r;
		}
		g = find(l, "gprs");
		if (g != NULL) {
			for (s = g->val; (tok = strtok_r(s, ",", &save)) != NULL;
			     s = NULL) {
				char *end;

				if (i == 8) {
					return lerr(l, "gprs: at most 8 values "
						    "(x0-x7)%s", "");
				}
				errno = 0;
				gprs[i++] = strtoull(tok, &end, 0);
				if (errno != 0 || *end != '\0') {
					return lerr(l, "gprs: \"%s\" is not a "
						    "number", tok);
				}
			}
		}
		if ((r = unused(l)) != 0) {
			return r;
		}
		if (armcvm_rim_extend_rec(h, rim, flags, pc, gprs) != 0) {
			return lerr(l, "flags must be 0 or 1%s", "");
		}
		return 0;
	}
	return lerr(l, "unknown operation \"%s\" (realm-create, init-ripas, "
		    "data-create, rec-create)", op);
}

int rt_oplog_measure(const char *path, struct armcvm_measurement *rim,
		     unsigned int *digest_len)
{
	struct line l = { .file = path };
	char buf[4096], dir[4096], *copy;
	bool created = false;
	struct armcvm_hash_ctx h = { .algo = ARMCVM_HASH_SHA256 };
	FILE *f = fopen(path, "r");
	int r = 0;

	if (f == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return RT_EXIT_IO;
	}
	copy = strdup(path);
	snprintf(dir, sizeof(dir), "%s", copy ? dirname(copy) : ".");
	free(copy);
	while (r == 0 && fgets(buf, sizeof(buf), f) != NULL) {
		char *save = NULL, *tok, *op, *hash;

		l.no++;
		l.n = 0;
		if (strchr(buf, '\n') == NULL && !feof(f)) {
			r = lerr(&l, "line longer than 4095 characters%s", "");
			break;
		}
		hash = strchr(buf, '#');
		if (hash != NULL) {
			*hash = '\0';
		}
		op = strtok_r(buf, " \t\r\n", &save);
		if (op == NULL) {
			continue;
		}
		while ((tok = strtok_r(NULL, " \t\r\n", &save)) != NULL) {
			char *eq = strchr(tok, '=');

			if (eq == NULL || eq == tok) {
				r = lerr(&l, "\"%s\": expected key=value", tok);
				break;
			}
			if (l.n == MAX_KEYS) {
				r = lerr(&l, "too many keys%s", "");
				break;
			}
			*eq = '\0';
			l.kv[l.n].key = tok;
			l.kv[l.n].val = eq + 1;
			l.kv[l.n].used = false;
			l.n++;
		}
		if (r == 0) {
			r = do_line(&l, op, dir, &created, &h, rim);
		}
	}
	fclose(f);
	if (r == 0 && !created) {
		fprintf(stderr, "%s: no realm-create operation\n", path);
		r = RT_EXIT_INPUT;
	}
	*digest_len = h.algo == ARMCVM_HASH_SHA512 ? 64 : 32;
	return r;
}
