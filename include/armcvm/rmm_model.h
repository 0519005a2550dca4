/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RMM_MODEL_H
#define ARMCVM_RMM_MODEL_H
/*
 * armcvm - a software Realm Management Monitor (RMM 1.0-rel0) at the
 * register level.
 *
 * The model answers RMI calls given x0-x17 exactly as DEN0137 1.0-rel0
 * specifies (statuses, RTT walk levels in the index, top / out_top), and
 * plugs in as an ARMCVM_CONDUIT_CALLBACK conduit. It allocates nothing and
 * has no global state: the caller describes physical memory (delegable
 * ranges, each with a host pointer to its bytes and per-granule state
 * storage) and provides the VMID bitmap. Realm Descriptors, RECs and RTTs
 * live inside their own granules, as in the RMM. Non-secure structures
 * (realm params, REC params, REC run, data sources) are read from
 * UNDELEGATED granules of the same memory.
 *
 * Realm execution is not emulated: a test queues what the realm does next
 * (RSI / PSCI calls, MMIO accesses) and RMI_REC_ENTER plays it, producing
 * the REC exits a host run loop must handle.
 *
 * docs/rmm-model.md lists what is modelled, what is not and every choice
 * made where the specification leaves the order of checks open.
 *
 * Locking: none. One model must not be entered concurrently.
 */

#include <armcvm/env.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>
#include <armcvm/sha2.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Granule size of RMM 1.0 (S10 A2.2: 4 KiB translation granule). */
#define ARMCVM_RMM_GRANULE_SIZE		ARMCVM_U(4096)
/* Maximum auxiliary granules per REC (T10 MAX_REC_AUX_GRANULES). */
#define ARMCVM_RMM_MAX_REC_AUX		ARMCVM_U(16)

/*
 * The model's attestation token: an UNSIGNED PLACEHOLDER, not a CCA
 * attestation token (no CBOR, no COSE_Sign1, no platform token, no key).
 * It lets a realm's RSI_ATTESTATION_TOKEN_INIT / CONTINUE loop run on the
 * model and carries the claims a verifier would check, in a fixed binary
 * layout (docs/rmm-model.md "Attestation token placeholder"). No verifier
 * may accept it. Integers are little-endian.
 */
#define ARMCVM_RMM_TOKEN_MAGIC		"armcvm unsigned placeholder v1"
#define ARMCVM_RMM_TOKEN_OFF_MAGIC	0x000	/* 32 B: magic, NUL padded */
#define ARMCVM_RMM_TOKEN_OFF_CHALLENGE	0x020	/* 64 B: X1..X8 of INIT */
#define ARMCVM_RMM_TOKEN_OFF_HASH_ALGO	0x060	/* 8 B: RmiHashAlgorithm */
#define ARMCVM_RMM_TOKEN_OFF_MEAS	0x068	/* 5 x 64 B: RIM, REM0..3 */
#define ARMCVM_RMM_TOKEN_OFF_RPV	0x1A8	/* 64 B: RPV */
#define ARMCVM_RMM_TOKEN_SIZE		0x1E8

/**
 * struct armcvm_rmm_granule - per-granule state (caller storage)
 * @state: granule state (enum armcvm_rmm_granule_state); the model owns it
 * @refcount: RD: number of RECs; RTT: number of ASSIGNED and TABLE entries
 *	(RTT liveness, S10 A5.5.8); otherwise 0. The model owns it.
 *
 * Zero-initialised storage means UNDELEGATED.
 */
struct armcvm_rmm_granule {
	uint32_t state;
	uint32_t refcount;
};

/**
 * enum armcvm_rmm_granule_state - granule states (S10 A2.2.3)
 * @ARMCVM_RMM_GRANULE_UNDELEGATED: non-secure PAS, host owned
 * @ARMCVM_RMM_GRANULE_DELEGATED: realm PAS, free
 * @ARMCVM_RMM_GRANULE_RD: Realm Descriptor
 * @ARMCVM_RMM_GRANULE_REC: Realm Execution Context
 * @ARMCVM_RMM_GRANULE_REC_AUX: REC auxiliary granule
 * @ARMCVM_RMM_GRANULE_DATA: realm data
 * @ARMCVM_RMM_GRANULE_RTT: Realm Translation Table
 */
enum armcvm_rmm_granule_state {
	ARMCVM_RMM_GRANULE_UNDELEGATED = 0,
	ARMCVM_RMM_GRANULE_DELEGATED = 1,
	ARMCVM_RMM_GRANULE_RD = 2,
	ARMCVM_RMM_GRANULE_REC = 3,
	ARMCVM_RMM_GRANULE_REC_AUX = 4,
	ARMCVM_RMM_GRANULE_DATA = 5,
	ARMCVM_RMM_GRANULE_RTT = 6,
};

/**
 * struct armcvm_rmm_mem_range - one range of delegable physical memory
 * @base: physical address of the first granule (4 KiB aligned)
 * @granules: number of 4 KiB granules (> 0)
 * @bytes: host pointer to @granules * 4096 bytes holding the range's
 *	contents, 8-byte aligned
 * @gran: @granules state records, zero-initialised (all UNDELEGATED)
 *
 * Ranges must not overlap. Only these addresses are delegable
 * (PaIsDelegable) and only these are readable as NS memory.
 */
struct armcvm_rmm_mem_range {
	uint64_t base;
	uint64_t granules;
	uint8_t *bytes;
	struct armcvm_rmm_granule *gran;
};

/**
 * struct armcvm_rmm_platform - what the modelled machine supports
 * @features0: the value RMI_FEATURES(0) reports (RmiFeatureRegister0,
 *	S10 B4.4.6); bits 63:42 must be zero. LPA2 (bit 8) must be 0: the
 *	model does not implement LPA2.
 * @rec_aux_count: the value RMI_REC_AUX_COUNT reports (0..16)
 * @vmid_bits: 8 or 16 (FEAT_VMID16)
 * @pa_bits: physical address size, 32..48
 * @hpmn0: a PMU with zero counters may be requested (FEAT_HPMN0)
 */
struct armcvm_rmm_platform {
	uint64_t features0;
	uint32_t rec_aux_count;
	uint32_t vmid_bits;
	uint32_t pa_bits;
	bool hpmn0;
};

/**
 * enum armcvm_rmm_realm_op - what a queued realm action does
 * @ARMCVM_RMM_REALM_SMC: the realm executes smc #0 with @x[0..10] (an RSI
 *	or PSCI call); its results are written back into @x
 * @ARMCVM_RMM_REALM_MMIO_READ: the realm loads @size bytes from the
 *	unprotected IPA @ipa into register @reg; the value the host emulates
 *	is stored in @value
 * @ARMCVM_RMM_REALM_MMIO_WRITE: the realm stores register @reg (holding
 *	@value) of @size bytes to the unprotected IPA @ipa
 */
enum armcvm_rmm_realm_op {
	ARMCVM_RMM_REALM_SMC = 0,
	ARMCVM_RMM_REALM_MMIO_READ = 1,
	ARMCVM_RMM_REALM_MMIO_WRITE = 2,
};

/**
 * struct armcvm_rmm_realm_action - one thing a realm does (test harness)
 * @rec: PA of the REC that does it
 * @op: enum armcvm_rmm_realm_op
 * @x: SMC: x0-x10 at the call; after completion the realm's x0-x10
 * @ipa: MMIO: faulting IPA
 * @size: MMIO: access size in bytes (1, 2, 4 or 8)
 * @reg: MMIO: transfer register (0..30)
 * @value: MMIO write: the stored value; MMIO read: the emulated result
 * @done: set by the model when the action has completed
 */
struct armcvm_rmm_realm_action {
	uint64_t rec;
	uint32_t op;
	uint64_t x[11];
	uint64_t ipa;
	uint32_t size;
	uint32_t reg;
	uint64_t value;
	bool done;
};

/**
 * struct armcvm_rmm_model - the whole state of one software RMM
 *
 * Every field is private to the model; set it up with
 * armcvm_rmm_model_init(). The model holds pointers to caller storage.
 */
struct armcvm_rmm_model {
	struct armcvm_rmm_platform plat;
	struct armcvm_rmm_mem_range *ranges;
	unsigned int nranges;
	uint64_t *vmid_map;
	struct armcvm_rmm_realm_action *queue;
	unsigned int queue_cap;
	unsigned int queue_len;
	uint64_t calls;
	/* Scratch contexts per RmiHashAlgorithm (SHA-256, SHA-512), set up
	 * once by armcvm_rmm_model_init() so measuring a granule does not
	 * re-select the implementation (measure.h). */
	struct armcvm_hash_ctx hash[2];
};

/**
 * armcvm_rmm_model_vmid_words() - Size of the VMID bitmap
 * @vmid_bits: 8 or 16
 *
 * Return: number of uint64_t words armcvm_rmm_model_init() needs for the
 *	   VMID bitmap (4 or 1024); 0 for other values.
 */
static inline size_t armcvm_rmm_model_vmid_words(uint32_t vmid_bits)
{
	if (vmid_bits != 8U && vmid_bits != 16U) {
		return 0;
	}
	return ((size_t)1 << vmid_bits) / 64U;
}

/**
 * armcvm_rmm_model_init() - Set up a model over caller memory
 * @m: model to initialise
 * @plat: platform description (copied)
 * @ranges: delegable memory; the array and what it points to must outlive
 *	the model. Every granule state record is reset to UNDELEGATED.
 * @nranges: number of ranges (>= 1)
 * @vmid_map: VMID bitmap storage, cleared here
 * @vmid_words: its size in words, >= armcvm_rmm_model_vmid_words()
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if a pointer is NULL, @nranges is 0, a range is
 *	   empty, or a @plat field is out of range (vmid_bits, pa_bits,
 *	   rec_aux_count > 16, features0 S2SZ outside 32..48),
 *	   -ARMCVM_ERR_NOTSUPP if @plat asks for LPA2,
 *	   -ARMCVM_ERR_RESERVED if features0 bits 63:42 are set,
 *	   -ARMCVM_ERR_ALIGN if a range base is not 4 KiB aligned or its bytes
 *	   are not 8-byte aligned,
 *	   -ARMCVM_ERR_RANGE if a range wraps, leaves 2^pa_bits or overlaps
 *	   another,
 *	   -ARMCVM_ERR_NOSPACE if @vmid_words is too small.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_init(struct armcvm_rmm_model *m,
		      const struct armcvm_rmm_platform *plat,
		      struct armcvm_rmm_mem_range *ranges, unsigned int nranges,
		      uint64_t *vmid_map, size_t vmid_words);

/**
 * armcvm_rmm_model_smc() - Execute one SMC on the model
 * @m: model
 * @regs: x0-x17 on entry; the results on return
 *
 * x0 is the function identifier (the SVE hint, bit 16, is ignored as T10
 * does). FIDs of the RMI range 0xC4000150-0xC400018F that RMM 1.0 does not
 * implement, and any other FID, return SMC_UNKNOWN (-1) in x0 (T10
 * runtime/core/handler.c). Output registers x1-x16 that the command does
 * not define for the outcome are zero (S10 B1.1: MBZ); x17 is preserved.
 * A NULL @m answers SMC_UNKNOWN with x1-x16 zero; a NULL @regs does
 * nothing.
 */
ARMCVM_API void armcvm_rmm_model_smc(struct armcvm_rmm_model *m,
				     struct armcvm_smccc_regs *regs);

/**
 * armcvm_rmm_model_call() - Conduit callback (struct armcvm_conduit.call)
 * @ctx: the struct armcvm_rmm_model
 * @in: argument registers
 * @out: result registers (a copy of @in on entry, as conduit.h promises)
 *
 * A NULL @ctx answers SMC_UNKNOWN (as armcvm_rmm_model_smc()); NULL @in or
 * @out does nothing.
 */
ARMCVM_API void armcvm_rmm_model_call(void *ctx,
				      const struct armcvm_smccc_regs *in,
				      struct armcvm_smccc_regs *out);

/**
 * armcvm_rmm_model_conduit() - A callback conduit bound to a model
 * @m: model
 *
 * Return: a conduit whose calls reach armcvm_rmm_model_call(@m, ...).
 */
static inline struct armcvm_conduit
armcvm_rmm_model_conduit(struct armcvm_rmm_model *m)
{
	struct armcvm_conduit c = ARMCVM_CONDUIT_INIT_CALLBACK(
		armcvm_rmm_model_call, m);

	return c;
}

/**
 * armcvm_rmm_model_host_write() - The host writes non-secure memory
 * @m: model
 * @pa: physical address
 * @src: bytes to write, or NULL to write zeros
 * @len: number of bytes
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @m is NULL,
 *	   -ARMCVM_ERR_RANGE if @len is 0 or [@pa, @pa + @len) wraps or is
 *	   not inside one range,
 *	   -ARMCVM_ERR_STATE if a granule it touches is not UNDELEGATED (the
 *	   host would take a granule protection fault).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_host_write(struct armcvm_rmm_model *m, uint64_t pa,
			    const void *src, size_t len);

/**
 * armcvm_rmm_model_host_read() - The host reads non-secure memory
 * @m: model
 * @pa: physical address
 * @dst: destination
 * @len: number of bytes
 *
 * Return: 0 on success, -ARMCVM_ERR_INVAL if @m or @dst is NULL,
 *	   -ARMCVM_ERR_RANGE or -ARMCVM_ERR_STATE as
 *	   armcvm_rmm_model_host_write().
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_host_read(const struct armcvm_rmm_model *m, uint64_t pa,
			   void *dst, size_t len);

/**
 * armcvm_rmm_model_granule_state() - State of the granule at @pa
 * @m: model
 * @pa: physical address (4 KiB aligned)
 *
 * Return: an enum armcvm_rmm_granule_state value,
 *	   -ARMCVM_ERR_INVAL if @m is NULL,
 *	   -ARMCVM_ERR_ALIGN if @pa is not 4 KiB aligned,
 *	   -ARMCVM_ERR_RANGE if @pa is not delegable memory.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_granule_state(const struct armcvm_rmm_model *m, uint64_t pa);

/**
 * armcvm_rmm_model_measurement() - Read a realm measurement
 * @m: model
 * @rd: PA of the realm's RD
 * @index: 0 = RIM, 1..4 = REMs
 * @out: 64 bytes (the digest, zero-padded as RSI_MEASUREMENT_READ returns)
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @m or @out is NULL or @index > 4,
 *	   -ARMCVM_ERR_NOENT if @rd is not an RD granule.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_measurement(const struct armcvm_rmm_model *m, uint64_t rd,
			     unsigned int index, uint8_t out[64]);

/**
 * armcvm_rmm_model_realm_queue() - Give the model storage for realm actions
 * @m: model
 * @queue: caller array (actions are appended and played in order)
 * @cap: its capacity
 *
 * Replaces any previous queue. RMI_REC_ENTER plays, for the entered REC,
 * the first queued action not yet done; if there is none the REC exits
 * with RMI_EXIT_IRQ (the host's timer interrupted the realm).
 */
ARMCVM_API void
armcvm_rmm_model_realm_queue(struct armcvm_rmm_model *m,
			     struct armcvm_rmm_realm_action *queue,
			     unsigned int cap);

/**
 * armcvm_rmm_model_realm_push() - Queue what a realm does next
 * @m: model
 * @act: action (copied; @act->done is cleared)
 *
 * Return: index of the action in the queue (>= 0),
 *	   -ARMCVM_ERR_NOSPACE if the queue is full or not set,
 *	   -ARMCVM_ERR_INVAL if @m or @act is NULL, @act->op is unknown, or
 *	   an MMIO action has a size other than 1, 2, 4 or 8 or a register
 *	   above 30.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_realm_push(struct armcvm_rmm_model *m,
			    const struct armcvm_rmm_realm_action *act);

/**
 * armcvm_rmm_model_check() - Check every invariant of the model
 * @m: model
 *
 * Walks every realm's RTT tree and checks: each RTT, DATA, REC and REC_AUX
 * granule has exactly one owner and every owned granule has the state its
 * owner implies; RTT reference counts equal the number of ASSIGNED and
 * TABLE entries; RD reference counts equal the number of RECs; entries are
 * well-formed for their level and IPA half; VMIDs in use equal the bitmap;
 * the RIM of a realm that is not NEW is unchanged since activation; every
 * DELEGATED granule holds only zeros.
 * Granule records are marked and unmarked on the way (bit 31 of state).
 *
 * Return: 0 if every invariant holds,
 *	   -ARMCVM_ERR_INVAL if @m is NULL,
 *	   -ARMCVM_ERR_INTERNAL if one does not (a bug in the model).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_rmm_model_check(struct armcvm_rmm_model *m);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RMM_MODEL_H */
