/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_MEASURE_H
#define ARMCVM_MEASURE_H
/*
 * armcvm - Realm Initial Measurement (RIM) and Realm Extensible Measurement
 * (REM) arithmetic, freestanding, for RMM 1.0 (DEN0137 1.0-rel0).
 *
 * Every RIM extension builds a fixed-size 256-byte measurement descriptor
 * that contains the current RIM and replaces the RIM by the hash of that
 * descriptor (S10 A7.1.1; rmi.md 5.1). Hashes are SHA-256 or SHA-512 per
 * the realm's hash_algo (RmiHashAlgorithm, sha2.h); a measurement is always
 * 64 bytes and a 32-byte digest is zero-extended. docs/measurement.md
 * describes the algorithm with its sources.
 *
 * These functions only compute: they do not know the order in which a VMM
 * issues the commands (rmi.md 5.7), which is the caller's to reproduce.
 *
 * The extension functions take a hash context @h that the caller set up once
 * with armcvm_hash_init() (or armcvm_hash_init_impl()) for the realm's
 * algorithm and then passes to every call: each call restarts it and uses it
 * as scratch, so choosing the implementation (a CPUID probe on x86) happens
 * once per realm rather than once per granule. Its algorithm selects the
 * digest. A context must not be shared by two calls running at once.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/sha2.h>

#ifdef __cplusplus
extern "C" {
#endif

/* RmmRealmMeasurement: 512 bits (S10 A7.1.1; rmi.md 5.1). */
#define ARMCVM_MEASUREMENT_SIZE		64
/* Measured RmiRealmParams / RmiRecParams images and DATA granules. */
#define ARMCVM_RIM_GRANULE_SIZE		4096
/* Size of every measurement descriptor, also its len field (rmi.md 5.3). */
#define ARMCVM_RIM_DESC_SIZE		0x100

/* desc_type values (S10 C1.11-C1.13; T10 measurement_descs.h). */
#define ARMCVM_RIM_DESC_TYPE_DATA	0x00
#define ARMCVM_RIM_DESC_TYPE_REC	0x01
#define ARMCVM_RIM_DESC_TYPE_RIPAS	0x02

/* RmiDataFlags bit 0 "measure"; bits 63:1 SBZ (S10 B4.4; rmi.md 3.5). */
#define ARMCVM_RIM_DATA_FLAG_MEASURE	ARMCVM_ULL(0x1)
/* RmiRecCreateFlags bit 0 "runnable"; bits 63:1 SBZ (S10 B4.4.19; 3.2). */
#define ARMCVM_RIM_REC_FLAG_RUNNABLE	ARMCVM_ULL(0x1)

/**
 * struct armcvm_measurement - a 512-bit RmmRealmMeasurement
 * @bytes: digest in its first 32 (SHA-256) or 64 (SHA-512) bytes, zeros
 *	   after it
 */
struct armcvm_measurement {
	uint8_t bytes[ARMCVM_MEASUREMENT_SIZE];
};

/**
 * struct armcvm_rim_realm_params - the measured RmiRealmParams fields
 * @flags: RmiRealmFlags, offset 0x000
 * @s2sz: offset 0x008
 * @sve_vl: offset 0x010
 * @num_bps: offset 0x018
 * @num_wps: offset 0x020
 * @pmu_num_ctrs: offset 0x028
 * @hash_algo: RmiHashAlgorithm, offset 0x030; also selects the hash
 *
 * The values the host writes to RmiRealmParams, each as its zero-extended
 * 64-bit slot (S10 B4.4.12; rmi.md 3.1). The other fields (rpv, vmid,
 * rtt_*) are not measured (S10 B4.3.9.4; rmi.md 5.2).
 */
struct armcvm_rim_realm_params {
	uint64_t flags;
	uint64_t s2sz;
	uint64_t sve_vl;
	uint64_t num_bps;
	uint64_t num_wps;
	uint64_t pmu_num_ctrs;
	uint64_t hash_algo;
};

/**
 * armcvm_rim_init() - RIM at RMI_REALM_CREATE
 * @rim: receives the initial RIM
 * @p: measured parameters, as passed to RMI_REALM_CREATE
 *
 * RIM = H(4096-byte RmiRealmParams image holding only the seven fields of
 * @p at offsets 0x000..0x030, zeros elsewhere), zero-extended (S10
 * B4.3.9.4; T10 rim.c measurement_realm_params_measure; rmi.md 5.2). The
 * field values are hashed as given: checking them against the platform's
 * features is RMI_REALM_CREATE's job, not this function's.
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if @rim or @p is NULL, or @p->hash_algo is not a
 *	   supported RmiHashAlgorithm (@rim untouched).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rim_init(struct armcvm_measurement *rim,
		const struct armcvm_rim_realm_params *p);

/**
 * armcvm_rim_granule_digest() - content field of a measured DATA granule
 * @h: hash context for the realm's algorithm (see above)
 * @granule: the 4096 bytes of the granule (after the copy from src)
 * @out: receives H(@granule), zero-extended
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if @h, @granule or @out is NULL, or @h is not
 *	   initialised for a supported RmiHashAlgorithm.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rim_granule_digest(struct armcvm_hash_ctx *h, const void *granule,
			  struct armcvm_measurement *out);

/*
 * Granules armcvm_rim_granule_digests() passes to armcvm_hash_many() at
 * once: the widest lanes path (eight SHA-256 messages with AVX-512VL).
 */
#define ARMCVM_RIM_BATCH	8

/**
 * armcvm_rim_granule_digests() - content fields of several DATA granules
 * @h: hash context for the realm's algorithm (see above)
 * @granules: @n pointers to 4096-byte granules
 * @n: number of granules
 * @out: @n results, H(@granules[i]) zero-extended in @out[i]
 *
 * The same digests as armcvm_rim_granule_digest() on each granule, but up
 * to ARMCVM_RIM_BATCH granules go through armcvm_hash_many() together:
 * on x86-64 the lanes paths hash four SHA-512 (AVX2) or eight SHA-256
 * (AVX-512VL) granules at once.
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if @h is NULL or not initialised for a supported
 *	   RmiHashAlgorithm, or @granules, a granule or @out is NULL while
 *	   @n > 0 (nothing written).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rim_granule_digests(struct armcvm_hash_ctx *h,
			   const void *const *granules, size_t n,
			   struct armcvm_measurement *out);

/**
 * armcvm_rim_extend_data() - RIM extension by RMI_DATA_CREATE
 * @h: hash context for the realm's algorithm (see above)
 * @rim: current RIM; replaced by the extended RIM
 * @ipa: IPA of the DATA granule
 * @flags: RmiDataFlags as passed by the host
 * @content: with ARMCVM_RIM_DATA_FLAG_MEASURE, the granule digest
 *	     (armcvm_rim_granule_digest()); without it, NULL
 *
 * Hashes RmmMeasurementDescriptorData: desc_type 0 @0x00, len 0x100 @0x08,
 * rim @0x10, ipa @0x50, flags @0x58, content @0x60 (zero when not
 * measured), zeros 0xA0..0xFF (S10 C1.11, B4.3.1.4; rmi.md 5.3). Only the
 * digest-sized prefix of @rim and @content is used, as in T10.
 * RMI_DATA_CREATE_UNKNOWN does not extend the RIM (rmi.md 5.1).
 *
 * Return: 0 on success (@rim updated); on error @rim is untouched:
 *	   -ARMCVM_ERR_INVAL if @h or @rim is NULL, @h is not initialised
 *	   for a supported RmiHashAlgorithm, or
 *	   @content is NULL with the measure flag, or non-NULL without it;
 *	   -ARMCVM_ERR_RESERVED if @flags has a bit other than bit 0 set;
 *	   -ARMCVM_ERR_ALIGN if @ipa is not 4 KiB aligned.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rim_extend_data(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
		       uint64_t ipa, uint64_t flags,
		       const struct armcvm_measurement *content);

/**
 * armcvm_rim_extend_rec() - RIM extension by RMI_REC_CREATE
 * @h: hash context for the realm's algorithm (see above)
 * @rim: current RIM; replaced by the extended RIM if the REC is runnable
 * @flags: RmiRecCreateFlags as passed by the host
 * @pc: RmiRecParams.pc
 * @gprs: RmiRecParams.gprs[0..7]
 *
 * Only a runnable REC extends the RIM: with flags.runnable clear this
 * function checks its arguments, returns 0 and leaves @rim unchanged, so a
 * caller replaying a command log may call it for every REC (S10 B4.3.12.4;
 * rmi.md 5.4). For a runnable REC: content = H(4096-byte RmiRecParams image
 * holding flags @0x000, pc @0x200, gprs @0x300..0x338, zeros elsewhere),
 * then RmmMeasurementDescriptorRec: desc_type 1 @0x00, len 0x100 @0x08,
 * rim @0x10, content @0x50, zeros 0x90..0xFF (S10 C1.12; T10 rim.c
 * measurement_rec_params_measure).
 *
 * Return: 0 on success (@rim updated if runnable); on error @rim is
 *	   untouched:
 *	   -ARMCVM_ERR_INVAL if @h, @rim or @gprs is NULL, or @h is not
 *	   initialised for a supported RmiHashAlgorithm;
 *	   -ARMCVM_ERR_RESERVED if @flags has a bit other than bit 0 set.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rim_extend_rec(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
		      uint64_t flags, uint64_t pc, const uint64_t gprs[8]);

/**
 * armcvm_rim_extend_ripas() - one RIM extension by RMI_RTT_INIT_RIPAS
 * @h: hash context for the realm's algorithm (see above)
 * @rim: current RIM; replaced by the extended RIM
 * @base: IPA of the RTT entry
 * @top: end of the entry (base + entry size, clipped to the command's top)
 *
 * Hashes RmmMeasurementDescriptorRipas: desc_type 2 @0x00, len 0x100 @0x08,
 * rim @0x10, base @0x50, top @0x58, zeros 0x60..0xFF (S10 C1.13,
 * B4.3.18.4). RMI_RTT_INIT_RIPAS extends the RIM once per RTT entry it
 * walks, so the caller splits a range along the RTT geometry and calls this
 * once per entry (rmi.md 5.5).
 *
 * Return: 0 on success (@rim updated); on error @rim is untouched:
 *	   -ARMCVM_ERR_INVAL if @h or @rim is NULL, or @h is not initialised
 *	   for a supported RmiHashAlgorithm;
 *	   -ARMCVM_ERR_ALIGN if @base or @top is not 4 KiB aligned;
 *	   -ARMCVM_ERR_RANGE if @base >= @top.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rim_extend_ripas(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
			uint64_t base, uint64_t top);

/**
 * armcvm_rem_extend_tfrmm() - REM extension as TF-RMM computes it
 * @h: hash context for the realm's algorithm (see above)
 * @rem: current REM; replaced by the extended REM
 * @value: RSI_MEASUREMENT_EXTEND value bytes
 * @size: number of value bytes (0..64)
 *
 * REM := H(rem[0:digest size] || value[0:size]), zero-extended: the
 * behaviour of TF-RMM (T10 runtime/rsi/realm_attest.c
 * handle_rsi_measurement_extend -> measurement_extend). The spec's
 * RemExtend (S10 B3.42) instead hashes the 512-bit old value with the
 * value zero-padded to 512 bits; the two differ (rmi.md 5.8). This function
 * implements only TF-RMM's form.
 *
 * Return: 0 on success (@rem updated); on error @rem is untouched:
 *	   -ARMCVM_ERR_INVAL if @h or @rem is NULL, @value is NULL with a
 *	   non-zero @size, @h is not initialised for a supported
 *	   RmiHashAlgorithm, or @size > 64.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rem_extend_tfrmm(struct armcvm_hash_ctx *h, struct armcvm_measurement *rem,
			const void *value, size_t size);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_MEASURE_H */
