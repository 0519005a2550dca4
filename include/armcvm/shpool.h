/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_SHPOOL_H
#define ARMCVM_SHPOOL_H
/*
 * armcvm - guest bounce-buffer pool over memory shared with the host.
 *
 * The caller gives a region of guest memory. armcvm_shpool_init() makes it
 * shared with the host (pKVM: MEM_SHARE per hypervisor granule, ranged when
 * advertised, pkvm.md 3; Arm CCA realm: RSI_IPA_STATE_SET to RIPAS EMPTY,
 * rmi.md 7), armcvm_shpool_teardown() makes it private again. In between,
 * fixed-size slots are handed out and taken back in O(1).
 *
 * Allocator choice: fixed-size slots with an index free list (a LIFO
 * stack). Bounce buffers for virtio-style I/O are small and of a few sizes;
 * a caller that needs several sizes makes one pool per size. O(1) alloc
 * and free, one uint32_t of metadata per slot, no fragmentation.
 *
 * Trust: the host can write the shared region at any time, so the pool
 * keeps NOTHING there. Its state (struct armcvm_shpool and the per-slot
 * array) lives in caller memory that init checks lies outside the region,
 * and the pool never reads the region. Frees are checked: a pointer outside
 * the region, a pointer not at a slot start, and a slot that is not
 * allocated are all refused.
 *
 * Realm guests: the address a realm uses for shared memory is the
 * unprotected alias, IPA | 1 << (ipa_width - 1) (rmi.md); the pool reports
 * it as the buffer's shared IPA, and the caller's @va should map it.
 *
 * Locking: none; one pool per CPU or an external lock.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/conduit.h>
#include <armcvm/kvm_guest.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * enum armcvm_shpool_backend - how the region is shared
 * @ARMCVM_SHPOOL_PKVM: pKVM protected guest (MEM_SHARE / MEM_UNSHARE)
 * @ARMCVM_SHPOOL_REALM: Arm CCA realm (RSI_IPA_STATE_SET EMPTY / RAM)
 */
enum armcvm_shpool_backend {
	ARMCVM_SHPOOL_PKVM = 1,
	ARMCVM_SHPOOL_REALM = 2,
};

/* RMM granule, the unit of RSI_IPA_STATE_SET (rmi.md 7). */
#define ARMCVM_SHPOOL_REALM_GRANULE	ARMCVM_ULL(0x1000)
/* Smallest slot: keeps two buffers from sharing a cache line. */
#define ARMCVM_SHPOOL_MIN_SLOT		ARMCVM_ULL(64)

/**
 * struct armcvm_shpool_config - the region and how to share it
 * @backend: see enum armcvm_shpool_backend
 * @conduit: how to reach the hypervisor / RMM (HVC for pKVM, SMC for RSI)
 * @va: address through which the guest accesses the region (what alloc
 *	returns and free takes)
 * @ipa: guest-physical (protected) address of the region, aligned to the
 *	granule
 * @size: bytes, a non-zero multiple of the granule and of @slot_size
 * @slot_size: bytes per buffer, a power of two >= ARMCVM_SHPOOL_MIN_SLOT
 * @meminfo: pKVM only: the HYP_MEMINFO result (granule, HAS_RANGE)
 * @ipa_width: realm only: IPA width from RSI_REALM_CONFIG (33..52 here)
 */
struct armcvm_shpool_config {
	enum armcvm_shpool_backend backend;
	const struct armcvm_conduit *conduit;
	uint64_t va;
	uint64_t ipa;
	uint64_t size;
	uint64_t slot_size;
	struct armcvm_kvm_meminfo meminfo;
	unsigned int ipa_width;
};

/**
 * struct armcvm_shpool_report - what the hypervisor / RMM answered
 * @status: SMCCC code (pKVM) or RSI status (realm) of the call that
 *	failed; 0 if none failed
 * @response: realm: RSI response of the failing call (ACCEPT 0 / REJECT 1)
 * @failed_ipa: IPA at which the failing call started
 * @shared_lo: first IPA of the part of the region still shared when the
 *	function returned (with @shared_hi; an empty range if none)
 * @shared_hi: one past the last IPA still shared
 */
struct armcvm_shpool_report {
	int64_t status;
	uint64_t response;
	uint64_t failed_ipa;
	uint64_t shared_lo;
	uint64_t shared_hi;
};

/**
 * struct armcvm_shpool - pool state (caller memory, outside the region)
 * @cfg: the configuration given to init
 * @meta: caller-provided array, one entry per slot (free-list links)
 * @nslots: slots in the region
 * @nfree: free slots
 * @free_head: first free slot, or ARMCVM_SHPOOL_END
 * @slot_shift: log2(@cfg.slot_size)
 * @live: between a successful init and teardown
 */
struct armcvm_shpool {
	struct armcvm_shpool_config cfg;
	uint32_t *meta;
	uint32_t nslots;
	uint32_t nfree;
	uint32_t free_head;
	uint32_t slot_shift;
	bool live;
};

/**
 * struct armcvm_shpool_buf - one allocated buffer
 * @va: address the guest uses (pass it to armcvm_shpool_free())
 * @ipa: address the host / device uses: the IPA for pKVM, the unprotected
 *	alias for a realm
 * @size: the slot size
 */
struct armcvm_shpool_buf {
	uint64_t va;
	uint64_t ipa;
	uint64_t size;
};

/**
 * armcvm_shpool_meta_count() - Metadata entries a region needs
 * @size: region bytes
 * @slot_size: slot bytes (a power of two)
 *
 * Return: the number of uint32_t entries to pass to armcvm_shpool_init(),
 *	   or -ARMCVM_ERR_INVAL if @slot_size is not a power of two >=
 *	   ARMCVM_SHPOOL_MIN_SLOT, @size is 0 or not a multiple of it, or
 *	   the count does not fit an int.
 */
ARMCVM_API ARMCVM_MUST_CHECK int64_t
armcvm_shpool_meta_count(uint64_t size, uint64_t slot_size);

/**
 * armcvm_shpool_init() - Share the region and set up the pool
 * @pool: pool state to fill (must not overlap the region)
 * @cfg: region and backend
 * @meta: metadata array (must not overlap the region)
 * @meta_count: entries in @meta
 * @rep: what the hypervisor answered (always written after the argument
 *	checks pass)
 *
 * If sharing fails midway, init unshares what it shared and reports in
 * @rep whatever could not be made private again.
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if a pointer is NULL, the backend is unknown,
 *	   the pKVM meminfo is not a successful HYP_MEMINFO, the realm IPA
 *	   width is out of range, or the sizes are invalid,
 *	   -ARMCVM_ERR_ALIGN if @cfg->ipa or @cfg->size is not granule-aligned
 *	   or @cfg->va is not slot-aligned,
 *	   -ARMCVM_ERR_RANGE if the region wraps, a realm region reaches the
 *	   unprotected half, or @pool / @meta overlap the region,
 *	   -ARMCVM_ERR_NOSPACE if @meta_count is too small,
 *	   -ARMCVM_ERR_STATE if the hypervisor refused to share (see @rep),
 *	   -ARMCVM_ERR_PROTOCOL if it answered outside the ABI (see @rep).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_shpool_init(struct armcvm_shpool *pool,
		   const struct armcvm_shpool_config *cfg, uint32_t *meta,
		   size_t meta_count, struct armcvm_shpool_report *rep);

/**
 * armcvm_shpool_alloc() - Take a free slot (O(1))
 * @pool: a live pool
 * @buf: the slot's addresses
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if an argument is NULL,
 *	   -ARMCVM_ERR_STATE if the pool is not live,
 *	   -ARMCVM_ERR_NOSPACE if every slot is in use.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_shpool_alloc(struct armcvm_shpool *pool, struct armcvm_shpool_buf *buf);

/**
 * armcvm_shpool_free() - Give a slot back (O(1))
 * @pool: a live pool
 * @va: the @va of an allocated buffer
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @pool is NULL,
 *	   -ARMCVM_ERR_STATE if the pool is not live, or the slot is not
 *	   allocated (double free),
 *	   -ARMCVM_ERR_RANGE if @va is outside the region (foreign pointer),
 *	   -ARMCVM_ERR_ALIGN if @va is inside but not at a slot start.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_shpool_free(struct armcvm_shpool *pool, uint64_t va);

/**
 * armcvm_shpool_teardown() - Make the region private again
 * @pool: a live pool with every slot free
 * @rep: what the hypervisor answered
 *
 * On failure the pool is no longer usable (it is partly private) and @rep
 * names the IPA range that is still shared.
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if an argument is NULL,
 *	   -ARMCVM_ERR_STATE if the pool is not live, a buffer is still
 *	   allocated, or the hypervisor refused to unshare (see @rep),
 *	   -ARMCVM_ERR_PROTOCOL if it answered outside the ABI (see @rep).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_shpool_teardown(struct armcvm_shpool *pool,
		       struct armcvm_shpool_report *rep);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_SHPOOL_H */
