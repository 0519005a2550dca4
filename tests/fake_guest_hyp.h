/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef FAKE_GUEST_HYP_H
#define FAKE_GUEST_HYP_H
/*
 * Test-only stateful hypervisors answering a guest: a pKVM EL2 for
 * HYP_MEMINFO / MEM_SHARE / MEM_UNSHARE (upstream single-granule form per
 * pkvm.md 3.2, ACK ranged form per 3.3) and an RMM for RSI_IPA_STATE_SET
 * (rmi.md 7). Each tracks the state of FAKE_GRANULES granules from
 * FAKE_BASE and can be told to misbehave.
 */
#include <stdbool.h>
#include <stdint.h>

#include <armcvm/smccc.h>

#define FAKE_GRANULES	64U
#define FAKE_BASE	0x80000000ULL
#define FAKE_GRANULE	0x1000ULL

struct fake_hyp {
	bool ranged;		/* advertise and accept KVM_FUNC_HAS_RANGE */
	uint64_t budget;	/* max granules per ranged call (0 = all) */
	uint64_t fail_ipa;	/* answer an error at this IPA (0 = never) */
	int64_t fail_code;	/* SMCCC code / RSI status to answer */
	uint64_t fail_response;	/* RSI response to answer at fail_ipa */
	bool zero_progress;	/* answer SUCCESS having processed nothing */
	bool overreport;	/* answer more granules than requested */
	bool shared[FAKE_GRANULES];
	unsigned int calls;
	unsigned int bad_regs;	/* MBZ registers found non-zero */
};

void fake_pkvm_call(void *ctx, const struct armcvm_smccc_regs *in,
		    struct armcvm_smccc_regs *out);
void fake_rmm_call(void *ctx, const struct armcvm_smccc_regs *in,
		   struct armcvm_smccc_regs *out);
unsigned int fake_shared_count(const struct fake_hyp *h);

#endif /* FAKE_GUEST_HYP_H */
