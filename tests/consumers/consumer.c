/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* A consumer of armcvm: one call through a callback conduit. */
#include <stdio.h>

#include <armcvm/armcvm.h>

static void firmware(void *ctx, const struct armcvm_smccc_regs *in,
		     struct armcvm_smccc_regs *out)
{
	(void)ctx;
	out->x[0] = in->x[0] == ARMCVM_SMCCC_VERSION_FID ?
		ARMCVM_SMCCC_VERSION_1_2 : (uint64_t)-1;
}

int main(void)
{
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(firmware, NULL);
	struct armcvm_smccc_regs r = { .x = { ARMCVM_SMCCC_VERSION_FID } };

	armcvm_smccc_1_1(&c, &r, &r);
	printf("%s\n", armcvm_strerror(-ARMCVM_ERR_NOTSUPP));
	return r.x[0] == ARMCVM_SMCCC_VERSION_1_2 ? 0 : 1;
}
