/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RIM predictor: replay a plan's measured steps (rmi.md 5.2-5.5).
 */
#include <armcvm/realm_rim.h>

static int measure_data(struct armcvm_hash_ctx *h,
			const struct armcvm_realm_layout *l,
			const struct armcvm_realm_op *op,
			const struct armcvm_realm_rim_source *src,
			struct armcvm_measurement *rim)
{
	const struct armcvm_realm_image *im = &l->images[op->index];
	struct armcvm_measurement content;
	uint64_t left;
	size_t len;
	int ret;

	if (!im->measured) {
		return armcvm_rim_extend_data(h, rim, op->ipa,
					      ARMCVM_RMI_NO_MEASURE_CONTENT,
					      NULL);
	}
	if (src == NULL || src->read == NULL || src->buf == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	left = im->size - op->arg;
	len = left < ARMCVM_RIM_GRANULE_SIZE ? (size_t)left :
	      ARMCVM_RIM_GRANULE_SIZE;
	ret = src->read(src->ctx, op->index, op->arg, src->buf, len);
	if (ret != 0) {
		return ret;
	}
	if (len < ARMCVM_RIM_GRANULE_SIZE) {
		ARMCVM_MEMSET(src->buf + len, 0, ARMCVM_RIM_GRANULE_SIZE - len);
	}
	ret = armcvm_rim_granule_digest(h, src->buf, &content);
	if (ret != 0) {
		return ret;
	}
	return armcvm_rim_extend_data(h, rim, op->ipa,
				      ARMCVM_RMI_MEASURE_CONTENT, &content);
}

static int measure_ripas(struct armcvm_hash_ctx *h,
			 const struct armcvm_realm_op *op,
			 struct armcvm_measurement *rim)
{
	/* One descriptor per RTT entry at the op's level (rmi.md 5.5). */
	uint64_t size = ARMCVM_ULL(1) <<
			(12U + 9U * (unsigned int)(3 - op->level));
	uint64_t b;

	for (b = op->ipa; b < op->arg; b += size) {
		int ret = armcvm_rim_extend_ripas(h, rim, b, b + size);

		if (ret != 0) {
			return ret;
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
	size_t i;
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
	for (i = 0; i < plan->create_count && ret == 0; i++) {
		const struct armcvm_realm_op *op = &plan->ops[i];
		const struct armcvm_realm_vcpu *v;

		switch (op->cmd) {
		case ARMCVM_REALM_OP_REALM_CREATE:
			ret = armcvm_rim_init(rim, &rp);
			break;
		case ARMCVM_REALM_OP_INIT_RIPAS:
			ret = measure_ripas(&h, op, rim);
			break;
		case ARMCVM_REALM_OP_DATA_CREATE:
			ret = measure_data(&h, layout, op, src, rim);
			break;
		case ARMCVM_REALM_OP_REC_CREATE:
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
