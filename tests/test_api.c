/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Links the SHARED library only (c-rbtree's test-api): the exported
 * functions resolve through the dynamic symbol table. The export list
 * itself (nothing but armcvm_*) is checked by scripts/check-exports.sh.
 */
#include <stdio.h>

#include <armcvm/armcvm.h>

int main(void)
{
	struct armcvm_smccc_fid f;
	int bad = 0;

	bad |= armcvm_strerror(0) == NULL;
	bad |= armcvm_smccc_fid_decode(0xC4000150U, &f) != 0;
	bad |= armcvm_smccc_ret_name(0) == NULL;
	printf("1..1\n%s 1 - shared library exports resolve\n",
	       bad ? "not ok" : "ok");
	return bad;
}
