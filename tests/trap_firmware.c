/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SIGILL-driven test firmware (see trap_firmware.h).
 */
#if defined(__aarch64__)
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>

#include "trap_firmware.h"

/* A64 encodings: SMC #imm16 = 0xD4000003 | imm16 << 5, HVC = ...02. */
#define INSN_SMC0	0xD4000003U
#define INSN_HVC0	0xD4000002U

static trap_firmware_fn *trap_fn;
static void *trap_ctx;
static unsigned long trap_calls;
static struct sigaction trap_old;

static void trap_handler(int sig, siginfo_t *info, void *uctx)
{
	ucontext_t *uc = uctx;
	struct armcvm_smccc_regs regs;
	uint32_t insn;
	unsigned int i;

	(void)sig;
	(void)info;
	/* The saved PC is the address of the trapping instruction. */
	/* NOLINTNEXTLINE(performance-no-int-to-ptr) */
	memcpy(&insn, (const void *)uc->uc_mcontext.pc, sizeof(insn));
	if (insn != INSN_SMC0 && insn != INSN_HVC0) {
		/* A genuine illegal instruction: die as the default would. */
		(void)signal(SIGILL, SIG_DFL);
		return;
	}
	for (i = 0; i < 18; i++) {
		regs.x[i] = uc->uc_mcontext.regs[i];
	}
	trap_fn(trap_ctx, insn == INSN_HVC0, &regs);
	for (i = 0; i < 18; i++) {
		uc->uc_mcontext.regs[i] = regs.x[i];
	}
	uc->uc_mcontext.pc += 4;
	trap_calls++;
}

int trap_firmware_install(trap_firmware_fn *fn, void *ctx)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = trap_handler;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	trap_fn = fn;
	trap_ctx = ctx;
	trap_calls = 0;
	return sigaction(SIGILL, &sa, &trap_old);
}

void trap_firmware_remove(void)
{
	sigaction(SIGILL, &trap_old, NULL);
	trap_fn = NULL;
	trap_ctx = NULL;
}

unsigned long trap_firmware_count(void)
{
	return trap_calls;
}
#else
/* Nothing to trap on other architectures; keep the TU non-empty. */
typedef int trap_firmware_unused;
#endif
