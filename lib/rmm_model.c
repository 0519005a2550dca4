/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: set-up, the RMI dispatcher (RMI_VERSION and RMI_FEATURES
 * live here), host access to NS memory and the test-harness queue.
 */
#include "rmm_internal.h"

int armcvm_rmm_model_init(struct armcvm_rmm_model *m,
			  const struct armcvm_rmm_platform *plat,
			  struct armcvm_rmm_mem_range *ranges,
			  unsigned int nranges, uint64_t *vmid_map,
			  size_t vmid_words)
{
	uint64_t s2sz, i;
	unsigned int a, b;
	int rc;

	if (m == NULL || plat == NULL || ranges == NULL || vmid_map == NULL ||
	    nranges == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	s2sz = plat->features0 & 0xFFU;
	if ((plat->vmid_bits != 8U && plat->vmid_bits != 16U) ||
	    plat->pa_bits < 32U || plat->pa_bits > RMM_OA_BITS ||
	    plat->rec_aux_count > ARMCVM_RMM_MAX_REC_AUX || s2sz < 32U ||
	    s2sz > RMM_OA_BITS) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((plat->features0 >> ARMCVM_RMI_FEAT0_RES0_SHIFT) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	if (((plat->features0 >> ARMCVM_RMI_FEAT0_LPA2_SHIFT) & 1U) != 0) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	for (a = 0; a < nranges; a++) {
		const struct armcvm_rmm_mem_range *r = &ranges[a];
		uint64_t end;

		if (r->bytes == NULL || r->gran == NULL || r->granules == 0) {
			return -ARMCVM_ERR_INVAL;
		}
		if (!rmm_aligned(r->base, RMM_GSIZE) ||
		    ((uintptr_t)r->bytes & 7U) != 0) {
			return -ARMCVM_ERR_ALIGN;
		}
		end = r->base + (r->granules << RMM_GSHIFT);
		if (r->granules > (ARMCVM_ULL(1) << (plat->pa_bits - 12U)) ||
		    end < r->base || end > (ARMCVM_ULL(1) << plat->pa_bits)) {
			return -ARMCVM_ERR_RANGE;
		}
		for (b = 0; b < a; b++) {
			uint64_t bend = ranges[b].base +
					(ranges[b].granules << RMM_GSHIFT);

			if (r->base < bend && ranges[b].base < end) {
				return -ARMCVM_ERR_RANGE;
			}
		}
	}
	if (vmid_words < armcvm_rmm_model_vmid_words(plat->vmid_bits)) {
		return -ARMCVM_ERR_NOSPACE;
	}
	ARMCVM_MEMSET(m, 0, sizeof(*m));
	m->plat = *plat;
	m->ranges = ranges;
	m->nranges = nranges;
	m->vmid_map = vmid_map;
	for (i = 0; i < vmid_words; i++) {
		vmid_map[i] = 0;
	}
	/* Both algorithms always have an implementation (sha2.h). */
	rc = armcvm_hash_init(&m->hash[ARMCVM_RMI_HASH_SHA_256],
			      ARMCVM_HASH_SHA256);
	rc |= armcvm_hash_init(&m->hash[ARMCVM_RMI_HASH_SHA_512],
			       ARMCVM_HASH_SHA512);
	ARMCVM_ASSERT(rc == 0);
	(void)rc;
	for (a = 0; a < nranges; a++) {
		for (i = 0; i < ranges[a].granules; i++) {
			ranges[a].gran[i].state = ARMCVM_RMM_GRANULE_UNDELEGATED;
			ranges[a].gran[i].refcount = 0;
		}
	}
	return 0;
}

/*
 * RMI_VERSION (S10 B4.3.23; T10 runtime/rmi/system.c): the model supports
 * only 1.0, so lower == higher == 1.0 and any other request is INPUT.
 */
static void rmm_version(const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	r->x[0] = rmm_ret(in->x[1] == RMM_RMI_VERSION_1_0 ?
			  ARMCVM_RMI_SUCCESS : ARMCVM_RMI_ERROR_INPUT, 0);
	r->x[1] = RMM_RMI_VERSION_1_0;
	r->x[2] = RMM_RMI_VERSION_1_0;
}

/* Run one RMI command: read @in, write x0 and the defined outputs of @r. */
static bool rmm_dispatch(struct armcvm_rmm_model *m, uint64_t fid,
			 const struct armcvm_smccc_regs *in,
			 struct armcvm_smccc_regs *r)
{
	switch (fid) {
	case ARMCVM_SMC_RMI_VERSION:
		rmm_version(in, r);
		break;
	case ARMCVM_SMC_RMI_FEATURES:
		/* Only register 0 is defined; others read 0 (S10 B4.3.6). */
		r->x[1] = in->x[1] == 0 ? m->plat.features0 : 0;
		r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
		break;
	case ARMCVM_SMC_RMI_GRANULE_DELEGATE:
		r->x[0] = armcvm_rmm_granule_delegate_(m, in->x[1]);
		break;
	case ARMCVM_SMC_RMI_GRANULE_UNDELEGATE:
		r->x[0] = armcvm_rmm_granule_undelegate_(m, in->x[1]);
		break;
	case ARMCVM_SMC_RMI_REALM_CREATE:
		armcvm_rmm_realm_create_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_REALM_ACTIVATE:
		armcvm_rmm_realm_activate_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_REALM_DESTROY:
		armcvm_rmm_realm_destroy_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_REC_AUX_COUNT:
		armcvm_rmm_rec_aux_count_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_REC_CREATE:
		armcvm_rmm_rec_create_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_REC_DESTROY:
		armcvm_rmm_rec_destroy_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_REC_ENTER:
		armcvm_rmm_rec_enter_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_PSCI_COMPLETE:
		armcvm_rmm_psci_complete_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_DATA_CREATE:
		armcvm_rmm_data_create_(m, in, r, false);
		break;
	case ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN:
		armcvm_rmm_data_create_(m, in, r, true);
		break;
	case ARMCVM_SMC_RMI_DATA_DESTROY:
		armcvm_rmm_data_destroy_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_CREATE:
		armcvm_rmm_rtt_create_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_DESTROY:
		armcvm_rmm_rtt_destroy_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_FOLD:
		armcvm_rmm_rtt_fold_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_READ_ENTRY:
		armcvm_rmm_rtt_read_entry_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED:
		armcvm_rmm_rtt_map_unprotected_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED:
		armcvm_rmm_rtt_unmap_unprotected_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_INIT_RIPAS:
		armcvm_rmm_rtt_init_ripas_(m, in, r);
		break;
	case ARMCVM_SMC_RMI_RTT_SET_RIPAS:
		armcvm_rmm_rtt_set_ripas_(m, in, r);
		break;
	default:
		return false;
	}
	return true;
}

void armcvm_rmm_model_smc(struct armcvm_rmm_model *m,
			  struct armcvm_smccc_regs *regs)
{
	struct armcvm_smccc_regs in;
	uint64_t fid;
	unsigned int i;

	if (regs == NULL) {
		return;
	}
	in = *regs;
	fid = (uint32_t)in.x[0] & ~(uint64_t)ARMCVM_SMCCC_SVE_HINT;
	/* Outputs the command does not define are MBZ (S10 B1.1); x17 is
	 * preserved. */
	for (i = 0; i <= 16U; i++) {
		regs->x[i] = 0;
	}
	if (m == NULL) {
		/* No model: as if no RMM were there (conduit.h NONE). */
		regs->x[0] = RMM_SMC_UNKNOWN;
		return;
	}
	m->calls++;
	if (!rmm_dispatch(m, fid, &in, regs)) {
		/* Unused RMI numbers and every other FID (T10 handler.c). */
		regs->x[0] = RMM_SMC_UNKNOWN;
	}
}

void armcvm_rmm_model_call(void *ctx, const struct armcvm_smccc_regs *in,
			   struct armcvm_smccc_regs *out)
{
	if (in == NULL || out == NULL) {
		return;
	}
	*out = *in;
	armcvm_rmm_model_smc(ctx, out);
}

/*
 * [pa, pa + len) inside one range (checked on the range bounds, not on
 * where the host bytes happen to lie) and every granule UNDELEGATED.
 */
static int rmm_host_span(const struct armcvm_rmm_model *m, uint64_t pa,
			 size_t len, uint8_t **bytes)
{
	const struct armcvm_rmm_mem_range *r = NULL;
	uint64_t end, p;
	unsigned int i;

	if (m == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	end = pa + len;
	if (len == 0 || end < pa) {
		return -ARMCVM_ERR_RANGE;
	}
	for (i = 0; i < m->nranges && r == NULL; i++) {
		const struct armcvm_rmm_mem_range *c = &m->ranges[i];

		if (pa >= c->base &&
		    pa - c->base < (c->granules << RMM_GSHIFT)) {
			r = c;
		}
	}
	if (r == NULL || end - r->base > (r->granules << RMM_GSHIFT)) {
		return -ARMCVM_ERR_RANGE;
	}
	for (p = (pa - r->base) >> RMM_GSHIFT;
	     p <= (end - 1U - r->base) >> RMM_GSHIFT; p++) {
		if (r->gran[p].state != ARMCVM_RMM_GRANULE_UNDELEGATED) {
			return -ARMCVM_ERR_STATE;
		}
	}
	*bytes = r->bytes + (size_t)(pa - r->base);
	return 0;
}

int armcvm_rmm_model_host_write(struct armcvm_rmm_model *m, uint64_t pa,
				const void *src, size_t len)
{
	uint8_t *bytes;
	int rc = rmm_host_span(m, pa, len, &bytes);

	if (rc != 0) {
		return rc;
	}
	if (src == NULL) {
		ARMCVM_MEMSET(bytes, 0, len);
	} else {
		ARMCVM_MEMCPY(bytes, src, len);
	}
	return 0;
}

int armcvm_rmm_model_host_read(const struct armcvm_rmm_model *m, uint64_t pa,
			       void *dst, size_t len)
{
	uint8_t *bytes;
	int rc;

	if (dst == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	rc = rmm_host_span(m, pa, len, &bytes);
	if (rc != 0) {
		return rc;
	}
	ARMCVM_MEMCPY(dst, bytes, len);
	return 0;
}

int armcvm_rmm_model_granule_state(const struct armcvm_rmm_model *m,
				   uint64_t pa)
{
	struct rmm_gran g;

	if (m == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!rmm_aligned(pa, RMM_GSIZE)) {
		return -ARMCVM_ERR_ALIGN;
	}
	if (!armcvm_rmm_find_(m, pa, &g)) {
		return -ARMCVM_ERR_RANGE;
	}
	return (int)g.g->state;
}

int armcvm_rmm_model_measurement(const struct armcvm_rmm_model *m,
				 uint64_t rd, unsigned int index,
				 uint8_t out[64])
{
	struct rmm_gran g;
	struct rmm_rd d;

	if (m == NULL || index > 4U || out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!armcvm_rmm_get_rd_(m, rd, &g, &d)) {
		return -ARMCVM_ERR_NOENT;
	}
	ARMCVM_MEMCPY(out, d.meas[index].bytes, 64);
	return 0;
}

void armcvm_rmm_model_realm_queue(struct armcvm_rmm_model *m,
				  struct armcvm_rmm_realm_action *queue,
				  unsigned int cap)
{
	m->queue = queue;
	m->queue_cap = queue != NULL ? cap : 0;
	m->queue_len = 0;
}

int armcvm_rmm_model_realm_push(struct armcvm_rmm_model *m,
				const struct armcvm_rmm_realm_action *act)
{
	struct armcvm_rmm_realm_action *a;

	if (m == NULL || act == NULL || act->op > ARMCVM_RMM_REALM_MMIO_WRITE) {
		return -ARMCVM_ERR_INVAL;
	}
	if (act->op != ARMCVM_RMM_REALM_SMC &&
	    ((act->size != 1U && act->size != 2U && act->size != 4U &&
	      act->size != 8U) || act->reg > 30U)) {
		return -ARMCVM_ERR_INVAL;
	}
	if (m->queue_len >= m->queue_cap) {
		return -ARMCVM_ERR_NOSPACE;
	}
	a = &m->queue[m->queue_len];
	*a = *act;
	a->done = false;
	return (int)m->queue_len++;
}
