/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Links every generated single-header translation unit (C11 and C++). The
 * test is that they compiled; running it confirms the link.
 */
#include <stdio.h>

int main(void)
{
	printf("1..1\nok 1 - every public header compiles alone as C11 and C++\n");
	return 0;
}
