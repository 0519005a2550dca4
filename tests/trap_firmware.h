/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TRAP_FIRMWARE_H
#define ARMCVM_TRAP_FIRMWARE_H
/*
 * Test "firmware" for aarch64 Linux user mode (qemu-aarch64 or real
 * hardware): smc #0 and hvc #0 are undefined at EL0 and raise SIGILL. The
 * handler reads x0-x17 from the signal context, lets a handler function
 * answer, writes the registers back and steps over the instruction.
 *
 * This lets the real inline-assembly conduits run against a mock or against
 * armcvm's software models. Hosted, test-only code.
 */
#include <stdbool.h>

#include <armcvm/smccc.h>

/*
 * Answer one trapped call. @regs holds x0-x17 at the trap and is written
 * back to x0-x17; @hvc tells hvc #0 from smc #0.
 */
typedef void trap_firmware_fn(void *ctx, bool hvc,
			      struct armcvm_smccc_regs *regs);

#if defined(__aarch64__)
/* Install the SIGILL handler; returns 0 or -1. Not thread-safe. */
int trap_firmware_install(trap_firmware_fn *fn, void *ctx);
/* Restore the previous SIGILL disposition. */
void trap_firmware_remove(void);
/* Number of calls trapped since install. */
unsigned long trap_firmware_count(void);
#endif

#endif /* ARMCVM_TRAP_FIRMWARE_H */
