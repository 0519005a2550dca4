/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_TOOL_FILE_H
#define ARMCVM_TOOLS_TOOL_FILE_H
/* Whole-file input for the hosted tools, which parse from memory. */
#include <stddef.h>

/*
 * The bytes of @path in a malloc'd buffer with one NUL after them (*@len
 * excludes it). NULL with errno set if the file cannot be opened or read.
 */
char *tool_read_file(const char *path, size_t *len);

#endif /* ARMCVM_TOOLS_TOOL_FILE_H */
