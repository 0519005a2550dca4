/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TEST_H
#define ARMCVM_TEST_H
/*
 * Test-only helpers: CMocka in the include order cmocka 1.x requires, plus
 * a compat block so that the suites also build against cmocka 2.x names.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <armcvm/armcvm.h>

#ifndef assert_uint_equal
#define assert_uint_equal(a, b)	assert_int_equal((a), (b))
#endif

/*
 * A failing CMocka assertion leaves the test through longjmp() from a
 * function that clang's static analyzer sees as returning, so it would
 * carry on past a failed `assert_int_equal(ret, 0)` and report reads of
 * results that were never written. For the analyzer only (clang-tidy
 * defines __clang_analyzer__), each assertion ends the path where it fails.
 */
#ifdef __clang_analyzer__
#include <stdlib.h>
#undef assert_true
#undef assert_false
#undef assert_int_equal
#undef assert_int_not_equal
#undef assert_non_null
#undef assert_null
#undef assert_ptr_equal
#define assert_true(c)		((c) ? (void)0 : abort())
#define assert_false(c)		((c) ? abort() : (void)0)
#define assert_int_equal(a, b)	\
	assert_true((uintmax_t)(a) == (uintmax_t)(b))
#define assert_int_not_equal(a, b)	\
	assert_true((uintmax_t)(a) != (uintmax_t)(b))
#define assert_non_null(p)	assert_true((p) != NULL)
#define assert_null(p)		assert_true((p) == NULL)
#define assert_ptr_equal(a, b)	\
	assert_true((uintptr_t)(a) == (uintptr_t)(b))
#endif

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Recording mock conduit (tests/mock_conduit.c). A test queues, per call:
 *	mock_expect_call(fid, nargs, args...) - checked against x0..x(nargs)
 *	mock_reply(nres, res...)              - written to x0..x(nres-1)
 * Every input register from x(nargs+1) to x17 must be zero (RMI: unused
 * argument registers are SBZ), which the mock also checks.
 */
struct mock_call {
	uint64_t in[18];
	unsigned int nargs;	/* registers x1..x(nargs) checked */
	uint64_t out[18];
	unsigned int nres;	/* registers x0..x(nres-1) written */
};

struct mock_conduit_state {
	struct mock_call calls[64];
	unsigned int queued;
	unsigned int done;
};

void mock_conduit_call(void *ctx, const struct armcvm_smccc_regs *in,
		       struct armcvm_smccc_regs *out);
void mock_conduit_reset(struct mock_conduit_state *m);
struct mock_call *mock_conduit_expect(struct mock_conduit_state *m,
				      uint64_t fid, unsigned int nargs,
				      const uint64_t *args);
void mock_conduit_reply(struct mock_call *c, unsigned int nres,
			const uint64_t *res);
void mock_conduit_assert_done(const struct mock_conduit_state *m);

#endif /* ARMCVM_TEST_H */
