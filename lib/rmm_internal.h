/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RMM_INTERNAL_H
#define ARMCVM_RMM_INTERNAL_H
/*
 * Private to the software RMM (lib/rmm_*.c): the in-granule layouts of
 * Realm Descriptors, RECs and RTT entries, and the helpers shared by the
 * command files. None of this is ABI: the RMM's internal data is invisible
 * to the host (S10 A5.5.1 IPHGQQ: "The contents of an RTT are not directly
 * accessible to the Host").
 */

#include <armcvm/err.h>
#include <armcvm/rmm_model.h>
#include <armcvm/rmi.h>
#include <armcvm/rmi_abi.h>
#include <armcvm/measure.h>
#include <armcvm/psci.h>

#define RMM_GSIZE	ARMCVM_ULL(4096)
#define RMM_GSHIFT	12
#define RMM_ENTRIES	512U		/* 4 KiB / 8-byte RTTE */
#define RMM_STRIDE	9		/* bits resolved per level */
#define RMM_PAGE_LEVEL	3		/* S2TT_PAGE_LEVEL (T10) */
#define RMM_MIN_BLOCK_LEVEL 1		/* S2TT_MIN_BLOCK_LEVEL (T10), S10 A5.5.4 */
#define RMM_OA_BITS	48		/* OA limit without LPA2 (S10 B4.3.1) */

/* SMC_UNKNOWN (T10 lib/smc/include/smc.h; rmi.md 1.1). */
#define RMM_SMC_UNKNOWN	ARMCVM_ULL(0xFFFFFFFFFFFFFFFF)

/* Realm states (S10 A2.1.5; same numbers as T10 realm.h REALM_*). */
#define RMM_REALM_NEW		0
#define RMM_REALM_ACTIVE	1
#define RMM_REALM_SYSTEM_OFF	2

/* RmiInterfaceVersion 1.0 (S10 B4.4.9; T10 RMI_ABI_VERSION). */
#define RMM_RMI_VERSION_1_0	ARMCVM_ULL(0x10000)

/*
 * RTT entry encoding: armcvm's own (the RMM's internal format is not ABI).
 *	bits 2:0	HIPAS state (RMM_RTTE_*)
 *	bits 4:3	RIPAS (RmiRipas encoding: 0 EMPTY, 1 RAM, 2 DESTROYED),
 *			protected entries only
 *	bits 7:5	MemAttr[2:0] of an ASSIGNED_NS entry (host desc 4:2)
 *	bits 9:8	S2AP of an ASSIGNED_NS entry (host desc 7:6)
 *	bits 47:12	output address: DATA granule / block (ASSIGNED), NS
 *			address (ASSIGNED_NS), next-level RTT (TABLE)
 * Zero is UNASSIGNED with RIPAS EMPTY.
 */
#define RMM_RTTE_UNASSIGNED	0U
#define RMM_RTTE_ASSIGNED	1U
#define RMM_RTTE_TABLE		2U
#define RMM_RTTE_UNASSIGNED_NS	3U
#define RMM_RTTE_ASSIGNED_NS	4U
#define RMM_RTTE_STATE_MASK	ARMCVM_ULL(0x7)
#define RMM_RTTE_RIPAS_SHIFT	3
#define RMM_RTTE_RIPAS_MASK	(ARMCVM_ULL(0x3) << RMM_RTTE_RIPAS_SHIFT)
#define RMM_RTTE_MEMATTR_SHIFT	5
#define RMM_RTTE_S2AP_SHIFT	8
#define RMM_RTTE_NSATTR_MASK	(ARMCVM_ULL(0x1F) << RMM_RTTE_MEMATTR_SHIFT)
#define RMM_RTTE_ADDR_MASK	ARMCVM_ULL(0x0000FFFFFFFFF000)

/*
 * Host stage-2 descriptor fields accepted by RMI_RTT_MAP_UNPROTECTED
 * (S10 A5.5.11 DFJTMF: ADDR, MemAttr[2:0], S2AP; VMSAv8-64 stage 2 block
 * and page descriptors: MemAttr 5:2 with MemAttr[3] RES0 under FWB
 * (XQHLKB), S2AP 7:6; rmi.md 3.7).
 */
#define RMM_DESC_MEMATTR_SHIFT	2
#define RMM_DESC_MEMATTR_MASK	ARMCVM_ULL(0x7)
#define RMM_DESC_MEMATTR_RSVD	ARMCVM_ULL(0x4)	/* 0b100, T10 S2TTE_MEMATTR_FWB_RESERVED */
#define RMM_DESC_S2AP_SHIFT	6
#define RMM_DESC_S2AP_MASK	ARMCVM_ULL(0x3)
#define RMM_DESC_ATTR_MASK	ARMCVM_ULL(0xDC)	/* bits 7:6 and 4:2 */

/* GICv3 ICH_HCR_EL2 bits the host may set (L12 RMI_PERMITTED_GICV3_HCR_BITS). */
#define RMM_GICV3_HCR_PERMITTED	ARMCVM_ULL(0x40FE)

/**
 * struct rmm_rd - Realm Descriptor, stored in the RD granule
 */
struct rmm_rd {
	uint64_t state;
	uint64_t flags;
	uint64_t s2sz;
	uint64_t sve_vl;
	uint64_t num_bps;
	uint64_t num_wps;
	uint64_t pmu_num_ctrs;
	uint64_t hash_algo;
	int64_t sl;
	uint64_t num_root;
	uint64_t rtt_base;
	uint64_t vmid;
	uint64_t rec_index;	/* index the next REC must have (S10 A2.3.3) */
	uint64_t num_recs;
	struct armcvm_measurement meas[5];	/* RIM, REM0..3 */
	struct armcvm_measurement rim_frozen;	/* RIM at activation */
	uint8_t rpv[64];
};

/* What the REC is waiting for the host to complete (S10 A2.3.2). */
#define RMM_PEND_NONE		0U
#define RMM_PEND_RIPAS		1U	/* RSI_IPA_STATE_SET */
#define RMM_PEND_HOST_CALL	2U	/* RSI_HOST_CALL */
#define RMM_PEND_MMIO		3U	/* emulatable abort */
#define RMM_PEND_PSCI		4U	/* PSCI request naming an MPIDR */

/**
 * struct rmm_rec - REC, stored in the REC granule
 */
struct rmm_rec {
	uint64_t owner;		/* PA of the RD */
	uint64_t index;
	uint64_t mpidr;		/* RmiRecMpidr encoding */
	uint64_t runnable;
	uint64_t pc;
	uint64_t gprs[31];
	uint64_t num_aux;
	uint64_t aux[ARMCVM_RMM_MAX_REC_AUX];
	uint64_t pending;	/* RMM_PEND_* */
	uint64_t act;		/* queue index + 1 of the in-flight action */
	uint64_t psci_fid;
	uint64_t psci_target;	/* REC index the PSCI request names */
	uint64_t ripas_addr;
	uint64_t ripas_top;
	uint64_t ripas_value;
	uint64_t ripas_destroyed;	/* CHANGE_DESTROYED flag */
	uint64_t host_call_ipa;
	uint64_t token_state;	/* RMM_TOKEN_* */
	uint64_t token_copied;	/* bytes already handed to the realm */
	uint8_t token[ARMCVM_RMM_TOKEN_SIZE];
};

/* Attestation token placeholder (rmm_attest.c). */
#define RMM_TOKEN_NONE		0U
#define RMM_TOKEN_READY		1U	/* after RSI_ATTESTATION_TOKEN_INIT */
uint64_t armcvm_rmm_token_init_(const struct rmm_rd *rd, struct rmm_rec *rec,
				uint64_t *x);
uint64_t armcvm_rmm_token_continue_(const struct armcvm_rmm_model *m,
				    const struct rmm_rd *rd,
				    struct rmm_rec *rec, uint64_t *x);

/* A granule found by PA. */
struct rmm_gran {
	uint64_t pa;
	struct armcvm_rmm_granule *g;
	uint8_t *bytes;
};

/* RmmRttWalkResult (S10 A5.5.10) plus what the model needs to update it. */
struct rmm_walk {
	long level;
	struct rmm_gran table;	/* RTT holding the entry */
	unsigned int idx;
	uint64_t rtte;
};

/* Memory and granules (rmm_mem.c) */
bool armcvm_rmm_find_(const struct armcvm_rmm_model *m, uint64_t pa,
		      struct rmm_gran *out);
bool armcvm_rmm_find_state_(const struct armcvm_rmm_model *m, uint64_t pa,
			    uint32_t state, struct rmm_gran *out);
uint64_t armcvm_rmm_ns_read64_(const struct rmm_gran *ns, uint64_t off);
void armcvm_rmm_set_state_(struct rmm_gran *g, uint32_t state);
void armcvm_rmm_rd_load_(const struct rmm_gran *g, struct rmm_rd *rd);
void armcvm_rmm_rd_store_(struct rmm_gran *g, const struct rmm_rd *rd);
void armcvm_rmm_rec_load_(const struct rmm_gran *g, struct rmm_rec *rec);
void armcvm_rmm_rec_store_(struct rmm_gran *g, const struct rmm_rec *rec);
bool armcvm_rmm_vmid_test_(const struct armcvm_rmm_model *m, uint64_t vmid);
void armcvm_rmm_vmid_set_(struct armcvm_rmm_model *m, uint64_t vmid, bool on);
uint64_t armcvm_rmm_granule_delegate_(struct armcvm_rmm_model *m,
				      uint64_t addr);
uint64_t armcvm_rmm_granule_undelegate_(struct armcvm_rmm_model *m,
					uint64_t addr);

/* RTT helpers (rmm_rtt.c) */
uint64_t armcvm_rmm_rtte_get_(const struct rmm_gran *t, unsigned int idx);
void armcvm_rmm_rtte_set_(struct rmm_gran *t, unsigned int idx, uint64_t e);
void armcvm_rmm_walk_(const struct armcvm_rmm_model *m,
		      const struct rmm_rd *rd, uint64_t ipa, long target,
		      struct rmm_walk *w);
bool armcvm_rmm_realm_page_(const struct armcvm_rmm_model *m,
			    const struct rmm_rd *rd, uint64_t ipa,
			    struct rmm_gran *page);
unsigned int armcvm_rmm_level_shift_(long level);
bool armcvm_rmm_rtte_is_live_(uint64_t e);
bool armcvm_rmm_rtte_counts_(uint64_t e);
uint64_t armcvm_rmm_skip_non_live_(uint64_t ipa, const struct rmm_walk *w);
bool armcvm_rmm_get_rd_(const struct armcvm_rmm_model *m, uint64_t pa,
			struct rmm_gran *g, struct rmm_rd *rd);

/* Command handlers: each fills regs->x[0..] per its ABI. */
void armcvm_rmm_realm_create_(struct armcvm_rmm_model *m,
			      const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_realm_activate_(struct armcvm_rmm_model *m,
				const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_realm_destroy_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rec_aux_count_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rec_create_(struct armcvm_rmm_model *m,
			    const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rec_destroy_(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rec_enter_(struct armcvm_rmm_model *m,
			   const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
bool armcvm_rmm_psci_target_(const struct rmm_rd *rd, uint64_t mpidr,
			     uint64_t *index);
void armcvm_rmm_psci_complete_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_create_(struct armcvm_rmm_model *m,
			    const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_destroy_(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_fold_(struct armcvm_rmm_model *m,
			  const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_read_entry_(struct armcvm_rmm_model *m,
				const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_map_unprotected_(struct armcvm_rmm_model *m,
				     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_unmap_unprotected_(struct armcvm_rmm_model *m,
				       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_data_create_(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r, bool unknown);
void armcvm_rmm_data_destroy_(struct armcvm_rmm_model *m,
			      const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_init_ripas_(struct armcvm_rmm_model *m,
				const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);
void armcvm_rmm_rtt_set_ripas_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r);

/* Realm play (rmm_run.c): finish the REC's in-flight action. */
void armcvm_rmm_realm_complete_(struct armcvm_rmm_model *m,
				struct rmm_rec *rec);

/* RMI return code: status 7:0, index 15:8 (S10 B4.4.1; rmi.md 2.1). */
/* The model's scratch context for a realm's RmiHashAlgorithm, or NULL. */
static inline struct armcvm_hash_ctx *
armcvm_rmm_hash_(struct armcvm_rmm_model *m, uint64_t algo)
{
	return algo < 2U ? &m->hash[algo] : NULL;
}

static inline uint64_t rmm_ret(unsigned int status, long index)
{
	return (uint64_t)status |
	       (((uint64_t)(uint8_t)index) << ARMCVM_RMI_INDEX_SHIFT);
}

/* Size of the IPA range one entry at @level maps. */
static inline uint64_t rmm_entry_size(long level)
{
	return ARMCVM_ULL(1) << armcvm_rmm_level_shift_(level);
}

static inline unsigned int rmm_rtte_state(uint64_t e)
{
	return (unsigned int)(e & RMM_RTTE_STATE_MASK);
}

static inline uint64_t rmm_rtte_ripas(uint64_t e)
{
	return (e & RMM_RTTE_RIPAS_MASK) >> RMM_RTTE_RIPAS_SHIFT;
}

static inline uint64_t rmm_rtte_addr(uint64_t e)
{
	return e & RMM_RTTE_ADDR_MASK;
}

static inline uint64_t rmm_rtte_make(unsigned int state, uint64_t ripas,
				     uint64_t addr)
{
	return (uint64_t)state | (ripas << RMM_RTTE_RIPAS_SHIFT) |
	       (addr & RMM_RTTE_ADDR_MASK);
}

/* Protected IPA: lower half of the IPA space (S10 A5.2.1; rmi.md 4.4). */
static inline bool rmm_ipa_protected(const struct rmm_rd *rd, uint64_t ipa)
{
	return ipa < (ARMCVM_ULL(1) << (rd->s2sz - 1U));
}

static inline bool rmm_aligned(uint64_t v, uint64_t size)
{
	return (v & (size - 1U)) == 0;
}

#endif /* ARMCVM_RMM_INTERNAL_H */
