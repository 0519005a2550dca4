/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * A recording callback conduit: checks each call against a queued
 * expectation and answers with queued results. No link-time tricks: it is
 * passed to the wrapper under test like any other conduit (style.md 6.10).
 */
#include <string.h>

#include "armcvm_test.h"

void mock_conduit_reset(struct mock_conduit_state *m)
{
	memset(m, 0, sizeof(*m));
}

struct mock_call *mock_conduit_expect(struct mock_conduit_state *m,
				      uint64_t fid, unsigned int nargs,
				      const uint64_t *args)
{
	struct mock_call *c;
	unsigned int i;

	assert_true(m->queued < ARRAY_SIZE(m->calls));
	assert_true(nargs < 18);
	c = &m->calls[m->queued++];
	memset(c, 0, sizeof(*c));
	c->in[0] = fid;
	c->nargs = nargs;
	for (i = 0; i < nargs; i++) {
		c->in[i + 1] = args[i];
	}
	/* Default reply: x0 = 0 (RMI_SUCCESS / SMCCC_RET_SUCCESS). */
	c->nres = 1;
	return c;
}

void mock_conduit_reply(struct mock_call *c, unsigned int nres,
			const uint64_t *res)
{
	unsigned int i;

	assert_true(nres <= 18);
	c->nres = nres;
	for (i = 0; i < nres; i++) {
		c->out[i] = res[i];
	}
}

void mock_conduit_call(void *ctx, const struct armcvm_smccc_regs *in,
		       struct armcvm_smccc_regs *out)
{
	struct mock_conduit_state *m = ctx;
	const struct mock_call *c;
	unsigned int i;

	assert_true(m->done < m->queued);
	c = &m->calls[m->done++];
	assert_uint_equal(in->x[0], c->in[0]);
	for (i = 1; i <= c->nargs; i++) {
		assert_uint_equal(in->x[i], c->in[i]);
	}
	for (; i < 18; i++) {
		assert_uint_equal(in->x[i], 0);
	}
	for (i = 0; i < c->nres; i++) {
		out->x[i] = c->out[i];
	}
}

void mock_conduit_assert_done(const struct mock_conduit_state *m)
{
	assert_uint_equal(m->done, m->queued);
}
