/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* rt_host_io: the readers' content access on the real file system. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>

#include "realm_tool.h"

static int host_size(void *ctx, const char *path, uint64_t *size)
{
	FILE *f = fopen(path, "rb");
	off_t end;
	int err = 0;

	(void)ctx;
	if (f == NULL) {
		return errno;
	}
	if (fseeko(f, 0, SEEK_END) != 0 || (end = ftello(f)) < 0) {
		err = errno != 0 ? errno : EIO;
	} else {
		*size = (uint64_t)end;
	}
	(void)fclose(f);	/* read-only */
	return err;
}

static int host_read(void *ctx, const char *path, uint64_t off, void *buf,
		     size_t len)
{
	FILE *f;
	int err = 0;

	(void)ctx;
	memset(buf, 0, len);
	if (off > INT64_MAX) {
		return EOVERFLOW;
	}
	f = fopen(path, "rb");
	if (f == NULL) {
		return errno;
	}
	if (fseeko(f, (off_t)off, SEEK_SET) != 0) {
		err = errno;
	} else {
		errno = 0;
		if (fread(buf, 1, len, f) < len && ferror(f)) {
			err = errno != 0 ? errno : EIO;
		}	/* a short read at the end of the file leaves zeros */
	}
	(void)fclose(f);	/* read-only */
	return err;
}

const struct rt_io rt_host_io = {
	.size = host_size,
	.read = host_read,
	.ctx = NULL,
	.msgs = NULL,
};
