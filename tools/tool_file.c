/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* Whole-file input (tool_file.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "tool_file.h"

char *tool_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 65536, n = 0;
	char *buf = NULL, *nb;
	int err = 0;

	if (f == NULL) {
		return NULL;
	}
	for (;;) {
		if (buf == NULL || n + 1 == cap) {
			cap = buf == NULL ? cap : cap * 2;
			nb = realloc(buf, cap);
			if (nb == NULL) {
				err = ENOMEM;
				break;
			}
			buf = nb;
		}
		size_t got;

		errno = 0;
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0) {
			if (ferror(f)) {
				err = errno != 0 ? errno : EIO;
			}
			break;
		}
	}
	(void)fclose(f);	/* read-only */
	if (err != 0) {
		free(buf);
		errno = err;
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}
