/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TESTS_RMI_CASES_H
#define ARMCVM_TESTS_RMI_CASES_H
/*
 * Table-driven wrapper tests shared by test_rmi.c and test_rsi.c: each case
 * names the registers the firmware must see and the reply it gives, and a
 * function that issues the call through a conduit and checks the decoded
 * result. Every case runs through the recording mock conduit and, on
 * aarch64, through the real smc #0 trapped by trap_firmware.
 */
#include <string.h>

#include "armcvm_test.h"
#include "trap_firmware.h"

struct wrap_case {
	const char *name;
	uint64_t fid;
	unsigned int nargs;
	uint64_t args[17];
	unsigned int nres;
	uint64_t res[18];
	void (*call)(const struct armcvm_conduit *c);
};

static void run_mock(const struct wrap_case *k)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	struct mock_call *mc;

	mock_conduit_reset(&m);
	mc = mock_conduit_expect(&m, k->fid, k->nargs, k->args);
	mock_conduit_reply(mc, k->nres, k->res);
	k->call(&c);
	mock_conduit_assert_done(&m);
}

#if defined(__aarch64__)
static void trap_answer(void *ctx, bool hvc, struct armcvm_smccc_regs *regs)
{
	const struct wrap_case *k = ctx;
	unsigned int i;

	assert_false(hvc);
	assert_uint_equal(regs->x[0], k->fid);
	for (i = 0; i < k->nargs; i++) {
		assert_uint_equal(regs->x[i + 1], k->args[i]);
	}
	for (i = 0; i < k->nres; i++) {
		regs->x[i] = k->res[i];
	}
}

static void run_trap(const struct wrap_case *k)
{
	const struct armcvm_conduit c = ARMCVM_CONDUIT_INIT_SMC;
	struct wrap_case copy = *k;

	assert_int_equal(trap_firmware_install(trap_answer, &copy), 0);
	k->call(&c);
	assert_uint_equal(trap_firmware_count(), 1);
	trap_firmware_remove();
}
#endif

static void run_cases(const struct wrap_case *cases, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		print_message("case %s\n", cases[i].name);
		run_mock(&cases[i]);
#if defined(__aarch64__)
		run_trap(&cases[i]);
#endif
	}
}

/* A conduit that must never be used: the wrapper has to refuse first. */
static void never_called(void *ctx, const struct armcvm_smccc_regs *in,
			 struct armcvm_smccc_regs *out)
{
	(void)ctx;
	(void)in;
	(void)out;
	fail_msg("a call was issued for invalid input");
}

#endif /* ARMCVM_TESTS_RMI_CASES_H */
