/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: RMI_REC_ENTER without guest execution (S10 B4.3.14, A4,
 * B5, B6; rmi.md 3.3, 4.5, 7). The realm's behaviour comes from the test
 * harness queue (struct armcvm_rmm_realm_action); the model answers the
 * realm's RSI 1.0 and PSCI calls and produces the REC exits a host sees.
 */
#include "rmm_internal.h"
#include <armcvm/rmi_exit.h>
#include <armcvm/rsi.h>
#include <armcvm/rsi_abi.h>

#define RUN(field)	offsetof(struct armcvm_rmi_rec_run, field)

/* DFSC of a translation / permission fault at a level (Arm ARM D23.2
 * ESR_EL2 ISS DFSC 0b0001LL / 0b0011LL). */
#define RMM_DFSC_TRANSLATION(level)	(ARMCVM_ULL(0x04) + (uint64_t)(level))
#define RMM_DFSC_PERMISSION(level)	(ARMCVM_ULL(0x0C) + (uint64_t)(level))

static void run_put(struct rmm_gran *run, uint64_t off, uint64_t v)
{
	ARMCVM_MEMCPY(run->bytes + off, &v, sizeof(v));
}

void armcvm_rmm_realm_complete_(struct armcvm_rmm_model *m,
				struct rmm_rec *rec)
{
	struct armcvm_rmm_realm_action *a;

	if (rec->act == 0 || rec->act > m->queue_len) {
		return;
	}
	a = &m->queue[rec->act - 1U];
	if (a->op == ARMCVM_RMM_REALM_SMC) {
		unsigned int i;

		for (i = 0; i < 11U; i++) {
			a->x[i] = rec->gprs[i];
		}
	} else if (a->op == ARMCVM_RMM_REALM_MMIO_READ) {
		a->value = rec->gprs[a->reg];
	}
	a->done = true;
	rec->act = 0;
}

/* RSI_MEASUREMENT_EXTEND (S10 B5.3.4; REM as T10 computes it, rmi.md 5.8). */
static uint64_t rsi_extend(struct armcvm_rmm_model *m, struct rmm_rd *rd,
			   const uint64_t *x)
{
	uint8_t value[64];

	if (x[1] < 1U || x[1] > ARMCVM_RSI_MEASUREMENT_REM_MAX || x[2] > 64U) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	ARMCVM_MEMCPY(value, &x[3], sizeof(value));
	if (armcvm_rem_extend_tfrmm(armcvm_rmm_hash_(m, rd->hash_algo), &rd->meas[x[1]], value,
				    (size_t)x[2]) != 0) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	return ARMCVM_RSI_SUCCESS;
}

/*
 * RSI_IPA_STATE_GET (S10 B5.3.6): RIPAS at base and the end of the run of
 * entries with that RIPAS (within base's RTT, capped at top).
 */
static uint64_t rsi_state_get(const struct armcvm_rmm_model *m,
			      const struct rmm_rd *rd, uint64_t *x)
{
	uint64_t base = x[1], top = x[2], size, addr, ripas;
	struct rmm_walk w;
	unsigned int i;

	if (!rmm_aligned(base, RMM_GSIZE) || !rmm_aligned(top, RMM_GSIZE) ||
	    top <= base || !rmm_ipa_protected(rd, top - RMM_GSIZE)) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	armcvm_rmm_walk_(m, rd, base, RMM_PAGE_LEVEL, &w);
	size = rmm_entry_size(w.level);
	ripas = rmm_rtte_ripas(w.rtte);
	addr = (base & ~(size - 1U)) + size;
	for (i = w.idx + 1U; i < RMM_ENTRIES && addr < top; i++) {
		uint64_t e = armcvm_rmm_rtte_get_(&w.table, i);

		if (rmm_rtte_state(e) == RMM_RTTE_TABLE ||
		    rmm_rtte_ripas(e) != ripas) {
			break;
		}
		addr += size;
	}
	x[1] = addr < top ? addr : top;
	x[2] = ripas;
	return ARMCVM_RSI_SUCCESS;
}

/* RSI_REALM_CONFIG (S10 B5.3.7): write RsiRealmConfig to a RAM granule. */
static uint64_t rsi_config(const struct armcvm_rmm_model *m,
			   const struct rmm_rd *rd, uint64_t ipa)
{
	struct rmm_gran page;
	uint64_t v;

	if (!rmm_aligned(ipa, RMM_GSIZE) || !armcvm_rmm_realm_page_(m, rd, ipa, &page)) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	ARMCVM_MEMSET(page.bytes, 0, RMM_GSIZE);
	v = rd->s2sz;
	ARMCVM_MEMCPY(page.bytes + offsetof(struct armcvm_rsi_realm_config,
					    ipa_width), &v, 8);
	v = rd->hash_algo;
	ARMCVM_MEMCPY(page.bytes + offsetof(struct armcvm_rsi_realm_config,
					    hash_algo), &v, 8);
	ARMCVM_MEMCPY(page.bytes + offsetof(struct armcvm_rsi_realm_config,
					    rpv), rd->rpv, sizeof(rd->rpv));
	return ARMCVM_RSI_SUCCESS;
}

/* What a realm step did: continue playing, or exit to the host. */
#define STEP_CONTINUE	0
#define STEP_EXIT	1

/* The PSCI functions an RMM 1.0 serves (S10 A4.3.7; T10
 * runtime/rsi/psci.c psci_features). */
static const uint32_t rmm_psci_fids[] = {
	ARMCVM_PSCI_VERSION_FID, ARMCVM_PSCI_CPU_SUSPEND32_FID,
	ARMCVM_PSCI_CPU_SUSPEND_FID, ARMCVM_PSCI_CPU_OFF_FID,
	ARMCVM_PSCI_CPU_ON32_FID, ARMCVM_PSCI_CPU_ON_FID,
	ARMCVM_PSCI_AFFINITY_INFO32_FID, ARMCVM_PSCI_AFFINITY_INFO_FID,
	ARMCVM_PSCI_SYSTEM_OFF_FID, ARMCVM_PSCI_SYSTEM_RESET_FID,
	ARMCVM_PSCI_FEATURES_FID,
};

static bool rmm_psci_supported(uint64_t fid)
{
	size_t i;

	for (i = 0; i < sizeof(rmm_psci_fids) / sizeof(rmm_psci_fids[0]);
	     i++) {
		if (fid == rmm_psci_fids[i]) {
			return true;
		}
	}
	return false;
}

/* PSCI function number (bits 4:0 of both the SMC32 and SMC64 IDs). */
#define PSCI_FN(fid)	((fid) & 0x1FU)

/*
 * A PSCI call of the realm (S10 A4.3.7 and B6; T10 runtime/rsi/psci.c
 * for the checks and their order). VERSION, FEATURES and the failures
 * of CPU_ON / AFFINITY_INFO are answered by the RMM without an exit,
 * and so is a request that names the calling REC: the host could not
 * complete it (PSCI_COMPLETE's alias condition). Everything else is a
 * PSCI exit whose gprs[1..3] hold the call's arguments, zero past the
 * ones the function takes (S10 A4.3.3); CPU_ON and AFFINITY_INFO then
 * wait for RMI_PSCI_COMPLETE, the others complete at once.
 */
static int rmm_realm_psci(struct armcvm_rmm_model *m, struct rmm_gran *rdg,
			  struct rmm_rd *rd, struct rmm_rec *rec,
			  struct rmm_gran *run, uint64_t fid)
{
	uint64_t *x = rec->gprs, target = 0;
	unsigned int i, nargs = 0;
	bool pending = false;

	switch (PSCI_FN(fid)) {
	case PSCI_FN(ARMCVM_PSCI_VERSION_FID):
		x[0] = ARMCVM_PSCI_VERSION_1_1;
		return STEP_CONTINUE;
	case PSCI_FN(ARMCVM_PSCI_FEATURES_FID):
		x[0] = (uint64_t)(rmm_psci_supported(x[1] & 0xFFFFFFFFU) ?
				  ARMCVM_PSCI_SUCCESS :
				  ARMCVM_PSCI_NOT_SUPPORTED);
		return STEP_CONTINUE;
	case PSCI_FN(ARMCVM_PSCI_CPU_ON_FID):
		/* entry, then target_cpu, then self (T10 psci_cpu_on). */
		if (!rmm_ipa_protected(rd, x[2])) {
			x[0] = (uint64_t)ARMCVM_PSCI_INVALID_ADDRESS;
			return STEP_CONTINUE;
		}
		if (!armcvm_rmm_psci_target_(rd, x[1], &target)) {
			x[0] = (uint64_t)ARMCVM_PSCI_INVALID_PARAMETERS;
			return STEP_CONTINUE;
		}
		if (target == rec->index) {
			x[0] = (uint64_t)ARMCVM_PSCI_ALREADY_ON;
			return STEP_CONTINUE;
		}
		nargs = 3;
		pending = true;
		break;
	case PSCI_FN(ARMCVM_PSCI_AFFINITY_INFO_FID):
		/* target_bound, target_match (S10 B6.3.1), then self. */
		if (x[2] != 0 ||
		    !armcvm_rmm_psci_target_(rd, x[1], &target)) {
			x[0] = (uint64_t)ARMCVM_PSCI_INVALID_PARAMETERS;
			return STEP_CONTINUE;
		}
		if (target == rec->index) {
			x[0] = ARMCVM_PSCI_AFFINITY_ON;
			return STEP_CONTINUE;
		}
		nargs = 2;
		pending = true;
		break;
	case PSCI_FN(ARMCVM_PSCI_CPU_SUSPEND_FID):
		/* A notification: the host may treat it as WFI. */
		nargs = 3;
		break;
	case PSCI_FN(ARMCVM_PSCI_CPU_OFF_FID):
		rec->runnable = 0;
		break;
	default: /* SYSTEM_OFF, SYSTEM_RESET */
		rd->state = RMM_REALM_SYSTEM_OFF;
		armcvm_rmm_rd_store_(rdg, rd);
		break;
	}
	run_put(run, RUN(exit.exit_reason), ARMCVM_RMI_EXIT_PSCI);
	for (i = 0; i <= nargs; i++) {
		run_put(run, RUN(exit.gprs) + (size_t)i * 8U, x[i]);
	}
	if (pending) {
		rec->pending = RMM_PEND_PSCI;
		rec->psci_fid = fid;
		rec->psci_target = target;
		return STEP_EXIT;
	}
	x[0] = ARMCVM_PSCI_SUCCESS;
	armcvm_rmm_realm_complete_(m, rec);
	return STEP_EXIT;
}

/*
 * The realm's SMC: RSI or PSCI. Calls the RMM answers itself return
 * STEP_CONTINUE with results in rec->gprs; calls that need the host fill
 * the exit and return STEP_EXIT.
 */
static int rmm_realm_smc(struct armcvm_rmm_model *m, struct rmm_gran *rdg,
			 struct rmm_rd *rd, struct rmm_rec *rec,
			 struct rmm_gran *run)
{
	uint64_t *x = rec->gprs, fid = x[0] & ~(uint64_t)ARMCVM_SMCCC_SVE_HINT;
	struct rmm_gran page;
	uint64_t v;
	unsigned int i;

	if (fid == ARMCVM_SMC_RSI_VERSION) {
		x[0] = x[1] == ARMCVM_RSI_VERSION_1_0 ? ARMCVM_RSI_SUCCESS :
							ARMCVM_RSI_ERROR_INPUT;
		x[1] = ARMCVM_RSI_VERSION_1_0;
		x[2] = ARMCVM_RSI_VERSION_1_0;
	} else if (fid == ARMCVM_SMC_RSI_FEATURES) {
		x[0] = ARMCVM_RSI_SUCCESS;
		x[1] = 0;
	} else if (fid == ARMCVM_SMC_RSI_MEASUREMENT_READ) {
		if (x[1] > ARMCVM_RSI_MEASUREMENT_REM_MAX) {
			x[0] = ARMCVM_RSI_ERROR_INPUT;
		} else {
			ARMCVM_MEMCPY(&x[1], rd->meas[x[1]].bytes, 64);
			x[0] = ARMCVM_RSI_SUCCESS;
		}
	} else if (fid == ARMCVM_SMC_RSI_MEASUREMENT_EXTEND) {
		x[0] = rsi_extend(m, rd, x);
		armcvm_rmm_rd_store_(rdg, rd);
	} else if (fid == ARMCVM_SMC_RSI_ATTESTATION_TOKEN_INIT) {
		x[0] = armcvm_rmm_token_init_(rd, rec, x);
	} else if (fid == ARMCVM_SMC_RSI_ATTESTATION_TOKEN_CONTINUE) {
		x[0] = armcvm_rmm_token_continue_(m, rd, rec, x);
	} else if (fid == ARMCVM_SMC_RSI_REALM_CONFIG) {
		x[0] = rsi_config(m, rd, x[1]);
	} else if (fid == ARMCVM_SMC_RSI_IPA_STATE_GET) {
		x[0] = rsi_state_get(m, rd, x);
	} else if (fid == ARMCVM_SMC_RSI_IPA_STATE_SET) {
		/* S10 B5.3.5: aligned, non-empty, protected, EMPTY or RAM. */
		if (!rmm_aligned(x[1], RMM_GSIZE) ||
		    !rmm_aligned(x[2], RMM_GSIZE) || x[2] <= x[1] ||
		    !rmm_ipa_protected(rd, x[2] - RMM_GSIZE) ||
		    x[3] > ARMCVM_RSI_RAM ||
		    (x[4] & ~ARMCVM_RSI_RIPAS_FLAGS_MASK) != 0) {
			x[0] = ARMCVM_RSI_ERROR_INPUT;
			return STEP_CONTINUE;
		}
		rec->pending = RMM_PEND_RIPAS;
		rec->ripas_addr = x[1];
		rec->ripas_top = x[2];
		rec->ripas_value = x[3];
		rec->ripas_destroyed = x[4] & ARMCVM_RSI_CHANGE_DESTROYED;
		run_put(run, RUN(exit.exit_reason), ARMCVM_RMI_EXIT_RIPAS_CHANGE);
		run_put(run, RUN(exit.ripas_base), x[1]);
		run_put(run, RUN(exit.ripas_top), x[2]);
		run_put(run, RUN(exit.ripas_value), x[3]);
		return STEP_EXIT;
	} else if (fid == ARMCVM_SMC_RSI_HOST_CALL) {
		/* S10 B5.3.2: RsiHostCall, 256-byte aligned, in realm RAM. */
		if (!rmm_aligned(x[1], ARMCVM_RSI_HOST_CALL_SIZE) ||
		    !armcvm_rmm_realm_page_(m, rd, x[1], &page)) {
			x[0] = ARMCVM_RSI_ERROR_INPUT;
			return STEP_CONTINUE;
		}
		rec->pending = RMM_PEND_HOST_CALL;
		rec->host_call_ipa = x[1];
		run_put(run, RUN(exit.exit_reason), ARMCVM_RMI_EXIT_HOST_CALL);
		ARMCVM_MEMCPY(&v, page.bytes + (x[1] & (RMM_GSIZE - 1U)), 8);
		run_put(run, RUN(exit.imm), v & 0xFFFFU);
		for (i = 0; i < ARMCVM_RSI_HOST_CALL_NR_GPRS; i++) {
			ARMCVM_MEMCPY(&v, page.bytes + (x[1] & (RMM_GSIZE - 1U)) +
				      8U + (size_t)i * 8U, 8);
			run_put(run, RUN(exit.gprs) + (size_t)i * 8U, v);
		}
		return STEP_EXIT;
	} else if (rmm_psci_supported(fid)) {
		return rmm_realm_psci(m, rdg, rd, rec, run, fid);
	} else {
		/* Unknown FIDs (SMCCC 1.4 section 7.2). */
		x[0] = RMM_SMC_UNKNOWN;
	}
	return STEP_CONTINUE;
}

/*
 * A realm access that the stage-2 translation lets through an ASSIGNED_NS
 * entry reaches the host's memory at the entry's output address without an
 * exit. Output addresses outside the model's memory, or in granules that
 * are not NS, read as zero and drop writes (a real access would take a
 * granule protection fault, which is not modelled).
 */
static void rmm_ns_access(struct armcvm_rmm_model *m, struct rmm_rec *rec,
			  const struct armcvm_rmm_realm_action *a,
			  uint64_t pa)
{
	uint64_t v = a->value;
	int rc;

	if (a->op == ARMCVM_RMM_REALM_MMIO_WRITE) {
		rc = armcvm_rmm_model_host_write(m, pa, &v, a->size);
	} else {
		v = 0;
		rc = armcvm_rmm_model_host_read(m, pa, &v, a->size);
		rec->gprs[a->reg] = rc == 0 ? v : 0;
	}
	/* rc != 0: no NS memory at @pa; the access is dropped (above). */
	(void)rc;
}

/*
 * A realm access to an unprotected IPA (S10 A4.3.4.3). Through an
 * ASSIGNED_NS entry whose S2AP permits it (bit 0 read, bit 1 write) it
 * completes in NS memory; otherwise it is an emulatable data abort: a
 * translation fault at the walk's level (UNASSIGNED_NS) or a permission
 * fault (ASSIGNED_NS). exit.esr carries only EC, ISV, SAS, SF, WnR and
 * DFSC (S10 A4.3.4.3; TF-RMM ESR_EMULATED_ABORT_MASK: no IL, no SRT),
 * exit.far the IPA's offset in its page, exit.hpfar the page.
 */
static int rmm_realm_mmio(struct armcvm_rmm_model *m, const struct rmm_rd *rd,
			  struct rmm_rec *rec,
			  const struct armcvm_rmm_realm_action *a,
			  struct rmm_gran *run)
{
	bool write = a->op == ARMCVM_RMM_REALM_MMIO_WRITE;
	uint64_t esr, sas, dfsc;
	struct rmm_walk w;

	if (rmm_ipa_protected(rd, a->ipa) ||
	    a->ipa >= (ARMCVM_ULL(1) << rd->s2sz)) {
		return STEP_CONTINUE;	/* not MMIO: the action is dropped */
	}
	armcvm_rmm_walk_(m, rd, a->ipa, RMM_PAGE_LEVEL, &w);
	if (rmm_rtte_state(w.rtte) == RMM_RTTE_ASSIGNED_NS) {
		uint64_t s2ap = (w.rtte >> RMM_RTTE_S2AP_SHIFT) &
				RMM_DESC_S2AP_MASK;

		if ((s2ap & (write ? 2U : 1U)) != 0) {
			rmm_ns_access(m, rec, a, rmm_rtte_addr(w.rtte) |
				      (a->ipa & (rmm_entry_size(w.level) - 1U)));
			return STEP_CONTINUE;
		}
		dfsc = RMM_DFSC_PERMISSION(w.level);
	} else {
		dfsc = RMM_DFSC_TRANSLATION(w.level);
	}
	sas = a->size == 8U ? 3U : a->size == 4U ? 2U : a->size == 2U ? 1U : 0U;
	esr = ((uint64_t)ARMCVM_ESR_EC_DABT_LOW << ARMCVM_ESR_EC_SHIFT) |
	      ARMCVM_ESR_ISV | (sas << ARMCVM_ESR_SAS_SHIFT) | dfsc |
	      (a->size == 8U ? ARMCVM_ESR_SF : 0U);
	if (write) {
		esr |= ARMCVM_ESR_WNR;
		run_put(run, RUN(exit.gprs), a->value);
	}
	run_put(run, RUN(exit.exit_reason), ARMCVM_RMI_EXIT_SYNC);
	run_put(run, RUN(exit.esr), esr);
	run_put(run, RUN(exit.far), a->ipa & (RMM_GSIZE - 1U));
	run_put(run, RUN(exit.hpfar),
		(a->ipa >> RMM_GSHIFT) << ARMCVM_HPFAR_FIPA_SHIFT);
	rec->pending = RMM_PEND_MMIO;
	return STEP_EXIT;
}

/* Complete what the last exit asked the host to do (S10 A4.3-A4.5). */
static void rmm_complete_pending(struct armcvm_rmm_model *m,
				 const struct rmm_rd *rd, struct rmm_rec *rec,
				 const struct rmm_gran *run, uint64_t flags)
{
	struct armcvm_rmm_realm_action *a = NULL;
	struct rmm_gran page;
	uint64_t v, mask;

	if (rec->act != 0 && rec->act <= m->queue_len) {
		a = &m->queue[rec->act - 1U];
	}
	switch (rec->pending) {
	case RMM_PEND_RIPAS:
		/* RSI_IPA_STATE_SET returns new_base and the response. */
		rec->gprs[0] = ARMCVM_RSI_SUCCESS;
		rec->gprs[1] = rec->ripas_addr;
		rec->gprs[2] = (flags & ARMCVM_RMI_REC_ENTER_RIPAS_RESPONSE) != 0 ?
			       ARMCVM_RSI_REJECT : ARMCVM_RSI_ACCEPT;
		rec->ripas_addr = 0;
		rec->ripas_top = 0;
		break;
	case RMM_PEND_HOST_CALL:
		if (armcvm_rmm_realm_page_(m, rd, rec->host_call_ipa, &page)) {
			/*
			 * enter.gprs[] go back into the realm's host call
			 * struct, after its imm (two different granules).
			 */
			ARMCVM_MEMCPY(page.bytes + (rec->host_call_ipa &
						    (RMM_GSIZE - 1U)) + 8U,
				      run->bytes + RUN(enter.gprs),
				      ARMCVM_RSI_HOST_CALL_NR_GPRS *
				      sizeof(uint64_t));
		}
		rec->gprs[0] = ARMCVM_RSI_SUCCESS;
		break;
	case RMM_PEND_MMIO:
		if ((flags & ARMCVM_RMI_REC_ENTER_EMUL_MMIO) == 0 || a == NULL) {
			rec->pending = RMM_PEND_NONE;
			return;		/* not emulated: the access retries */
		}
		if (a->op == ARMCVM_RMM_REALM_MMIO_READ) {
			ARMCVM_MEMCPY(&v, run->bytes + RUN(enter.gprs), 8);
			mask = a->size >= 8U ? ~ARMCVM_ULL(0) :
			       (ARMCVM_ULL(1) << (8U * a->size)) - 1U;
			rec->gprs[a->reg] = v & mask;
		}
		break;
	default:
		return;
	}
	rec->pending = RMM_PEND_NONE;
	armcvm_rmm_realm_complete_(m, rec);
}

/* Index + 1 of the first queued action of @rec_pa not yet done, or 0. */
static uint64_t rmm_next_action(const struct armcvm_rmm_model *m,
				uint64_t rec_pa)
{
	unsigned int i;

	for (i = 0; i < m->queue_len; i++) {
		if (!m->queue[i].done && m->queue[i].rec == rec_pa) {
			return (uint64_t)i + 1U;
		}
	}
	return 0;
}

/* Play queued actions until one needs the host. */
static void rmm_play(struct armcvm_rmm_model *m, struct rmm_gran *rdg,
		     struct rmm_rd *rd, struct rmm_rec *rec, uint64_t rec_pa,
		     struct rmm_gran *run)
{
	struct armcvm_rmm_realm_action *a;
	unsigned int i;

	for (;;) {
		rec->act = rmm_next_action(m, rec_pa);
		if (rec->act == 0) {
			run_put(run, RUN(exit.exit_reason), ARMCVM_RMI_EXIT_IRQ);
			return;
		}
		a = &m->queue[rec->act - 1U];
		if (a->op == ARMCVM_RMM_REALM_SMC) {
			for (i = 0; i < 11U; i++) {
				rec->gprs[i] = a->x[i];
			}
			if (rmm_realm_smc(m, rdg, rd, rec, run) == STEP_EXIT) {
				return;
			}
		} else {
			rec->gprs[a->reg] = a->value;
			if (rmm_realm_mmio(m, rd, rec, a, run) == STEP_EXIT) {
				return;
			}
		}
		armcvm_rmm_realm_complete_(m, rec);
	}
}

/*
 * RMI_REC_ENTER (S10 B4.3.14; X1 rec, X2 run). Order (T10; the spec
 * requires only address / run checks before realm / REC checks):
 *   run_align / run_bound / run_pas -> INPUT
 *   rec_align / rec_bound / rec_gran_state -> INPUT
 *   rec_state (RUNNING) -> REC: never true in this model
 *   realm_new -> (REALM, 0); system_off -> (REALM, 1)
 *   rec_runnable -> REC; rec_psci (PSCI pending) -> REC
 *   rec_gicv3 (gicv3_hcr bits outside the permitted set, or a list
 *     register beyond GICV3_NUM_LRS in use) -> REC
 *   rec_mmio (emul_mmio without a preceding emulatable abort) -> REC
 */
void armcvm_rmm_rec_enter_(struct armcvm_rmm_model *m,
			   const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran run, recg, rdg;
	struct rmm_rec rec;
	struct rmm_rd rd;
	uint64_t flags, hcr, lr, nlrs, i;

	if (!armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_UNDELEGATED,
				    &run) ||
	    !armcvm_rmm_find_state_(m, in->x[1], ARMCVM_RMM_GRANULE_REC,
				    &recg)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_rec_load_(&recg, &rec);
	(void)armcvm_rmm_get_rd_(m, rec.owner, &rdg, &rd);
	if (rd.state != RMM_REALM_ACTIVE) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM,
				  rd.state == RMM_REALM_NEW ? 0 : 1);
		return;
	}
	flags = armcvm_rmm_ns_read64_(&run, RUN(enter.flags));
	hcr = armcvm_rmm_ns_read64_(&run, RUN(enter.gicv3_hcr));
	nlrs = ((m->plat.features0 >> ARMCVM_RMI_FEAT0_GICV3_NUM_LRS_SHIFT) &
		0xFU) + 1U;
	lr = 0;
	for (i = nlrs; i < ARMCVM_RMI_REC_GIC_NUM_LRS; i++) {
		lr |= armcvm_rmm_ns_read64_(&run, RUN(enter.gicv3_lrs) + 8U * i);
	}
	if (rec.runnable == 0 || rec.pending == RMM_PEND_PSCI ||
	    (hcr & ~RMM_GICV3_HCR_PERMITTED) != 0 || lr != 0 ||
	    ((flags & ARMCVM_RMI_REC_ENTER_EMUL_MMIO) != 0 &&
	     rec.pending != RMM_PEND_MMIO)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REC, 0);
		return;
	}
	rmm_complete_pending(m, &rd, &rec, &run, flags);
	ARMCVM_MEMSET(run.bytes + RUN(exit), 0,
		      sizeof(struct armcvm_rmi_rec_exit));
	run_put(&run, RUN(exit.gicv3_hcr), hcr);
	rmm_play(m, &rdg, &rd, &rec, recg.pa, &run);
	armcvm_rmm_rec_store_(&recg, &rec);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}
