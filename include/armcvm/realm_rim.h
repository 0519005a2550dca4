/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_REALM_RIM_H
#define ARMCVM_REALM_RIM_H
/*
 * armcvm - offline prediction of a realm plan's Realm Initial Measurement.
 *
 * Replays the RIM-extending steps of a plan (realm_plan.h) with the
 * measurement arithmetic of measure.h: REALM_CREATE (RimInit), one RIPAS
 * descriptor per RTT entry an RTT_INIT_RIPAS covers, DATA_CREATE per
 * granule, REC_CREATE of runnable RECs (S10 A7.1.1; rmi.md 5). Image bytes
 * are pulled 4 KiB at a time through a callback, so an image never has to
 * be in memory at once.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/measure.h>
#include <armcvm/realm_plan.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * struct armcvm_realm_rim_source - where image bytes come from
 * @read: copy @len bytes (1..4096) of image @image from byte @offset into
 *	  @buf; return 0 or a negative armcvm error. The predictor zero-fills
 *	  the rest of the granule past the image's end.
 * @ctx: passed to @read
 * @buf: scratch buffer owned by the caller, @buf_granules * 4096 bytes
 * @buf_granules: granules @buf holds (0 counts as 1). With more, the
 *	predictor reads that many granules of consecutive measured
 *	DATA_CREATE steps (up to ARMCVM_RIM_BATCH) and digests them together
 *	(armcvm_rim_granule_digests()): ARMCVM_RIM_BATCH is the fast choice.
 */
struct armcvm_realm_rim_source {
	int (*read)(void *ctx, uint32_t image, uint64_t offset, uint8_t *buf,
		    size_t len);
	void *ctx;
	uint8_t *buf;
	uint32_t buf_granules;
};

/**
 * armcvm_realm_rim_predict() - RIM a plan produces
 * @params: the RmiRealmParams the plan passes to REALM_CREATE
 * @layout: the layout the plan was built from
 * @plan: the plan, creation steps stored (@plan->create_count)
 * @src: image bytes (may be NULL when no image is measured)
 * @rim: result
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL for NULL arguments, a plan whose creation steps
 *	   are not stored, a measured image without @src, or an unsupported
 *	   hash_algo;
 *	   -ARMCVM_ERR_INVAL for a step naming an image or vCPU @layout does
 *	   not have, a DATA_CREATE offset at or past its image's end, or an
 *	   RTT_INIT_RIPAS level outside -1..3;
 *	   any error returned by @src->read;
 *	   the errors of armcvm_rim_extend_*() for malformed steps.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_realm_rim_predict(const struct armcvm_rmi_realm_params *params,
			 const struct armcvm_realm_layout *layout,
			 const struct armcvm_realm_plan *plan,
			 const struct armcvm_realm_rim_source *src,
			 struct armcvm_measurement *rim);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_REALM_RIM_H */
