/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_MEASURE_INTERNAL_H
#define ARMCVM_MEASURE_INTERNAL_H
/*
 * measure.c entry points for the software RMM only (not exported).
 */
#include <armcvm/measure.h>

/* armcvm_rim_extend_rec() without refusing SBZ bits of @flags: the RMM
 * measures the flags word as the host wrote it. Same returns otherwise. */
int armcvm_rim_extend_rec_any_flags_(struct armcvm_hash_ctx *h,
				     struct armcvm_measurement *rim,
				     uint64_t flags, uint64_t pc,
				     const uint64_t gprs[8]);

#endif /* ARMCVM_MEASURE_INTERNAL_H */
