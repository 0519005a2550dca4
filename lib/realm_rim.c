/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RIM predictor: replay a plan's measured steps (rmi.md 5.2-5.5).
 */
#include <armcvm/realm_rim.h>

/* The image a DATA_CREATE step copies from, if the step is well-formed. */
static const struct armcvm_realm_image *
step_image(const struct armcvm_realm_layout *l, const struct armcvm_realm_op *op)
{
	if (l->images == NULL || op->index >= l->num_images ||
	    op->arg >= l->images[op->index].size) {
		return NULL;
	}
	return &l->images[op->index];
}

/*
 * Granule @op of a measured image into @slot: what the image holds at the
 * step's offset, zeros past the image's end.
 */
static int read_granule(const struct armcvm_realm_image *im,
			const struct armcvm_realm_op *op,
			const struct armcvm_realm_rim_source *src,
			uint8_t *slot)
{
	uint64_t left = im->size - op->arg;
	size_t len = left < ARMCVM_RIM_GRANULE_SIZE ? (size_t)left :
		     ARMCVM_RIM_GRANULE_SIZE;
	int ret = src->read(src->ctx, op->index, op->arg, slot, len);

	if (ret == 0 && len < ARMCVM_RIM_GRANULE_SIZE) {
		ARMCVM_MEMSET(slot + len, 0, ARMCVM_RIM_GRANULE_SIZE - len);
	}
	return ret;
}

/* Steps that extend or set the RIM (rmi.md 5.2-5.5); the rest do not. */
static bool touches_rim(uint8_t cmd)
{
	return cmd == ARMCVM_REALM_OP_REALM_CREATE ||
	       cmd == ARMCVM_REALM_OP_INIT_RIPAS ||
	       cmd == ARMCVM_REALM_OP_DATA_CREATE ||
	       cmd == ARMCVM_REALM_OP_REC_CREATE;
}

/*
 * DATA_CREATE steps from @ops (@left steps remain): an unmeasured one
 * alone, or measured ones up to the source buffer's granules (at most
 * ARMCVM_RIM_BATCH), passing over the steps between them that leave the
 * RIM alone (delegations, RTT_CREATE). Their granules are digested
 * together, then extend the RIM in plan order. *@done = steps consumed.
 */
static int measure_data(struct armcvm_hash_ctx *h,
			const struct armcvm_realm_layout *l,
			const struct armcvm_realm_op *ops, size_t left,
			const struct armcvm_realm_rim_source *src,
			struct armcvm_measurement *rim, size_t *done)
{
	struct armcvm_measurement content[ARMCVM_RIM_BATCH];
	const void *slot[ARMCVM_RIM_BATCH];
	size_t step[ARMCVM_RIM_BATCH];
	const struct armcvm_realm_image *im = step_image(l, &ops[0]);
	size_t max, n = 0, j, k;
	int ret = 0;

	*done = 1;
	if (im == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!im->measured) {
		return armcvm_rim_extend_data(h, rim, ops[0].ipa,
					      ARMCVM_RMI_NO_MEASURE_CONTENT,
					      NULL);
	}
	if (src == NULL || src->read == NULL || src->buf == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	max = src->buf_granules == 0 ? 1 :
	      src->buf_granules < ARMCVM_RIM_BATCH ? src->buf_granules :
	      ARMCVM_RIM_BATCH;
	for (j = 0; ret == 0 && j < left && n < max; j++) {
		uint8_t *p = src->buf + n * ARMCVM_RIM_GRANULE_SIZE;

		if (j > 0) {
			if (ops[j].cmd != ARMCVM_REALM_OP_DATA_CREATE) {
				if (touches_rim(ops[j].cmd)) {
					break;
				}
				continue;
			}
			im = step_image(l, &ops[j]);
			if (im == NULL || !im->measured) {
				break;	/* the next call handles this step */
			}
		}
		ret = read_granule(im, &ops[j], src, p);
		slot[n] = p;
		step[n++] = j;
	}
	*done = j;
	if (ret == 0) {
		ret = armcvm_rim_granule_digests(h, slot, n, content);
	}
	for (k = 0; k < n && ret == 0; k++) {
		ret = armcvm_rim_extend_data(h, rim, ops[step[k]].ipa,
					     ARMCVM_RMI_MEASURE_CONTENT,
					     &content[k]);
	}
	return ret;
}

static int measure_ripas(struct armcvm_hash_ctx *h,
			 const struct armcvm_realm_op *op,
			 struct armcvm_measurement *rim)
{
	uint64_t size, b;

	if (op->level < -1 || op->level > 3) {
		return -ARMCVM_ERR_INVAL;
	}
	/* One descriptor per RTT entry at the op's level (rmi.md 5.5). */
	size = ARMCVM_ULL(1) << (12U + 9U * (unsigned int)(3 - op->level));
	for (b = op->ipa; b < op->arg; b += size) {
		int ret = armcvm_rim_extend_ripas(h, rim, b, b + size);

		if (ret != 0) {
			return ret;
		}
		if (b > UINT64_MAX - size) {
			break;	/* the last entry ends at 2^64 */
		}
	}
	return 0;
}

int armcvm_realm_rim_predict(const struct armcvm_rmi_realm_params *params,
			     const struct armcvm_realm_layout *layout,
			     const struct armcvm_realm_plan *plan,
			     const struct armcvm_realm_rim_source *src,
			     struct armcvm_measurement *rim)
{
	struct armcvm_rim_realm_params rp;
	struct armcvm_hash_ctx h;
	size_t i, done;
	int ret;

	if (params == NULL || layout == NULL || plan == NULL || rim == NULL ||
	    plan->ops == NULL || plan->create_count > plan->capacity) {
		return -ARMCVM_ERR_INVAL;
	}
	rp.flags = params->flags;
	rp.s2sz = params->s2sz;
	rp.sve_vl = params->sve_vl;
	rp.num_bps = params->num_bps;
	rp.num_wps = params->num_wps;
	rp.pmu_num_ctrs = params->pmu_num_ctrs;
	rp.hash_algo = params->hash_algo;
	/* One implementation choice for the whole realm (measure.h). */
	ret = armcvm_hash_init(&h, params->hash_algo);
	for (i = 0; i < plan->create_count && ret == 0; i += done) {
		const struct armcvm_realm_op *op = &plan->ops[i];
		const struct armcvm_realm_vcpu *v;

		done = 1;
		switch (op->cmd) {
		case ARMCVM_REALM_OP_REALM_CREATE:
			ret = armcvm_rim_init(rim, &rp);
			break;
		case ARMCVM_REALM_OP_INIT_RIPAS:
			ret = measure_ripas(&h, op, rim);
			break;
		case ARMCVM_REALM_OP_DATA_CREATE:
			ret = measure_data(&h, layout, op,
					   plan->create_count - i, src, rim,
					   &done);
			break;
		case ARMCVM_REALM_OP_REC_CREATE:
			if (layout->vcpus == NULL ||
			    op->index >= layout->num_vcpus) {
				return -ARMCVM_ERR_INVAL;
			}
			v = &layout->vcpus[op->index];
			ret = armcvm_rim_extend_rec(&h, rim,
					v->runnable ? ARMCVM_RMI_RUNNABLE :
					ARMCVM_RMI_NOT_RUNNABLE, v->pc,
					v->gprs);
			break;
		default:
			break;
		}
	}
	return ret;
}
