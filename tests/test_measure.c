/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#include "armcvm_test.h"
int main(void) { return 0; }
