/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* Stateful fake pKVM EL2 / RMM for guest-side tests (fake_guest_hyp.h). */
#include "fake_guest_hyp.h"

#define SMC_MEMINFO	0xC6000002U	/* pkvm.md 3.1 */
#define SMC_SHARE	0xC6000003U
#define SMC_UNSHARE	0xC6000004U
#define RSI_SET		0xC4000197U	/* rmi.md 7 */
#define INVALID		((uint64_t)(int64_t)-3)
#define NOT_SUPP	((uint64_t)(int64_t)-1)

static bool idx_of(uint64_t ipa, unsigned int *idx)
{
	if (ipa < FAKE_BASE || (ipa - FAKE_BASE) % FAKE_GRANULE != 0 ||
	    (ipa - FAKE_BASE) / FAKE_GRANULE >= FAKE_GRANULES) {
		return false;
	}
	*idx = (unsigned int)((ipa - FAKE_BASE) / FAKE_GRANULE);
	return true;
}

unsigned int fake_shared_count(const struct fake_hyp *h)
{
	unsigned int i, n = 0;

	for (i = 0; i < FAKE_GRANULES; i++) {
		n += h->shared[i] ? 1U : 0U;
	}
	return n;
}

/* Process up to nr granules from ipa; stops at fail_ipa or budget. */
static uint64_t process(struct fake_hyp *h, uint64_t ipa, uint64_t nr,
			bool share, bool *failed)
{
	uint64_t k;
	unsigned int idx;

	*failed = false;
	for (k = 0; k < nr; k++) {
		if (h->budget != 0 && k == h->budget) {
			break;
		}
		if (h->fail_ipa != 0 && ipa + k * FAKE_GRANULE == h->fail_ipa) {
			*failed = k == 0;
			break;
		}
		if (!idx_of(ipa + k * FAKE_GRANULE, &idx) ||
		    h->shared[idx] == share) {
			*failed = k == 0;
			break;
		}
		h->shared[idx] = share;
	}
	return k;
}

void fake_pkvm_call(void *ctx, const struct armcvm_smccc_regs *in,
		    struct armcvm_smccc_regs *out)
{
	struct fake_hyp *h = ctx;
	uint64_t nr, done;
	bool failed;

	h->calls++;
	out->x[0] = INVALID;
	out->x[1] = 0;
	switch (in->x[0]) {
	case SMC_MEMINFO:
		if (in->x[1] | in->x[2] | in->x[3]) {
			h->bad_regs++;
			return;
		}
		out->x[0] = FAKE_GRANULE;
		out->x[1] = h->ranged ? 1U : 0U;
		return;
	case SMC_SHARE:
	case SMC_UNSHARE:
		if (in->x[3] != 0 || (!h->ranged && in->x[2] != 0)) {
			h->bad_regs++;
			return;
		}
		nr = in->x[2] == 0 ? 1U : in->x[2];
		if (h->zero_progress) {
			out->x[0] = 0;
			out->x[1] = 0;
			return;
		}
		done = process(h, in->x[1], nr, in->x[0] == SMC_SHARE,
			       &failed);
		if (failed || done == 0) {
			out->x[0] = (uint64_t)h->fail_code;
			return;
		}
		out->x[0] = 0;
		out->x[1] = h->overreport ? nr + 1U : done;
		return;
	default:
		out->x[0] = NOT_SUPP;
		return;
	}
}

void fake_rmm_call(void *ctx, const struct armcvm_smccc_regs *in,
		   struct armcvm_smccc_regs *out)
{
	struct fake_hyp *h = ctx;
	uint64_t nr, done;
	bool failed;

	h->calls++;
	if (in->x[0] != RSI_SET || in->x[4] != 0 || in->x[3] > 1 ||
	    in->x[2] <= in->x[1]) {
		h->bad_regs++;
		out->x[0] = 1;	/* RSI_ERROR_INPUT */
		return;
	}
	nr = (in->x[2] - in->x[1]) / FAKE_GRANULE;
	if (h->zero_progress) {
		out->x[0] = 0;
		out->x[1] = in->x[1];
		out->x[2] = 0;
		return;
	}
	/* RIPAS EMPTY (0) = shared with the host. */
	done = process(h, in->x[1], nr, in->x[3] == 0, &failed);
	if (failed || done == 0) {
		out->x[0] = (uint64_t)h->fail_code;
		out->x[1] = in->x[1];
		out->x[2] = h->fail_response;
		return;
	}
	out->x[0] = 0;
	out->x[1] = in->x[1] + done * FAKE_GRANULE;
	out->x[2] = 0;	/* ACCEPT */
}
