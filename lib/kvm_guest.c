/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - KVM vendor-hyp guest calls: decoders, the MEM_SHARE-family
 * encoder and the byte-range share / unshare helper.
 */
#include <armcvm/kvm_guest.h>

#define LOW32(v)	((uint32_t)((v) & 0xFFFFFFFFULL))

int armcvm_kvm_uid_decode(const struct armcvm_smccc_regs *out,
			  struct armcvm_kvm_uid *uid)
{
	unsigned int i;

	if (out == NULL || uid == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	for (i = 0; i < 4; i++) {
		uid->r[i] = LOW32(out->x[i]);
	}
	/* 28b46fb6-2ec5-11e9-a9ca-4b564d003a74 (pkvm.md 3.1 [S8, S27]). */
	uid->is_kvm = uid->r[0] == ARMCVM_KVM_UID_R0 &&
		      uid->r[1] == ARMCVM_KVM_UID_R1 &&
		      uid->r[2] == ARMCVM_KVM_UID_R2 &&
		      uid->r[3] == ARMCVM_KVM_UID_R3;
	return 0;
}

int armcvm_kvm_features_decode(const struct armcvm_smccc_regs *out,
			       struct armcvm_kvm_features *f)
{
	unsigned int i;

	if (out == NULL || f == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	*f = (struct armcvm_kvm_features){ .supported = false };
	/* KVM returns NOT_SUPPORTED sign-extended to 64 bits. */
	if (out->x[0] == (uint64_t)(int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED) {
		return 0;
	}
	f->supported = true;
	for (i = 0; i < 4; i++) {
		f->bitmap[i] = LOW32(out->x[i]);
	}
	return 0;
}

bool armcvm_kvm_features_has(const struct armcvm_kvm_features *f,
			     unsigned int func)
{
	if (f == NULL || !f->supported || func >= ARMCVM_KVM_NUM_FUNCS) {
		return false;
	}
	return ((f->bitmap[func / 32U] >> (func % 32U)) & 1U) != 0;
}

static bool granule_valid(uint64_t g)
{
	return g >= ARMCVM_KVM_GRANULE_MIN && g <= ARMCVM_KVM_GRANULE_MAX &&
	       (g & (g - 1U)) == 0;
}

int armcvm_kvm_meminfo_decode(const struct armcvm_smccc_regs *out,
			      struct armcvm_kvm_meminfo *mi)
{
	if (out == NULL || mi == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	*mi = (struct armcvm_kvm_meminfo){ .smccc = 0 };
	if ((int64_t)out->x[0] < 0) {
		mi->smccc = (int64_t)out->x[0];
		return 0;
	}
	if (!granule_valid(out->x[0])) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	mi->granule = out->x[0];
	mi->flags = out->x[1];
	mi->has_range = (mi->flags & ARMCVM_KVM_FUNC_HAS_RANGE) != 0;
	return 0;
}

/* FIDs taking (IPA, count) and whether they have a ranged form. */
static int mem_fid_kind(uint32_t fid, bool *rangeable)
{
	switch (fid) {
	case ARMCVM_SMC_KVM_MEM_SHARE:
	case ARMCVM_SMC_KVM_MEM_UNSHARE:
	case ARMCVM_SMC_KVM_MMIO_RGUARD_MAP:
	case ARMCVM_SMC_KVM_MMIO_RGUARD_UNMAP:
		*rangeable = true;
		return 0;
	case ARMCVM_SMC_KVM_MMIO_GUARD:
	case ARMCVM_SMC_KVM_MMIO_GUARD_UNMAP:
	case ARMCVM_SMC_KVM_MEM_RELINQUISH:
		*rangeable = false;
		return 0;
	default:
		return -ARMCVM_ERR_INVAL;
	}
}

int armcvm_kvm_mem_encode(uint32_t fid, uint64_t ipa, uint64_t granule,
			  uint64_t nr, bool ranged,
			  struct armcvm_smccc_regs *in)
{
	bool rangeable = false;

	if (in == NULL || mem_fid_kind(fid, &rangeable) != 0 ||
	    !granule_valid(granule) || nr == 0 || (!ranged && nr != 1) ||
	    (ranged && !rangeable)) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((ipa & (granule - 1U)) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	/* nr * granule and ipa + that must not wrap. */
	if (nr > (UINT64_MAX - ipa) / granule) {
		return -ARMCVM_ERR_RANGE;
	}
	*in = (struct armcvm_smccc_regs){
		.x = { [0] = fid, [1] = ipa, [2] = ranged ? nr : 0 },
	};
	return 0;
}

int armcvm_kvm_mem_decode(const struct armcvm_smccc_regs *out, uint64_t nr,
			  bool ranged, struct armcvm_kvm_mem_result *res)
{
	if (out == NULL || res == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	*res = (struct armcvm_kvm_mem_result){ .smccc = (int64_t)out->x[0] };
	if (res->smccc != ARMCVM_SMCCC_RET_SUCCESS) {
		return 0;
	}
	if (!ranged) {
		res->done = 1;
		return 0;
	}
	/* [S20]: R1 = granules processed, 1..nr on success. */
	if (out->x[1] == 0 || out->x[1] > nr) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	res->done = out->x[1];
	return 0;
}

int armcvm_kvm_range_update(const struct armcvm_conduit *c,
			    const struct armcvm_kvm_meminfo *mi, bool share,
			    uint64_t ipa, uint64_t size,
			    struct armcvm_kvm_range_result *res)
{
	struct armcvm_kvm_mem_result one;
	uint32_t fid = share ? ARMCVM_SMC_KVM_MEM_SHARE :
			       ARMCVM_SMC_KVM_MEM_UNSHARE;
	uint64_t g, base, last;

	if (mi == NULL || res == NULL || mi->smccc != 0 ||
	    !granule_valid(mi->granule) || size == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	g = mi->granule;
	base = ipa & ~(g - 1U);
	if (size - 1U > UINT64_MAX - ipa) {
		return -ARMCVM_ERR_RANGE;
	}
	last = (ipa + (size - 1U)) & ~(g - 1U);
	if (last > UINT64_MAX - g) {
		return -ARMCVM_ERR_RANGE;	/* the end rounds up past 2^64 */
	}
	*res = (struct armcvm_kvm_range_result){
		.base = base,
		.size = last + g - base,
	};
	while (res->bytes_done < res->size) {
		uint64_t at = base + res->bytes_done;
		uint64_t left = (res->size - res->bytes_done) / g;
		uint64_t nr = mi->has_range ? left : 1U;
		int ret = armcvm_kvm_mem_call(c, fid, at, g, nr, mi->has_range,
					      &one);

		res->calls++;
		if (ret != 0) {
			return ret;
		}
		if (one.smccc != ARMCVM_SMCCC_RET_SUCCESS) {
			res->smccc = one.smccc;
			res->failed_ipa = at;
			return 0;
		}
		res->bytes_done += one.done * g;
	}
	res->complete = true;
	return 0;
}
