/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* Memory-only struct rt_io for the reader fuzzers (fake_io.h). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fake_io.h"

static const char fake_path[] = FAKE_IO_DIR "/kernel.bin";

static int fake_size(void *ctx, const char *path, uint64_t *size)
{
	(void)ctx;
	if (strcmp(path, fake_path) != 0) {
		return ENOENT;
	}
	*size = FAKE_IO_FILE_SIZE;
	return 0;
}

static int fake_read(void *ctx, const char *path, uint64_t off, void *buf,
		     size_t len)
{
	uint8_t *b = buf;
	size_t i;

	(void)ctx;
	if (strcmp(path, fake_path) != 0) {
		return ENOENT;
	}
	memset(buf, 0, len);
	for (i = 0; i < len && off + i < FAKE_IO_FILE_SIZE; i++) {
		b[i] = (uint8_t)((off + i) * 131 + 7);
	}
	return 0;
}

void fake_io_open(struct fake_io *f)
{
	memset(f, 0, sizeof(*f));
	f->io.size = fake_size;
	f->io.read = fake_read;
	f->io.msgs = fmemopen(f->msgs, sizeof(f->msgs), "w");
	if (f->io.msgs == NULL) {
		abort();
	}
}

size_t fake_io_close(struct fake_io *f)
{
	fclose(f->io.msgs);
	f->msgs[sizeof(f->msgs) - 1] = '\0';
	return strlen(f->msgs);
}
