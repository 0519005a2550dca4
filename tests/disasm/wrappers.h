/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TEST_DISASM_WRAPPERS_H
#define ARMCVM_TEST_DISASM_WRAPPERS_H
#include <armcvm/armcvm.h>

uint64_t disasm_smccc_version(void);
uint64_t disasm_one_arg(uint64_t addr);
void disasm_five_results(uint64_t unused, uint64_t a1, uint64_t a2,
			 uint64_t a3, uint64_t *out);
void disasm_smccc_1_1(const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out);
#endif
