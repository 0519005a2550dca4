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
#define RIM_BYTES	64U
/* pa_bits and features0.S2SZ: what armcvm_rmm_model_init() accepts */
#define PA_BITS_MIN	32U
#define PA_BITS_MAX	48U

/* The number keys of "platform", in the order of keys[] in setup(). */
enum { P_BASE, P_GRANULES, P_FEAT0, P_AUX, P_VMID, P_PA, P_NUM };

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

/* String member @key: an even number of hex digits, @min..@max bytes. */
static int hexbytes(const struct json_doc *d, int obj, const char *what,
		    const char *key, uint8_t *out, size_t min, size_t max,
		    size_t *len, struct rmm_trace_result *res)
{
	int node = json_get(d, obj, key);
	const char *s;
	size_t n, i;

	if (node < 0) {
		return bad(res, "%s.%s: missing", what, key);
	}
	s = d->nodes[node].str;
	n = s != NULL ? strlen(s) : 0;
	if (d->nodes[node].type != JSON_STR || n % 2 != 0 || n / 2 < min ||
	    n / 2 > max) {
		if (min == max) {
			return bad(res, "%s.%s: expected a string of exactly "
				   "%zu hex digits (%zu bytes)", what, key,
				   2 * max, max);
		}
		return bad(res, "%s.%s: expected a string of %zu to %zu hex "
			   "digits, two per byte", what, key, 2 * min, 2 * max);
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

/* @v must be @lo..@hi; @what names it, up to the word "must". */
static int in_range(const char *what, uint64_t v, uint64_t lo, uint64_t hi,
		    struct rmm_trace_result *res)
{
	if (v < lo || v > hi) {
		return bad(res, "platform.%s must be %" PRIu64 "..%" PRIu64
			   ", not %" PRIu64, what, lo, hi, v);
	}
	return 0;
}

/*
 * The platform values armcvm_rmm_model_init() refuses (rmm_model.h),
 * checked here so that the message names the key and what it accepts.
 */
static int check_platform(const uint64_t *v, uint64_t max_granules,
			  struct rmm_trace_result *res)
{
	uint64_t feat0 = v[P_FEAT0], top;

	if (v[P_BASE] % 0x200000 != 0) {
		return bad(res, "platform.base: must be 2 MiB aligned");
	}
	if (in_range("granules:", v[P_GRANULES], 1, max_granules, res) ||
	    in_range("rec_aux_count:", v[P_AUX], 0, ARMCVM_RMM_MAX_REC_AUX,
		     res) ||
	    in_range("pa_bits:", v[P_PA], PA_BITS_MIN, PA_BITS_MAX, res) ||
	    in_range("features0: S2SZ (bits 7:0)", feat0 & 0xFFU,
		     PA_BITS_MIN, PA_BITS_MAX, res)) {
		return -1;
	}
	if (v[P_VMID] != 8 && v[P_VMID] != 16) {
		return bad(res, "platform.vmid_bits: must be 8 or 16, not %"
			   PRIu64, v[P_VMID]);
	}
	if (feat0 >> ARMCVM_RMI_FEAT0_RES0_SHIFT != 0) {
		return bad(res, "platform.features0: bits 63:42 are reserved "
			   "and must be zero");
	}
	if ((feat0 >> ARMCVM_RMI_FEAT0_LPA2_SHIFT & 1U) != 0) {
		return bad(res, "platform.features0: LPA2 (bit 8) must be 0, "
			   "the model does not implement it");
	}
	top = UINT64_C(1) << v[P_PA];
	if (v[P_BASE] > top || v[P_GRANULES] > (top - v[P_BASE]) / GRANULE) {
		return bad(res, "platform: base + granules * 4 KiB must not "
			   "exceed 2^pa_bits (0x%" PRIx64 ")", top);
	}
	return 0;
}

/* "platform": its values checked, into @p and @s->range. */
static int read_platform(struct rmm_trace *t, struct scen *s, int plat,
			 struct armcvm_rmm_platform *p,
			 struct rmm_trace_result *res)
{
	static const char *const keys[] = {
		"base", "granules", "features0", "rec_aux_count", "vmid_bits",
		"pa_bits", "hpmn0", NULL,
	};
	const struct json_doc *d = &t->doc;
	uint64_t v[P_NUM];
	unsigned int i;
	int hp;

	if (members(d, plat, "platform", keys, res) != 0) {
		return -1;
	}
	for (i = 0; i < P_NUM; i++) {
		if (num(d, plat, "platform", keys[i], true, &v[i], res) < 0) {
			return -1;
		}
	}
	hp = json_get(d, plat, "hpmn0");
	if (hp < 0) {
		return bad(res, "platform.hpmn0: missing");
	}
	if (d->nodes[hp].type != JSON_BOOL) {
		return bad(res, "platform.hpmn0: expected true or false");
	}
	if (check_platform(v, t->max_granules, res) != 0) {
		return -1;
	}
	memset(p, 0, sizeof(*p));
	p->features0 = v[P_FEAT0];
	p->rec_aux_count = (uint32_t)v[P_AUX];
	p->vmid_bits = (uint32_t)v[P_VMID];
	p->pa_bits = (uint32_t)v[P_PA];
	p->hpmn0 = d->nodes[hp].num != 0;
	s->range.base = v[P_BASE];
	s->range.granules = v[P_GRANULES];
	return 0;
}

static int setup(struct rmm_trace *t, struct scen *s, int plat,
		 struct rmm_trace_result *res)
{
	struct armcvm_rmm_platform p;
	uint64_t n;
	int rc;

	if (read_platform(t, s, plat, &p, res) != 0) {
		return -1;
	}
	n = s->range.granules;
	s->range.bytes = calloc((size_t)n, GRANULE);
	s->range.gran = calloc((size_t)n, sizeof(*s->range.gran));
	if (s->range.bytes == NULL || s->range.gran == NULL) {
		return bad(res, "platform: out of memory for %" PRIu64
			   " granules", n);
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
		if (hexbytes(d, w, "write", "hex", t->buf, 1, sizeof(t->buf),
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
	uint8_t rim_value[RIM_BYTES];
};

static int parse_smc(const struct json_doc *d, int smc, struct call *k,
		     struct rmm_trace_result *res)
{
	static const char *const keys[] = { "fid", "x", NULL };
	unsigned int i;
	int x, c;

	if (members(d, smc, "smc", keys, res) != 0 ||
	    num(d, smc, "smc", "fid", true, &k->regs.x[0], res) < 0) {
		return -1;
	}
	if (k->regs.x[0] > UINT32_MAX) {
		return bad(res, "smc.fid: 0x%" PRIx64 " has more than 32 bits "
			   "(a function ID is W0, SMCCC)", k->regs.x[0]);
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
	return 0;
}

/* "expect": x0 always, then whichever of x1..x17 the trace lists. */
static int parse_expect(const struct json_doc *d, int ex, struct call *k,
			struct rmm_trace_result *res)
{
	static const char *const xregs[NREGS + 1] = {
		"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
		"x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", NULL,
	};
	unsigned int i;

	if (ex < 0) {
		return bad(res, "expect: missing (a call lists at least x0)");
	}
	if (members(d, ex, "expect", xregs, res) != 0) {
		return -1;
	}
	for (i = 0; i < NREGS; i++) {
		int r = num(d, ex, "expect", xregs[i], i == 0, &k->want[i],
			    res);

		if (r < 0) {
			return -1;
		}
		k->check[i] = r == 1;
	}
	return 0;
}

static int parse_rim(const struct json_doc *d, int rim, struct call *k,
		     struct rmm_trace_result *res)
{
	static const char *const keys[] = { "rd", "value", NULL };
	size_t len;

	if (members(d, rim, "rim", keys, res) != 0 ||
	    num(d, rim, "rim", "rd", true, &k->rd, res) < 0 ||
	    hexbytes(d, rim, "rim", "value", k->rim_value, RIM_BYTES,
		     RIM_BYTES, &len, res) != 0) {
		return -1;
	}
	k->rim = true;
	return 0;
}

static int parse_call(const struct json_doc *d, int st, struct call *k,
		      struct rmm_trace_result *res)
{
	int rim = json_get(d, st, "rim");

	memset(k, 0, sizeof(*k));
	if (parse_smc(d, json_get(d, st, "smc"), k, res) != 0 ||
	    parse_expect(d, json_get(d, st, "expect"), k, res) != 0) {
		return -1;
	}
	return rim >= 0 ? parse_rim(d, rim, k, res) : 0;
}

/* @n bytes as 2 * @n lower-case hex digits and a NUL at @out. */
static void hex_string(char *out, const uint8_t *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		(void)snprintf(out + 2 * i, 3, "%02x", b[i]);
	}
}

/* The RIM after the call: 0 as the trace says, -1 with the divergence. */
static int check_rim(struct scen *s, const struct call *k,
		     struct rmm_trace_result *res)
{
	uint8_t got[RIM_BYTES];
	char want_hex[2 * RIM_BYTES + 1], got_hex[2 * RIM_BYTES + 1];

	if (armcvm_rmm_model_measurement(&s->m, k->rd, 0, got) != 0) {
		return bad(res, "rim: 0x%" PRIx64 " is not a realm's RD",
			   k->rd);
	}
	if (memcmp(k->rim_value, got, sizeof(got)) == 0) {
		return 0;
	}
	hex_string(want_hex, k->rim_value, sizeof(got));
	hex_string(got_hex, got, sizeof(got));
	return bad(res, "rim expected %s got %s", want_hex, got_hex);
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
	if (k.rim && check_rim(s, &k, res) != 0) {
		return -1;
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
	if (nm < 0 || d->nodes[nm].type != JSON_STR) {
		bad(res, "name: %s", nm < 0 ? "missing" : "expected a string");
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
