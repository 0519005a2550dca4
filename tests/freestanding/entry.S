/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/* Bare-metal entry: a stack, then C. */
	.section .text.entry, "ax"
	.global armcvm_image_entry
armcvm_image_entry:
	ldr	x0, =armcvm_image_stack_top
	mov	sp, x0
	b	armcvm_image_main
