/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm-conduit-demo: one SMCCC call (SMCCC_VERSION) through each kind of
 * conduit. The callback plays a firmware that implements SMCCC 1.2; on a
 * non-aarch64 host the SMC and HVC conduits answer NOT_SUPPORTED, as
 * documented; on aarch64 Linux user space they would trap (SIGILL), so the
 * demo only issues them where a test harness is installed.
 */
#include <inttypes.h>
#include <stdio.h>

#include <armcvm/armcvm.h>

static void fake_firmware(void *ctx, const struct armcvm_smccc_regs *in,
			  struct armcvm_smccc_regs *out)
{
	unsigned int *calls = ctx;

	(*calls)++;
	if (in->x[0] == ARMCVM_SMCCC_VERSION_FID) {
		out->x[0] = ARMCVM_SMCCC_VERSION_1_2;
	} else {
		out->x[0] = (uint64_t)(int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED;
	}
}

static void show(const char *name, const struct armcvm_conduit *c)
{
	struct armcvm_smccc_regs regs = { .x = { ARMCVM_SMCCC_VERSION_FID } };

	armcvm_smccc_1_1(c, &regs, &regs);
	printf("%-9s usable=%-3s SMCCC_VERSION -> x0 = 0x%016" PRIx64 " (%s)\n",
	       name, armcvm_conduit_is_usable(c) ? "yes" : "no", regs.x[0],
	       regs.x[0] == ARMCVM_SMCCC_VERSION_1_2 ? "SMCCC 1.2"
			: armcvm_smccc_ret_name(regs.x[0]));
}

int main(void)
{
	unsigned int calls = 0;
	const struct armcvm_conduit none = { ARMCVM_CONDUIT_NONE, NULL, NULL };
	const struct armcvm_conduit cb =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_firmware, &calls);

	show("NONE", &none);
	show("CALLBACK", &cb);
#if !defined(__aarch64__)
	{
		const struct armcvm_conduit smc = ARMCVM_CONDUIT_INIT_SMC;
		const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;

		show("SMC", &smc);
		show("HVC", &hvc);
	}
#else
	printf("SMC/HVC   usable=yes (real instructions: see tests/test_conduit.c)\n");
#endif
	printf("callback answered %u call(s)\n", calls);
	return calls == 1 ? 0 : 1;
}
