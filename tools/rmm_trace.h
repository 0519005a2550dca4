/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_RMM_TRACE_H
#define ARMCVM_TOOLS_RMM_TRACE_H
/*
 * RMI trace reader (docs/rmm-trace.md): JSON Lines scenarios replayed on
 * the software RMM, from memory. armcvm-rmm (armcvm_rmm.c) reads the file
 * and prints; the fuzzer (tests/fuzz/fuzz_trace.c) feeds bytes directly.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json.h"

#define RMM_TRACE_MAX_WRITE	65536	/* bytes in one "write" step */

struct rmm_trace {
	struct json_doc doc;		/* node pool for one line */
	uint64_t max_granules;		/* platform.granules limit */
	bool check_model;		/* run armcvm_rmm_model_check() */
	uint8_t buf[RMM_TRACE_MAX_WRITE];
};

enum rmm_trace_outcome {
	RMM_TRACE_PASS,
	RMM_TRACE_BAD_SCENARIO,	/* malformed line, JSON or platform */
	RMM_TRACE_BAD_STEP,	/* malformed step, or a host write faulted */
	RMM_TRACE_DIVERGED,	/* the model's result differs from the trace */
};

struct rmm_trace_result {
	enum rmm_trace_outcome outcome;
	const char *name;	/* "name" (in the line buffer), or "?" */
	unsigned int step;	/* BAD_STEP / DIVERGED: index of the step */
	int model_check;	/* armcvm_rmm_model_check() result, or 0 */
	char msg[320];		/* what failed (a RIM divergence: two
				 * 128-digit values); empty on PASS */
};

/*
 * Set up @t with a pool of @max_nodes JSON values per line and a limit of
 * @max_granules delegable granules per scenario. Returns false if memory
 * cannot be had; rmm_trace_fini() releases it.
 */
bool rmm_trace_init(struct rmm_trace *t, int max_nodes,
		    uint64_t max_granules);
void rmm_trace_fini(struct rmm_trace *t);

/*
 * Replay the scenario in the @len bytes at @line (modified in place; no
 * NUL terminator needed) on a fresh software RMM; the outcome goes to
 * @res, whose name points into @line.
 */
void rmm_trace_run_line(struct rmm_trace *t, char *line, size_t len,
			struct rmm_trace_result *res);

typedef void rmm_trace_report_fn(void *ctx, unsigned int lineno,
				 const struct rmm_trace_result *res);

/*
 * Replay every non-blank line of the JSON Lines text at @buf (@len bytes,
 * modified in place), calling @report after each. Counts go to @pass and
 * @fail.
 */
void rmm_trace_replay(struct rmm_trace *t, char *buf, size_t len,
		      rmm_trace_report_fn *report, void *ctx,
		      unsigned int *pass, unsigned int *fail);

#endif /* ARMCVM_TOOLS_RMM_TRACE_H */
