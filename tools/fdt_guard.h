/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_FDT_GUARD_H
#define ARMCVM_TOOLS_FDT_GUARD_H
/*
 * Checks a flattened devicetree must pass before libfdt sees it: the ones
 * libfdt 1.6.1 (Debian 12) gets wrong inside fdt_check_full() itself.
 */
#include <stddef.h>

/*
 * Check the header and every structure-block length of the @size bytes at
 * @blob. Returns NULL if fdt_check_full() may be called on it, else what
 * is wrong.
 */
const char *fdt_guard_check(const void *blob, size_t size);

#endif /* ARMCVM_TOOLS_FDT_GUARD_H */
