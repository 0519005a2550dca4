/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * libFuzzer target: the RMI trace reader of `armcvm-rmm replay`
 * (tools/rmm_trace.c, docs/rmm-trace.md): the input is JSON Lines, each
 * scenario replayed on a fresh software RMM.
 *
 * Checks: every failing scenario carries a message and every passing one
 * none; the model's invariants (armcvm_rmm_model_check) hold after every
 * scenario, whatever calls the trace made; nothing leaks. Scenarios get at
 * most MAX_GRANULES granules (the tool allows 2^20) so that memory stays
 * bounded under ASan.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rmm_trace.h"

#define MAX_NODES	(1 << 16)
#define MAX_GRANULES	512

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rmm_trace trace;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!rmm_trace_init(&trace, MAX_NODES, MAX_GRANULES)) {
		abort();
	}
	trace.check_model = true;
	return 0;
}

static void report(void *ctx, unsigned int lineno,
		   const struct rmm_trace_result *res)
{
	(void)ctx;
	(void)lineno;
	if (res->name == NULL || res->model_check != 0 ||
	    (res->outcome == RMM_TRACE_PASS) != (res->msg[0] == '\0')) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned int pass, fail;
	char *text = malloc(size + 1);

	if (text == NULL) {
		abort();
	}
	memcpy(text, data, size);
	rmm_trace_replay(&trace, text, size, report, NULL, &pass, &fail);
	free(text);
	return 0;
}
