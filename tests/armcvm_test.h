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
