/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm-rmm replay FILE: replay recorded RMI traces (JSON Lines, one
 * scenario per line, docs/rmm-trace.md) on the software RMM and report per
 * scenario pass or the first divergence. Exit 0 only if all pass.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "json.h"

#define MAX_NODES	(1 << 20)

struct scen {
	struct armcvm_rmm_model m;
	struct armcvm_rmm_mem_range range;
	uint64_t vmids[1024];
};

static int nibble(char c)
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

/* Exactly two hex digits per byte: no sign, no spaces, no "0x". */
static bool hexbytes(const char *s, uint8_t *out, size_t max, size_t *len)
{
	size_t n = strlen(s), i;

	if (n % 2 != 0 || n / 2 > max) {
		return false;
	}
	for (i = 0; i < n / 2; i++) {
		int hi = nibble(s[2 * i]), lo = nibble(s[2 * i + 1]);

		if (hi < 0 || lo < 0) {
			return false;
		}
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	*len = n / 2;
	return true;
}

static int setup(struct scen *s, const struct json_doc *d, int plat,
		 const char **why)
{
	struct armcvm_rmm_platform p;
	uint64_t v[7];
	static const char *const keys[] = {
		"base", "granules", "features0", "rec_aux_count", "vmid_bits",
		"pa_bits", "hpmn0",
	};
	unsigned int i;
	int rc;

	for (i = 0; i < 7; i++) {
		if (!json_u64(d, json_get(d, plat, keys[i]), &v[i])) {
			*why = keys[i];
			return -1;
		}
	}
	if (v[0] % 0x200000 != 0 || v[1] == 0 || v[1] > (1U << 20)) {
		*why = "base must be 2 MiB aligned, granules 1..2^20";
		return -1;
	}
	memset(&p, 0, sizeof(p));
	p.features0 = v[2];
	p.rec_aux_count = (uint32_t)v[3];
	p.vmid_bits = (uint32_t)v[4];
	p.pa_bits = (uint32_t)v[5];
	p.hpmn0 = v[6] != 0;
	s->range.base = v[0];
	s->range.granules = v[1];
	s->range.bytes = calloc(v[1], 4096);
	s->range.gran = calloc(v[1], sizeof(*s->range.gran));
	if (s->range.bytes == NULL || s->range.gran == NULL) {
		*why = "out of memory";
		return -1;
	}
	rc = armcvm_rmm_model_init(&s->m, &p, &s->range, 1, s->vmids, 1024);
	if (rc != 0) {
		*why = armcvm_strerror(rc);
		return -1;
	}
	return 0;
}

/* Run one step; 0 = ok, 1 = divergence (printed), -1 = malformed. */
static int step(struct scen *s, const struct json_doc *d, int st,
		unsigned int idx, const char *name)
{
	struct armcvm_smccc_regs r;
	int w = json_get(d, st, "write"), smc = json_get(d, st, "smc");
	int ex, rim, c;
	uint64_t pa, v;
	size_t len;
	unsigned int i;
	char reg[8];

	if (w >= 0) {
		static uint8_t buf[1 << 16];
		int hex = json_get(d, w, "hex");

		if (!json_u64(d, json_get(d, w, "pa"), &pa)) {
			return -1;
		}
		if (hex >= 0) {
			if (d->nodes[hex].type != JSON_STR ||
			    !hexbytes(d->nodes[hex].str, buf, sizeof(buf), &len)) {
				return -1;
			}
			return armcvm_rmm_model_host_write(&s->m, pa, buf, len) ? -1 : 0;
		}
		if (!json_u64(d, json_get(d, w, "zero"), &v) || v > sizeof(buf)) {
			return -1;
		}
		return armcvm_rmm_model_host_write(&s->m, pa, NULL, v) ? -1 : 0;
	}
	if (smc < 0) {
		return -1;
	}
	memset(&r, 0, sizeof(r));
	if (!json_u64(d, json_get(d, smc, "fid"), &r.x[0])) {
		return -1;
	}
	c = json_get(d, smc, "x");
	for (i = 1, c = c >= 0 ? d->nodes[c].child : -1; c >= 0 && i < 18;
	     c = d->nodes[c].next, i++) {
		if (!json_u64(d, c, &r.x[i])) {
			return -1;
		}
	}
	armcvm_rmm_model_smc(&s->m, &r);
	ex = json_get(d, st, "expect");
	for (i = 0; i < 18 && ex >= 0; i++) {
		(void)snprintf(reg, sizeof(reg), "x%u", i);	/* i < 18 */
		c = json_get(d, ex, reg);
		if (c < 0) {
			continue;
		}
		if (!json_u64(d, c, &v)) {
			return -1;
		}
		if (v != r.x[i]) {
			printf("FAIL %s: step %u: %s expected 0x%llx got 0x%llx\n",
			       name, idx, reg, (unsigned long long)v,
			       (unsigned long long)r.x[i]);
			return 1;
		}
	}
	rim = json_get(d, st, "rim");
	if (rim >= 0) {
		uint8_t want[64], got[64];
		int val = json_get(d, rim, "value");

		if (!json_u64(d, json_get(d, rim, "rd"), &pa) || val < 0 ||
		    d->nodes[val].type != JSON_STR ||
		    !hexbytes(d->nodes[val].str, want, 64, &len) || len != 64) {
			return -1;
		}
		if (armcvm_rmm_model_measurement(&s->m, pa, 0, got) != 0 ||
		    memcmp(want, got, 64) != 0) {
			printf("FAIL %s: step %u: rim differs\n", name, idx);
			return 1;
		}
	}
	return 0;
}

static int replay(const char *path)
{
	struct json_doc d = { .cap = MAX_NODES };
	char *line = NULL;
	size_t cap = 0;
	unsigned int pass = 0, fail = 0, lineno = 0;
	FILE *f = fopen(path, "r");

	if (f == NULL) {
		perror(path);
		return 2;
	}
	d.nodes = malloc(sizeof(*d.nodes) * MAX_NODES);
	if (d.nodes == NULL) {
		(void)fclose(f);	/* read-only */
		return 2;
	}
	while (getline(&line, &cap, f) > 0) {
		struct scen s;
		const char *why = "malformed step";
		const char *name = "?";
		int root, steps, c, rc = 0, nm;
		unsigned int idx = 0;

		lineno++;
		if (strspn(line, " \t\r\n") == strlen(line)) {
			continue;
		}
		memset(&s, 0, sizeof(s));
		root = json_parse(&d, line);
		nm = json_get(&d, root, "name");
		if (nm >= 0 && d.nodes[nm].type == JSON_STR) {
			name = d.nodes[nm].str;
		}
		steps = json_get(&d, root, "steps");
		if (root < 0 || steps < 0 ||
		    setup(&s, &d, json_get(&d, root, "platform"), &why) != 0) {
			printf("FAIL %s (line %u): %s\n", name, lineno,
			       root < 0 ? d.err : why);
			fail++;
			free(s.range.bytes);
			free(s.range.gran);
			continue;
		}
		for (c = d.nodes[steps].child; c >= 0 && rc == 0;
		     c = d.nodes[c].next, idx++) {
			rc = step(&s, &d, c, idx, name);
		}
		if (rc < 0) {
			printf("FAIL %s: step %u: %s\n", name, idx - 1, why);
		}
		if (rc == 0) {
			printf("PASS %s\n", name);
			pass++;
		} else {
			fail++;
		}
		free(s.range.bytes);
		free(s.range.gran);
	}
	free(line);
	free(d.nodes);
	(void)fclose(f);	/* read-only */
	printf("%u passed, %u failed\n", pass, fail);
	return fail == 0 && pass > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc != 3 || strcmp(argv[1], "replay") != 0) {
		fprintf(stderr, "usage: %s replay FILE\n", argv[0]);
		return 2;
	}
	return replay(argv[2]);
}
