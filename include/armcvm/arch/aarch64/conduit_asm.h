/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_ARCH_AARCH64_CONDUIT_ASM_H
#define ARMCVM_ARCH_AARCH64_CONDUIT_ASM_H
/*
 * armcvm - the only inline assembly in armcvm: smc #0 / hvc #0 with the
 * SMCCC registers bound (Linux __arm_smccc_1_1, Hafnium smc_internal_ext).
 *
 * Included by conduit.h on aarch64 only. Not part of the API: use
 * armcvm_conduit_invoke().
 *
 * Three operand shapes, the smallest that fits the call:
 *  - SMCCC 1.1 (at most 8 argument and 4 result registers): x0-x3 are
 *    read and written, x4-x7 are read; the callee preserves x4-x17.
 *  - up to 15 registers: x0-x14 read and written (SMCCC 1.2 preserves the
 *    registers it does not use for results).
 *  - all 18 (the generic SMCCC 1.2 form): through memory, because 18
 *    read-write operands exceed GCC's limit of 30 asm operands.
 * Every asm statement is volatile (it has effects the compiler cannot see,
 * and without volatile GCC may drop it when results are unused) and
 * clobbers "memory" (arguments are often addresses of structures the caller
 * just wrote, e.g. RmiRealmParams).
 *
 * A register the call does not take as an argument gets its value from an
 * empty asm ("out of thin air"): the callee may read whatever is there, and
 * no instruction is spent zeroing it. Each such asm names its register in
 * a comment so that the strings differ: GCC would otherwise merge the
 * identical statements into one value and copy it into every register. Linux's wrappers leave such registers
 * undefined in the same way; DEN0137 B1.2 calls them SBZ, which TF-RMM does
 * not check.
 */

#if !defined(__aarch64__)
#error "conduit_asm.h is for aarch64 only"
#endif

#include <armcvm/env.h>
#include <armcvm/smccc.h>

/* Bind xK as an input when K < nin, else as an unconstrained value. */
#define ARMCVM_ARCH_IN(k)						\
	register uint64_t r##k __asm__("x" #k);				\
	if ((k) < nin) {						\
		r##k = in->x[k];					\
	} else {							\
		__asm__("/* x" #k " */" : "=r"(r##k));		\
	}

#define ARMCVM_ARCH_OUT(k)						\
	if ((k) < nout) {						\
		out->x[k] = r##k;					\
	}

#define ARMCVM_ARCH_OPS_1_1						\
	"+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3)				\
	: "r"(r4), "r"(r5), "r"(r6), "r"(r7)				\
	: "memory"

/* 15 registers read and written: 30 operands, GCC's maximum per asm. */
#define ARMCVM_ARCH_OPS_15						\
	"+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5),	\
	"+r"(r6), "+r"(r7), "+r"(r8), "+r"(r9), "+r"(r10), "+r"(r11),	\
	"+r"(r12), "+r"(r13), "+r"(r14)					\
	:								\
	: "memory"

/* All 18 registers through memory (Linux arm_smccc_1_2_smc does the same). */
#define ARMCVM_ARCH_FULL_BODY(insn)					\
	"ldp x0, x1, [%[a], #0]\n\tldp x2, x3, [%[a], #16]\n\t"	\
	"ldp x4, x5, [%[a], #32]\n\tldp x6, x7, [%[a], #48]\n\t"	\
	"ldp x8, x9, [%[a], #64]\n\tldp x10, x11, [%[a], #80]\n\t"	\
	"ldp x12, x13, [%[a], #96]\n\tldp x14, x15, [%[a], #112]\n\t"	\
	"ldp x16, x17, [%[a], #128]\n\t"				\
	insn "\n\t"							\
	"stp x0, x1, [%[r], #0]\n\tstp x2, x3, [%[r], #16]\n\t"	\
	"stp x4, x5, [%[r], #32]\n\tstp x6, x7, [%[r], #48]\n\t"	\
	"stp x8, x9, [%[r], #64]\n\tstp x10, x11, [%[r], #80]\n\t"	\
	"stp x12, x13, [%[r], #96]\n\tstp x14, x15, [%[r], #112]\n\t"	\
	"stp x16, x17, [%[r], #128]"

#define ARMCVM_ARCH_FULL_OPS						\
	:								\
	: [a] "r"(in), [r] "r"(&res)					\
	: "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",	\
	  "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory"

/*
 * armcvm_arch_call_1_1_() - smc/hvc with x0-x7 in and x0-x3 out
 * @in: registers x0..x(nin-1) are passed
 * @out: registers x0..x(nout-1) are written back
 * @nin: 1..8
 * @nout: 1..4
 * @hvc: issue hvc #0 instead of smc #0
 */
static inline __attribute__((always_inline)) void
armcvm_arch_call_1_1_(const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out, unsigned int nin,
		      unsigned int nout, bool hvc)
{
	ARMCVM_ARCH_IN(0)
	ARMCVM_ARCH_IN(1)
	ARMCVM_ARCH_IN(2)
	ARMCVM_ARCH_IN(3)
	ARMCVM_ARCH_IN(4)
	ARMCVM_ARCH_IN(5)
	ARMCVM_ARCH_IN(6)
	ARMCVM_ARCH_IN(7)

	if (hvc) {
		__asm__ volatile("hvc #0" : ARMCVM_ARCH_OPS_1_1);
	} else {
		__asm__ volatile("smc #0" : ARMCVM_ARCH_OPS_1_1);
	}

	ARMCVM_ARCH_OUT(0)
	ARMCVM_ARCH_OUT(1)
	ARMCVM_ARCH_OUT(2)
	ARMCVM_ARCH_OUT(3)
}

/*
 * armcvm_arch_call_15_() - smc/hvc binding x0-x14 both ways
 * @in: registers x0..x(nin-1) are passed
 * @out: registers x0..x(nout-1) are written back
 * @nin: 1..15
 * @nout: 1..15
 * @hvc: issue hvc #0 instead of smc #0
 *
 * SMCCC 1.2: x4-x17 may carry results and are otherwise preserved, so
 * registers above x14 need no binding for calls this size.
 */
static inline __attribute__((always_inline)) void
armcvm_arch_call_15_(const struct armcvm_smccc_regs *in,
		     struct armcvm_smccc_regs *out, unsigned int nin,
		     unsigned int nout, bool hvc)
{
	ARMCVM_ARCH_IN(0)
	ARMCVM_ARCH_IN(1)
	ARMCVM_ARCH_IN(2)
	ARMCVM_ARCH_IN(3)
	ARMCVM_ARCH_IN(4)
	ARMCVM_ARCH_IN(5)
	ARMCVM_ARCH_IN(6)
	ARMCVM_ARCH_IN(7)
	ARMCVM_ARCH_IN(8)
	ARMCVM_ARCH_IN(9)
	ARMCVM_ARCH_IN(10)
	ARMCVM_ARCH_IN(11)
	ARMCVM_ARCH_IN(12)
	ARMCVM_ARCH_IN(13)
	ARMCVM_ARCH_IN(14)

	if (hvc) {
		__asm__ volatile("hvc #0" : ARMCVM_ARCH_OPS_15);
	} else {
		__asm__ volatile("smc #0" : ARMCVM_ARCH_OPS_15);
	}

	ARMCVM_ARCH_OUT(0)
	ARMCVM_ARCH_OUT(1)
	ARMCVM_ARCH_OUT(2)
	ARMCVM_ARCH_OUT(3)
	ARMCVM_ARCH_OUT(4)
	ARMCVM_ARCH_OUT(5)
	ARMCVM_ARCH_OUT(6)
	ARMCVM_ARCH_OUT(7)
	ARMCVM_ARCH_OUT(8)
	ARMCVM_ARCH_OUT(9)
	ARMCVM_ARCH_OUT(10)
	ARMCVM_ARCH_OUT(11)
	ARMCVM_ARCH_OUT(12)
	ARMCVM_ARCH_OUT(13)
	ARMCVM_ARCH_OUT(14)
}

/*
 * armcvm_arch_call_full_() - smc/hvc with all of x0-x17 in and out
 * @in: all 18 registers are passed (x[nin..17] should be zero)
 * @out: registers x0..x(nout-1) are written back
 * @nout: 1..18
 * @hvc: issue hvc #0 instead of smc #0
 *
 * More than 15 bound registers exceed GCC's 30 asm operands, so this form
 * moves the registers through memory inside the asm.
 */
static inline __attribute__((always_inline)) void
armcvm_arch_call_full_(const struct armcvm_smccc_regs *in,
		       struct armcvm_smccc_regs *out, unsigned int nout,
		       bool hvc)
{
	struct armcvm_smccc_regs res;
	unsigned int i;

	if (hvc) {
		__asm__ volatile(ARMCVM_ARCH_FULL_BODY("hvc #0")
				 ARMCVM_ARCH_FULL_OPS);
	} else {
		__asm__ volatile(ARMCVM_ARCH_FULL_BODY("smc #0")
				 ARMCVM_ARCH_FULL_OPS);
	}
	/*
	 * The asm stores res (stp through %[r], "memory" clobber), which
	 * clang's analyzer does not model.
	 */
	for (i = 0; i < nout; i++) {
		/* NOLINTNEXTLINE(clang-analyzer-core.uninitialized.Assign) */
		out->x[i] = res.x[i];
	}
}

/*
 * armcvm_arch_call_() - pick the smallest operand shape for the call
 * (folds away when @nin and @nout are constants).
 */
static inline __attribute__((always_inline)) void
armcvm_arch_call_(const struct armcvm_smccc_regs *in,
		  struct armcvm_smccc_regs *out, unsigned int nin,
		  unsigned int nout, bool hvc)
{
	if (nin <= ARMCVM_SMCCC_1_1_ARG_REGS &&
	    nout <= ARMCVM_SMCCC_1_1_RES_REGS) {
		armcvm_arch_call_1_1_(in, out, nin, nout, hvc);
	} else if (nin <= 15 && nout <= 15) {
		armcvm_arch_call_15_(in, out, nin, nout, hvc);
	} else {
		armcvm_arch_call_full_(in, out, nout, hvc);
	}
}

#endif /* ARMCVM_ARCH_AARCH64_CONDUIT_ASM_H */
