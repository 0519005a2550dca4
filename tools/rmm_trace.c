/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RMI trace reader and replayer (rmm_trace.h, docs/rmm-trace.md). Every
 * object is checked for unknown and duplicate keys and every value for its
 * type and range before the model sees it.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "rmm_trace.h"
#include "tool_text.h"

#define GRANULE		4096U
#define NREGS		18U	/* x0..x17: SMCCC v1.2 arguments and results */

struct scen {
	struct armcvm_rmm_model m;
	struct armcvm_rmm_mem_range range;
	uint64_t vmids[1024];	/* armcvm_rmm_model_vmid_words(16) */
};

static const char num_syntax[] = "expected a number (non-negative JSON "
				 "integer, or \"0x...\" hex or decimal string)";

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int bad(struct rmm_trace_result *res, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	/* a message longer than msg[] is cut; clang 14's va_list checker
	 * misses the va_start() above */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(res->msg, sizeof(res->msg), fmt, ap);
	va_end(ap);
	return -1;
}

/* @obj must be an object whose keys are all in @keys (NULL-ended), once. */
static int members(const struct json_doc *d, int obj, const char *what,
		   const char *const *keys, struct rmm_trace_result *res)
{
	uint32_t seen = 0;
	unsigned int i;
	int c;

	if (obj < 0 || d->nodes[obj].type != JSON_OBJ) {
		return bad(res, "%s: expected a JSON object", what);
	}
	for (c = d->nodes[obj].child; c >= 0; c = d->nodes[c].next) {
		const char *k = d->nodes[c].key;

		for (i = 0; keys[i] != NULL && strcmp(keys[i], k) != 0; i++) {
		}
		if (keys[i] == NULL) {
			return bad(res, "%s: unknown key \"%.40s\"", what, k);
		}
		if (seen & 1U << i) {
			return bad(res, "%s: duplicate key \"%.40s\"", what, k);
		}
		seen |= 1U << i;
	}
	return 0;
}

/* Number member @key of @obj: 1 present, 0 absent and optional, -1 bad. */
static int num(const struct json_doc *d, int obj, const char *what,
	       const char *key, bool required, uint64_t *out,
	       struct rmm_trace_result *res)
{
	int n = json_get(d, obj, key);

	if (n < 0) {
		return required ? bad(res, "%s.%s: missing", what, key) : 0;
	}
	if (!json_u64(d, n, out)) {
		return bad(res, "%s.%s: %s", what, key, num_syntax);
	}
	return 1;
}

/* String member @key: an even number of hex digits, 1..@max bytes. */
static int hexbytes(const struct json_doc *d, int obj, const char *what,
		    const char *key, uint8_t *out, size_t max, size_t *len,
		    struct rmm_trace_result *res)
{
	int node = json_get(d, obj, key);
	const char *s;
	size_t n, i;

	if (node < 0) {
		return bad(res, "%s.%s: missing", what, key);
	}
	s = d->nodes[node].str;
	n = s != NULL ? strlen(s) : 0;
	if (d->nodes[node].type != JSON_STR || n == 0 || n % 2 != 0 ||
	    n / 2 > max) {
		return bad(res, "%s.%s: expected a string of 2 to %zu hex "
			   "digits, two per byte", what, key, 2 * max);
	}
	for (i = 0; i < n / 2; i++) {
		int hi = tool_hex_digit(s[2 * i]);
		int lo = tool_hex_digit(s[2 * i + 1]);

		if (hi < 0 || lo < 0) {
			return bad(res, "%s.%s: \"%.2s\" at offset %zu is not "
				   "a hex byte", what, key, s + 2 * i, 2 * i);
		}
		out[i] = (uint8_t)(hi << 4 | lo);
	}
	*len = n / 2;
	return 0;
}

static int setup(struct rmm_trace *t, struct scen *s, int plat,
		 struct rmm_trace_result *res)
{
	static const char *const keys[] = {
		"base", "granules", "features0", "rec_aux_count", "vmid_bits",
		"pa_bits", "hpmn0", NULL,
	};
	const struct json_doc *d = &t->doc;
	struct armcvm_rmm_platform p;
	uint64_t v[6];
	unsigned int i;
	int hp, rc;

	if (members(d, plat, "platform", keys, res) != 0) {
		return -1;
	}
	for (i = 0; i < 6; i++) {
		if (num(d, plat, "platform", keys[i], true, &v[i], res) < 0) {
			return -1;
		}
	}
	hp = json_get(d, plat, "hpmn0");
	if (hp < 0 || d->nodes[hp].type != JSON_BOOL) {
		return bad(res, "platform.hpmn0: expected true or false");
	}
	if (v[0] % 0x200000 != 0) {
		return bad(res, "platform.base: must be 2 MiB aligned");
	}
	if (v[1] == 0 || v[1] > t->max_granules) {
		return bad(res, "platform.granules: must be 1..%" PRIu64,
			   t->max_granules);
	}
	for (i = 3; i < 6; i++) {
		if (v[i] > UINT32_MAX) {
			return bad(res, "platform.%s: out of range", keys[i]);
		}
	}
	memset(&p, 0, sizeof(p));
	p.features0 = v[2];
	p.rec_aux_count = (uint32_t)v[3];
	p.vmid_bits = (uint32_t)v[4];
	p.pa_bits = (uint32_t)v[5];
	p.hpmn0 = d->nodes[hp].num != 0;
	s->range.base = v[0];
	s->range.granules = v[1];
	s->range.bytes = calloc((size_t)v[1], GRANULE);
	s->range.gran = calloc((size_t)v[1], sizeof(*s->range.gran));
	if (s->range.bytes == NULL || s->range.gran == NULL) {
		return bad(res, "platform: out of memory for %" PRIu64
			   " granules", v[1]);
	}
	rc = armcvm_rmm_model_init(&s->m, &p, &s->range, 1, s->vmids,
				   sizeof(s->vmids) / sizeof(s->vmids[0]));
	if (rc != 0) {
		return bad(res, "platform: the software RMM refuses it: %s",
			   armcvm_strerror(rc));
	}
	return 0;
}

/* A host write to non-secure memory. */
static int write_step(struct rmm_trace *t, struct scen *s, int w,
		      struct rmm_trace_result *res)
{
	static const char *const keys[] = { "pa", "hex", "zero", NULL };
	const struct json_doc *d = &t->doc;
	bool hex = json_get(d, w, "hex") >= 0;
	uint64_t pa, zero;
	size_t len;
	int rc;

	if (members(d, w, "write", keys, res) != 0 ||
	    num(d, w, "write", "pa", true, &pa, res) < 0) {
		return -1;
	}
	if (hex == (json_get(d, w, "zero") >= 0)) {
		return bad(res, "write: give exactly one of \"hex\" and "
			   "\"zero\"");
	}
	if (hex) {
		if (hexbytes(d, w, "write", "hex", t->buf, sizeof(t->buf),
			     &len, res) != 0) {
			return -1;
		}
	} else {
		if (num(d, w, "write", "zero", true, &zero, res) < 0) {
			return -1;
		}
		if (zero == 0 || zero > sizeof(t->buf)) {
			return bad(res, "write.zero: must be 1..%zu",
				   sizeof(t->buf));
		}
		len = (size_t)zero;
	}
	rc = armcvm_rmm_model_host_write(&s->m, pa, hex ? t->buf : NULL, len);
	if (rc != 0) {
		return bad(res, "write: %zu bytes at 0x%" PRIx64 ": %s", len,
			   pa, armcvm_strerror(rc));
	}
	return 0;
}

/* Parsed "smc", "expect" and "rim" of a call step. */
struct call {
	struct armcvm_smccc_regs regs;
	uint64_t want[NREGS];
	bool check[NREGS];
	bool rim;
	uint64_t rd;
	uint8_t rim_value[64];
};

static int parse_call(const struct json_doc *d, int st, struct call *k,
		      struct rmm_trace_result *res)
{
	static const char *const smc_keys[] = { "fid", "x", NULL };
	static const char *const rim_keys[] = { "rd", "value", NULL };
	static const char *const xregs[NREGS + 1] = {
		"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
		"x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", NULL,
	};
	int smc = json_get(d, st, "smc"), x, ex, rim, c;
	unsigned int i;
	size_t len;

	memset(k, 0, sizeof(*k));
	if (members(d, smc, "smc", smc_keys, res) != 0 ||
	    num(d, smc, "smc", "fid", true, &k->regs.x[0], res) < 0) {
		return -1;
	}
	x = json_get(d, smc, "x");
	if (x >= 0 && d->nodes[x].type != JSON_ARR) {
		return bad(res, "smc.x: expected an array of X1 onwards");
	}
	for (i = 1, c = x >= 0 ? d->nodes[x].child : -1; c >= 0;
	     c = d->nodes[c].next, i++) {
		if (i == NREGS) {
			return bad(res, "smc.x: at most %u registers (x1..x%u)",
				   NREGS - 1, NREGS - 1);
		}
		if (!json_u64(d, c, &k->regs.x[i])) {
			return bad(res, "smc.x[%u]: %s", i - 1, num_syntax);
		}
	}
	ex = json_get(d, st, "expect");
	if (ex >= 0) {
		if (members(d, ex, "expect", xregs, res) != 0) {
			return -1;
		}
		for (i = 0; i < NREGS; i++) {
			int r = num(d, ex, "expect", xregs[i], false,
				    &k->want[i], res);

			if (r < 0) {
				return -1;
			}
			k->check[i] = r == 1;
		}
	}
	rim = json_get(d, st, "rim");
	if (rim >= 0) {
		if (members(d, rim, "rim", rim_keys, res) != 0 ||
		    num(d, rim, "rim", "rd", true, &k->rd, res) < 0 ||
		    hexbytes(d, rim, "rim", "value", k->rim_value,
			     sizeof(k->rim_value), &len, res) != 0) {
			return -1;
		}
		if (len != sizeof(k->rim_value)) {
			return bad(res, "rim.value: expected 128 hex digits "
				   "(all 64 bytes)");
		}
		k->rim = true;
	}
	return 0;
}

/* One step: 0 ok; res->outcome set and -1 otherwise. */
static int step(struct rmm_trace *t, struct scen *s, int st,
		struct rmm_trace_result *res)
{
	static const char *const keys[] = { "write", "smc", "expect", "rim",
					    NULL };
	const struct json_doc *d = &t->doc;
	struct call k;
	unsigned int i;
	int w = json_get(d, st, "write");

	res->outcome = RMM_TRACE_BAD_STEP;
	if (members(d, st, "step", keys, res) != 0) {
		return -1;
	}
	if (w >= 0) {
		if (d->nodes[st].child != w || d->nodes[w].next >= 0) {
			return bad(res, "a write step holds only \"write\"");
		}
		if (write_step(t, s, w, res) != 0) {
			return -1;
		}
		res->outcome = RMM_TRACE_PASS;
		return 0;
	}
	if (json_get(d, st, "smc") < 0) {
		return bad(res, "step: expected \"write\" or \"smc\"");
	}
	if (parse_call(d, st, &k, res) != 0) {
		return -1;
	}
	armcvm_rmm_model_smc(&s->m, &k.regs);
	res->outcome = RMM_TRACE_DIVERGED;
	for (i = 0; i < NREGS; i++) {
		if (k.check[i] && k.want[i] != k.regs.x[i]) {
			return bad(res, "x%u expected 0x%" PRIx64 " got 0x%"
				   PRIx64, i, k.want[i], k.regs.x[i]);
		}
	}
	if (k.rim) {
		uint8_t got[64];

		if (armcvm_rmm_model_measurement(&s->m, k.rd, 0, got) != 0) {
			return bad(res, "rim: 0x%" PRIx64 " is not a realm's "
				   "RD", k.rd);
		}
		if (memcmp(k.rim_value, got, sizeof(got)) != 0) {
			return bad(res, "rim differs");
		}
	}
	res->outcome = RMM_TRACE_PASS;
	return 0;
}

static void run_steps(struct rmm_trace *t, struct scen *s, int steps,
		      struct rmm_trace_result *res)
{
	const struct json_doc *d = &t->doc;
	int c;

	for (c = d->nodes[steps].child; c >= 0; c = d->nodes[c].next) {
		if (step(t, s, c, res) != 0) {
			return;
		}
		res->step++;
	}
}

void rmm_trace_run_line(struct rmm_trace *t, char *line, size_t len,
			struct rmm_trace_result *res)
{
	static const char *const keys[] = { "name", "platform", "steps",
					    NULL };
	struct json_doc *d = &t->doc;
	struct scen s;
	int root, nm, steps;

	memset(res, 0, sizeof(*res));
	res->name = "?";
	res->outcome = RMM_TRACE_BAD_SCENARIO;
	root = json_parse(d, line, len);
	if (root < 0) {
		bad(res, "JSON: %s (byte %zu)", d->err, d->err_off);
		return;
	}
	nm = json_get(d, root, "name");
	if (nm >= 0 && d->nodes[nm].type == JSON_STR) {
		res->name = d->nodes[nm].str;
	}
	if (members(d, root, "scenario", keys, res) != 0) {
		return;
	}
	if (nm >= 0 && d->nodes[nm].type != JSON_STR) {
		bad(res, "name: expected a string");
		return;
	}
	steps = json_get(d, root, "steps");
	if (steps < 0 || d->nodes[steps].type != JSON_ARR) {
		bad(res, "steps: expected an array of steps");
		return;
	}
	memset(&s, 0, sizeof(s));
	if (setup(t, &s, json_get(d, root, "platform"), res) == 0) {
		res->outcome = RMM_TRACE_PASS;
		run_steps(t, &s, steps, res);
		if (t->check_model) {
			res->model_check = armcvm_rmm_model_check(&s.m);
		}
	}
	free(s.range.bytes);
	free(s.range.gran);
}

static bool blank(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' &&
		    p[i] != '\n') {
			return false;
		}
	}
	return true;
}

void rmm_trace_replay(struct rmm_trace *t, char *buf, size_t len,
		      rmm_trace_report_fn *report, void *ctx,
		      unsigned int *pass, unsigned int *fail)
{
	struct rmm_trace_result res;
	unsigned int lineno = 0;
	size_t off = 0;

	*pass = 0;
	*fail = 0;
	while (off < len) {
		char *nl = memchr(buf + off, '\n', len - off);
		size_t n = nl != NULL ? (size_t)(nl - (buf + off)) : len - off;

		lineno++;
		if (!blank(buf + off, n)) {
			rmm_trace_run_line(t, buf + off, n, &res);
			if (res.outcome == RMM_TRACE_PASS) {
				(*pass)++;
			} else {
				(*fail)++;
			}
			report(ctx, lineno, &res);
		}
		off += n + 1;
	}
}

bool rmm_trace_init(struct rmm_trace *t, int max_nodes,
		    uint64_t max_granules)
{
	memset(t, 0, sizeof(*t));
	t->doc.nodes = malloc(sizeof(*t->doc.nodes) * (size_t)max_nodes);
	t->doc.cap = max_nodes;
	t->max_granules = max_granules;
	return t->doc.nodes != NULL;
}

void rmm_trace_fini(struct rmm_trace *t)
{
	free(t->doc.nodes);
	t->doc.nodes = NULL;
}
