/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Calls through constant SMC/HVC conduits, disassembled by check_disasm.py.
 * Each function carries its minimum instruction count in a
 * "DISASM <name> <min> [<accepted>]" comment: argument moves, the FID
 * (movz/movk), smc/hvc, result moves or stores, ret. The check fails on any
 * call (bl/blr), any stack access, a missing smc/hvc, or more instructions
 * than accepted (the minimum unless a reason is given).
 */
#include <armcvm/armcvm.h>
#include "wrappers.h"

static const struct armcvm_conduit smc = ARMCVM_CONDUIT_INIT_SMC;
static const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;

/* DISASM disasm_smccc_version 3: movz x0; smc; ret */
uint64_t disasm_smccc_version(void)
{
	struct armcvm_smccc_regs r = { .x = { ARMCVM_SMCCC_VERSION_FID } };

	armcvm_conduit_invoke(&smc, &r, &r, 1, 1);
	return r.x[0];
}

/* DISASM disasm_one_arg 5: mov x1,x0; movz+movk x0; smc; ret */
uint64_t disasm_one_arg(uint64_t addr)
{
	struct armcvm_smccc_regs r = { .x = { ARMCVM_SMC64_STD_FID(0x151), addr } };

	armcvm_conduit_invoke(&smc, &r, &r, 2, 1);
	return r.x[0];
}

/*
 * DISASM disasm_five_results 8: save out (x4 is a result); movz+movk x0;
 * hvc; stp; stp; str; ret. The arguments arrive in x1-x3 already.
 */
void disasm_five_results(uint64_t unused, uint64_t a1, uint64_t a2,
			 uint64_t a3, uint64_t *out)
{
	struct armcvm_smccc_regs r = {
		.x = { ARMCVM_SMC64_STD_FID(0x161), a1, a2, a3 }
	};

	(void)unused;
	armcvm_conduit_invoke(&hvc, &r, &r, 4, 5);
	out[0] = r.x[0];
	out[1] = r.x[1];
	out[2] = r.x[2];
	out[3] = r.x[3];
	out[4] = r.x[4];
}

/*
 * DISASM disasm_smccc_1_1 9 10: the generic 1.1 form reads x0-x7 from memory
 * and stores x0-x3: mov (save out); ldp x2; ldp x4; ldp x6; ldp x0 last;
 * hvc; stp; stp; ret. gcc 12 and clang 14 both load x0 early and spend one
 * extra mov: register allocation, not conduit overhead.
 */
void disasm_smccc_1_1(const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out)
{
	armcvm_smccc_1_1(&hvc, in, out);
}
