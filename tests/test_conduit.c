/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Conduits: the callback kind everywhere; NONE and the instruction kinds on
 * non-aarch64 builds (NOT_SUPPORTED); and on aarch64 the real smc #0 /
 * hvc #0, trapped by trap_firmware, with every one of x0-x17 checked in
 * both directions for the SMCCC 1.1 and 1.2 forms.
 */
#include <string.h>

#include "armcvm_test.h"
#include "trap_firmware.h"

#define NOT_SUPPORTED	0xFFFFFFFFFFFFFFFFULL

/* Distinct, recognisable values: arguments and results per register. */
static uint64_t arg_pattern(unsigned int i)
{
	return 0xA000000000000000ULL | ((uint64_t)i << 32) | (0x1111ULL * i);
}

static uint64_t res_pattern(unsigned int i)
{
	return 0x5000000000000000ULL | ((uint64_t)i << 40) | (0x2222ULL * i);
}

/* A firmware that records what it saw and answers in registers 0..nres-1. */
struct echo_fw {
	struct armcvm_smccc_regs seen;
	unsigned int nres;
	unsigned int calls;
	/* cppcheck-suppress unusedStructMember ; read by the aarch64 tests */
	bool last_hvc;
};

static void echo_answer(struct echo_fw *fw, struct armcvm_smccc_regs *regs)
{
	unsigned int i;

	fw->seen = *regs;
	fw->calls++;
	for (i = 0; i < fw->nres; i++) {
		regs->x[i] = res_pattern(i);
	}
}

static void echo_callback(void *ctx, const struct armcvm_smccc_regs *in,
			  struct armcvm_smccc_regs *out)
{
	/* out arrives as a copy of in (conduit.h); answer into it. */
	assert_memory_equal(in, out, sizeof(*in));
	echo_answer(ctx, out);
}

static void fill_args(struct armcvm_smccc_regs *r)
{
	unsigned int i;

	for (i = 0; i < 18; i++) {
		r->x[i] = arg_pattern(i);
	}
}

static void test_callback_1_2_all_registers(void **state)
{
	struct echo_fw fw = { .nres = 18 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(echo_callback, &fw);
	struct armcvm_smccc_regs in, out;
	unsigned int i;

	(void)state;
	fill_args(&in);
	memset(&out, 0, sizeof(out));
	armcvm_smccc_1_2(&c, &in, &out);
	assert_uint_equal(fw.calls, 1);
	for (i = 0; i < 18; i++) {
		assert_uint_equal(fw.seen.x[i], arg_pattern(i));
		assert_uint_equal(out.x[i], res_pattern(i));
	}
}

static void test_callback_1_1_writes_four(void **state)
{
	struct echo_fw fw = { .nres = 18 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(echo_callback, &fw);
	struct armcvm_smccc_regs in, out;
	unsigned int i;

	(void)state;
	fill_args(&in);
	memset(&out, 0x77, sizeof(out));
	armcvm_smccc_1_1(&c, &in, &out);
	for (i = 0; i < 4; i++) {
		assert_uint_equal(out.x[i], res_pattern(i));
	}
	/* The 1.1 form writes x0-x3 only. */
	for (i = 4; i < 18; i++) {
		assert_uint_equal(out.x[i], 0x7777777777777777ULL);
	}
}

static void test_callback_preserves_unwritten(void **state)
{
	struct echo_fw fw = { .nres = 1 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(echo_callback, &fw);
	struct armcvm_smccc_regs r;
	unsigned int i;

	(void)state;
	fill_args(&r);
	/* in and out may alias; registers the callee leaves are preserved. */
	armcvm_smccc_1_2(&c, &r, &r);
	assert_uint_equal(r.x[0], res_pattern(0));
	for (i = 1; i < 18; i++) {
		assert_uint_equal(r.x[i], arg_pattern(i));
	}
}

static void assert_not_supported(const struct armcvm_conduit *c)
{
	struct armcvm_smccc_regs in, out;
	unsigned int i;

	fill_args(&in);
	memset(&out, 0x55, sizeof(out));
	armcvm_conduit_invoke(c, &in, &out, 2, 5);
	assert_uint_equal(out.x[0], NOT_SUPPORTED);
	for (i = 1; i < 5; i++) {
		assert_uint_equal(out.x[i], 0);
	}
	for (i = 5; i < 18; i++) {
		assert_uint_equal(out.x[i], 0x5555555555555555ULL);
	}
}

static void test_none_and_null(void **state)
{
	const struct armcvm_conduit none = { ARMCVM_CONDUIT_NONE, NULL, NULL };
	const struct armcvm_conduit nofn =
		ARMCVM_CONDUIT_INIT_CALLBACK(NULL, NULL);
	struct armcvm_conduit bogus;

	(void)state;
	memset(&bogus, 0, sizeof(bogus));
	bogus.kind = (enum armcvm_conduit_kind)77;
	assert_not_supported(&none);
	assert_not_supported(&nofn);
	assert_not_supported(NULL);
	assert_not_supported(&bogus);
	assert_false(armcvm_conduit_is_usable(&none));
	assert_false(armcvm_conduit_is_usable(&nofn));
	assert_false(armcvm_conduit_is_usable(NULL));
	assert_false(armcvm_conduit_is_usable(&bogus));
}

#if defined(__aarch64__)
static void trap_echo(void *ctx, bool hvc, struct armcvm_smccc_regs *regs)
{
	struct echo_fw *fw = ctx;

	fw->last_hvc = hvc;
	echo_answer(fw, regs);
}

static void check_trapped(enum armcvm_conduit_kind kind, bool form_1_2)
{
	struct echo_fw fw = { .nres = 18 };
	const struct armcvm_conduit c = { kind, NULL, NULL };
	struct armcvm_smccc_regs in, out;
	unsigned int i, nin = form_1_2 ? 18 : 8, nout = form_1_2 ? 18 : 4;

	assert_true(armcvm_conduit_is_usable(&c));
	assert_int_equal(trap_firmware_install(trap_echo, &fw), 0);
	fill_args(&in);
	memset(&out, 0x33, sizeof(out));
	if (form_1_2) {
		armcvm_smccc_1_2(&c, &in, &out);
	} else {
		armcvm_smccc_1_1(&c, &in, &out);
	}
	trap_firmware_remove();
	assert_uint_equal(fw.calls, 1);
	assert_int_equal(fw.last_hvc, kind == ARMCVM_CONDUIT_HVC);
	for (i = 0; i < nin; i++) {
		assert_uint_equal(fw.seen.x[i], arg_pattern(i));
	}
	for (i = 0; i < nout; i++) {
		assert_uint_equal(out.x[i], res_pattern(i));
	}
	for (i = nout; i < 18; i++) {
		assert_uint_equal(out.x[i], 0x3333333333333333ULL);
	}
}

static void test_trap_smc_1_1(void **state)
{
	(void)state;
	check_trapped(ARMCVM_CONDUIT_SMC, false);
}

static void test_trap_smc_1_2(void **state)
{
	(void)state;
	check_trapped(ARMCVM_CONDUIT_SMC, true);
}

static void test_trap_hvc_1_1(void **state)
{
	(void)state;
	check_trapped(ARMCVM_CONDUIT_HVC, false);
}

static void test_trap_hvc_1_2(void **state)
{
	(void)state;
	check_trapped(ARMCVM_CONDUIT_HVC, true);
}

/* Each register count 1..18 through the shape armcvm_arch_call_ picks. */
static void test_trap_every_width(void **state)
{
	static const struct armcvm_conduit smc = ARMCVM_CONDUIT_INIT_SMC;
	struct echo_fw fw = { .nres = 18 };
	struct armcvm_smccc_regs in, out;
	unsigned int n, i;

	(void)state;
	assert_int_equal(trap_firmware_install(trap_echo, &fw), 0);
	for (n = 1; n <= 18; n++) {
		fill_args(&in);
		memset(&out, 0, sizeof(out));
		armcvm_conduit_invoke(&smc, &in, &out, n, n);
		for (i = 0; i < n; i++) {
			assert_uint_equal(fw.seen.x[i], arg_pattern(i));
			assert_uint_equal(out.x[i], res_pattern(i));
		}
		for (i = n; i < 18; i++) {
			assert_uint_equal(out.x[i], 0);
		}
	}
	trap_firmware_remove();
	assert_uint_equal(fw.calls, 18);
}
#else
static void test_instruction_conduits_unsupported(void **state)
{
	static const struct armcvm_conduit smc = ARMCVM_CONDUIT_INIT_SMC;
	static const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;

	(void)state;
	assert_false(armcvm_conduit_is_usable(&smc));
	assert_false(armcvm_conduit_is_usable(&hvc));
	assert_not_supported(&smc);
	assert_not_supported(&hvc);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_callback_1_2_all_registers),
		cmocka_unit_test(test_callback_1_1_writes_four),
		cmocka_unit_test(test_callback_preserves_unwritten),
		cmocka_unit_test(test_none_and_null),
#if defined(__aarch64__)
		cmocka_unit_test(test_trap_smc_1_1),
		cmocka_unit_test(test_trap_smc_1_2),
		cmocka_unit_test(test_trap_hvc_1_1),
		cmocka_unit_test(test_trap_hvc_1_2),
		cmocka_unit_test(test_trap_every_width),
#else
		cmocka_unit_test(test_instruction_conduits_unsupported),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
