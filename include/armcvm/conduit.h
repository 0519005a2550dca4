/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_CONDUIT_H
#define ARMCVM_CONDUIT_H
/*
 * armcvm - how a call reaches firmware or a hypervisor.
 *
 * Every call wrapper in armcvm takes an explicit conduit. Why not one
 * conduit per build, as TF-RMM (smc.S or the fake-host harness) and Hafnium
 * (link-time ffa_call) do: armcvm's users put real firmware, a recording
 * mock and armcvm's own software models (RMM, pKVM) into one program, side
 * by side. Linux's enum arm_smccc_conduit, with its NONE value, is the model
 * for the kind. The CALLBACK kind is the one place armcvm uses a function
 * pointer.
 *
 * Zero overhead: armcvm_conduit_invoke() is static inline. Given a conduit
 * whose kind is a compile-time constant (a static const SMC or HVC conduit)
 * and constant register counts, it folds to argument moves, smc #0 / hvc #0
 * and result moves (checked by tests/check_disasm.sh).
 */

#include <armcvm/env.h>
#include <armcvm/smccc.h>

#if defined(__aarch64__)
#include <armcvm/arch/aarch64/conduit_asm.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * enum armcvm_conduit_kind - how a conduit issues a call
 * @ARMCVM_CONDUIT_NONE: no conduit; every call yields SMCCC NOT_SUPPORTED
 *	(-1) in x0 and zero in the other result registers
 * @ARMCVM_CONDUIT_SMC: smc #0 (aarch64 builds only; elsewhere as NONE)
 * @ARMCVM_CONDUIT_HVC: hvc #0 (aarch64 builds only; elsewhere as NONE)
 * @ARMCVM_CONDUIT_CALLBACK: call(ctx, in, out): a mock, an emulator or one
 *	of armcvm's software models
 */
enum armcvm_conduit_kind {
	ARMCVM_CONDUIT_NONE = 0,
	ARMCVM_CONDUIT_SMC = 1,
	ARMCVM_CONDUIT_HVC = 2,
	ARMCVM_CONDUIT_CALLBACK = 3,
};

/**
 * struct armcvm_conduit - a way to issue SMCCC calls
 * @kind: see enum armcvm_conduit_kind
 * @call: CALLBACK only. Receives the argument registers in @in; @out arrives
 *	holding a copy of @in (SMCCC 1.1/1.2 preserve registers the callee
 *	does not use for results) and the callee writes its results there.
 *	A NULL @call behaves as ARMCVM_CONDUIT_NONE.
 * @ctx: CALLBACK only: passed to @call unchanged (a model's state, a mock's
 *	recording buffer).
 */
struct armcvm_conduit {
	enum armcvm_conduit_kind kind;
	void (*call)(void *ctx, const struct armcvm_smccc_regs *in,
		     struct armcvm_smccc_regs *out);
	void *ctx;
};

/* Initialisers for the instruction conduits, usable in C and C++. */
#define ARMCVM_CONDUIT_INIT_SMC	{ ARMCVM_CONDUIT_SMC, NULL, NULL }
#define ARMCVM_CONDUIT_INIT_HVC	{ ARMCVM_CONDUIT_HVC, NULL, NULL }
#define ARMCVM_CONDUIT_INIT_CALLBACK(fn, ctx)				\
	{ ARMCVM_CONDUIT_CALLBACK, (fn), (ctx) }

/**
 * armcvm_conduit_is_usable() - Can this conduit issue a call on this build?
 * @c: conduit (may be NULL)
 *
 * Return: true for SMC/HVC on aarch64 and for CALLBACK with a function;
 *	   false otherwise (those calls yield NOT_SUPPORTED).
 */
static inline bool armcvm_conduit_is_usable(const struct armcvm_conduit *c)
{
	if (c == NULL) {
		return false;
	}
	switch (c->kind) {
	case ARMCVM_CONDUIT_SMC:
	case ARMCVM_CONDUIT_HVC:
#if defined(__aarch64__)
		return true;
#else
		return false;
#endif
	case ARMCVM_CONDUIT_CALLBACK:
		return c->call != NULL;
	case ARMCVM_CONDUIT_NONE:
	default:
		return false;
	}
}

/**
 * armcvm_conduit_invoke() - Issue one call
 * @c: conduit; NULL behaves as ARMCVM_CONDUIT_NONE
 * @in: argument registers; x[0] is the function identifier
 * @out: result registers; may alias @in
 * @nin: number of argument registers the call uses, x0 included (1..18)
 * @nout: number of result registers to write back, x0 included (1..18)
 *
 * Only out->x[0 .. @nout - 1] are written. When the call cannot be issued
 * (NONE, an instruction conduit on a non-aarch64 build, a CALLBACK without a
 * function), out->x[0] is SMCCC NOT_SUPPORTED and the other result registers
 * are zero: a defined result, as Linux's __fail_smccc_1_1.
 *
 * Locking: none; the conduit is read only. A CALLBACK's own locking is the
 * callee's business.
 */
static inline __attribute__((always_inline)) void
armcvm_conduit_invoke(const struct armcvm_conduit *c,
		      const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out, unsigned int nin,
		      unsigned int nout)
{
	struct armcvm_smccc_regs res;
	unsigned int i;

	(void)nin; /* only the instruction conduits need it */
	if (nout > ARMCVM_SMCCC_REG_COUNT) {
		nout = ARMCVM_SMCCC_REG_COUNT;
	}
	switch (c != NULL ? c->kind : ARMCVM_CONDUIT_NONE) {
#if defined(__aarch64__)
	case ARMCVM_CONDUIT_SMC:
		armcvm_arch_call_(in, out, nin, nout, false);
		return;
	case ARMCVM_CONDUIT_HVC:
		armcvm_arch_call_(in, out, nin, nout, true);
		return;
#endif
	case ARMCVM_CONDUIT_CALLBACK:
		if (c->call != NULL) {
			res = *in;
			c->call(c->ctx, in, &res);
			for (i = 0; i < nout; i++) {
				out->x[i] = res.x[i];
			}
			return;
		}
		break;
	default:
		break;
	}
	out->x[0] = (uint64_t)(int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED;
	for (i = 1; i < nout; i++) {
		out->x[i] = 0;
	}
}

/**
 * armcvm_smccc_1_1() - SMCCC 1.1 call: x0-x7 in, x0-x3 out
 * @c: conduit
 * @in: x[0] function identifier, x[1..7] arguments
 * @out: x[0..3] receive the results; x[4..17] are not written
 */
static inline __attribute__((always_inline)) void
armcvm_smccc_1_1(const struct armcvm_conduit *c,
		 const struct armcvm_smccc_regs *in,
		 struct armcvm_smccc_regs *out)
{
	armcvm_conduit_invoke(c, in, out, ARMCVM_SMCCC_1_1_ARG_REGS,
			      ARMCVM_SMCCC_1_1_RES_REGS);
}

/**
 * armcvm_smccc_1_2() - SMCCC 1.2 call: x0-x17 in and out
 * @c: conduit
 * @in: x[0] function identifier, x[1..17] arguments
 * @out: x[0..17] receive the results
 */
static inline __attribute__((always_inline)) void
armcvm_smccc_1_2(const struct armcvm_conduit *c,
		 const struct armcvm_smccc_regs *in,
		 struct armcvm_smccc_regs *out)
{
	armcvm_conduit_invoke(c, in, out, ARMCVM_SMCCC_REG_COUNT,
			      ARMCVM_SMCCC_REG_COUNT);
}

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_CONDUIT_H */
