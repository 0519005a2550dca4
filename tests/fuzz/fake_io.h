/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_FUZZ_FAKE_IO_H
#define ARMCVM_FUZZ_FAKE_IO_H
/*
 * struct rt_io for the reader fuzzers: no file system. One content file
 * exists, FAKE_IO_DIR "/kernel.bin" (FAKE_IO_FILE_SIZE bytes of a pattern);
 * every other path is ENOENT. Messages go to a memory buffer so that the
 * fuzzer can check that every rejection explains itself.
 */
#include <stddef.h>

#include "realm_tool.h"

#define FAKE_IO_DIR		"fuzzdir"
#define FAKE_IO_FILE_SIZE	6000	/* 1.5 granules: a partial last page */

struct fake_io {
	struct rt_io io;
	char msgs[4096];
};

/* Start capturing messages (aborts if no memory stream can be had). */
void fake_io_open(struct fake_io *f);
/* Stop; returns the length of what the reader printed. */
size_t fake_io_close(struct fake_io *f);

#endif /* ARMCVM_FUZZ_FAKE_IO_H */
