/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Sanitizer defaults linked into every fuzz target: code built with
 * recoverable UBSan checks (lib/ under -Db_sanitize=undefined) must still
 * stop the fuzzer at its first finding, with a stack trace. The
 * environment (UBSAN_OPTIONS) can override these.
 */
const char *__ubsan_default_options(void);

const char *__ubsan_default_options(void)
{
	return "halt_on_error=1:print_stacktrace=1";
}
