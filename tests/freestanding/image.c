/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Bare-metal main, entered from entry.S: calls into the core through an SMC
 * conduit, as EL2/EL3 firmware would. Never run in CI (there is no firmware
 * behind it); it exists to prove the core links with no libc and no
 * undefined symbol.
 */
#include <armcvm/armcvm.h>

void armcvm_image_main(void);

static const struct armcvm_conduit firmware = ARMCVM_CONDUIT_INIT_SMC;

void armcvm_image_main(void)
{
	struct armcvm_smccc_regs regs = { .x = { ARMCVM_SMCCC_VERSION_FID } };
	struct armcvm_smccc_fid fid;

	armcvm_smccc_1_1(&firmware, &regs, &regs);
	if (armcvm_smccc_fid_decode(regs.x[0], &fid) != 0) {
		(void)armcvm_strerror(-ARMCVM_ERR_RESERVED);
	}
	for (;;) {
		__asm__ volatile("wfi");
	}
}
