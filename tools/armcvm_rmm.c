/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm-rmm replay FILE: replay recorded RMI traces (JSON Lines, one
 * scenario per line, docs/rmm-trace.md) on the software RMM and report per
 * scenario pass or the first divergence. Exit 0 only if all pass, 1 if one
 * fails or there is none, 2 on a usage or I/O error. The reader is
 * rmm_trace.c.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rmm_trace.h"
#include "tool_file.h"
#include "tool_text.h"

#define MAX_NODES	(1 << 20)	/* JSON values in one line */
#define MAX_GRANULES	(1U << 20)	/* 4 GiB of delegable memory */

static void report(void *ctx, unsigned int lineno,
		   const struct rmm_trace_result *res)
{
	(void)ctx;
	printf(res->outcome == RMM_TRACE_PASS ? "PASS " : "FAIL ");
	tool_fputs_escaped(res->name, stdout);
	if (res->outcome == RMM_TRACE_BAD_SCENARIO) {
		printf(" (line %u): ", lineno);
	} else if (res->outcome != RMM_TRACE_PASS) {
		printf(": step %u: ", res->step);
	}
	tool_fputs_escaped(res->msg, stdout);
	putchar('\n');
}

static int replay(const char *path)
{
	static struct rmm_trace t;
	unsigned int pass, fail;
	size_t len;
	char *buf = tool_read_file(path, &len);

	if (buf == NULL) {
		perror(path);
		return 2;
	}
	if (!rmm_trace_init(&t, MAX_NODES, MAX_GRANULES)) {
		fprintf(stderr, "%s: out of memory\n", path);
		free(buf);
		return 2;
	}
	rmm_trace_replay(&t, buf, len, report, NULL, &pass, &fail);
	rmm_trace_fini(&t);
	free(buf);
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
