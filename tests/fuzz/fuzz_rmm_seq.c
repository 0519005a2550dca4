/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * fuzz_rmm_seq: byte-driven sequences of RMI calls, host writes of NS
 * memory and queued realm actions on the software RMM (rmm_model.h).
 *
 * Input (docs/fuzzing.md, "rmm_seq"; tests/fuzz/gen_seeds.py writes it):
 *   h0  bit 0 VMID16, bits 3:1 rec_aux_count {0,1,2,3,4,8,15,16},
 *       bits 6:4 S2SZ {32,33,36,39,40,42,44,48}, bit 7 rich features
 *   h1  granules = 32 + h1 % 33 (at a 2 MiB aligned base)
 *   h2  bits 1:0 pa_bits {48,40,36,44}, bit 2 hpmn0, bits 4:3 base
 *   h3  feature tweaks: bit 0 no SHA-256, 1 no SHA-512, 2 flip SVE,
 *       3 flip PMU, bits 7:4 MAX_RECS_ORDER
 * then steps, each an opcode byte (op % 16): 0-10 RMI call, 11-12 host
 * write, 13-14 realm action, 15 RMI call with junk in x6-x16.
 *
 * Invariants, checked after every step (abort on violation):
 *  - armcvm_rmm_model_check() == 0;
 *  - the reply decodes cleanly with the rmi.h decoder of the command
 *    (status a 1.0 value, outputs well-formed), x17 is preserved and
 *    unknown FIDs answer SMC_UNKNOWN with x1-x16 zero;
 *  - a failed call (x0 != RMI_SUCCESS) and every read-only call leave
 *    all memory, granule records, the VMID map, the realm action queue
 *    and every realm's RIM unchanged;
 *  - successful calls leave the granule states S10 B4.3 names, DATA_CREATE
 *    copies the source, (UN)DELEGATE scrub, RIPAS calls make progress
 *    inside [base, top), RTT_READ_ENTRY reports a well-formed entry, and
 *    REC_ENTER writes an exit armcvm_rmi_exit_decode() accepts.
 */
#include <stdbool.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "fuzz_stream.h"

#define G		4096ULL
#define MAXGRAN		64U
#define QCAP		32U
#define SVE_HINT	(1ULL << 16)

struct fid_info {
	uint64_t fid;
	unsigned int nin;	/* 0: not an RMI 1.0 command */
	unsigned int nout;
	bool readonly;
};

#define RMI(name, ro)							\
	{ ARMCVM_SMC_RMI_##name, ARMCVM_RMI_##name##_NIN,		\
	  ARMCVM_RMI_##name##_NOUT, ro }

/* Every RMI 1.0 command (S10 B4.3), then FIDs the RMM must not serve. */
static const struct fid_info FIDS[32] = {
	RMI(VERSION, true), RMI(GRANULE_DELEGATE, false),
	RMI(GRANULE_UNDELEGATE, false), RMI(DATA_CREATE, false),
	RMI(DATA_CREATE_UNKNOWN, false), RMI(DATA_DESTROY, false),
	RMI(REALM_ACTIVATE, false), RMI(REALM_CREATE, false),
	RMI(REALM_DESTROY, false), RMI(REC_CREATE, false),
	RMI(REC_DESTROY, false), RMI(REC_ENTER, false),
	RMI(RTT_CREATE, false), RMI(RTT_DESTROY, false),
	RMI(RTT_MAP_UNPROTECTED, false), RMI(RTT_READ_ENTRY, true),
	RMI(RTT_UNMAP_UNPROTECTED, false), RMI(PSCI_COMPLETE, false),
	RMI(FEATURES, true), RMI(RTT_FOLD, false), RMI(REC_AUX_COUNT, true),
	RMI(RTT_INIT_RIPAS, false), RMI(RTT_SET_RIPAS, false),
	/* Unused numbers of the RMI range, RSI from the host, others. */
	{ 0xC4000156, 0, 0, true }, { 0xC4000160, 0, 0, true },
	{ 0xC4000163, 0, 0, true }, { 0xC400016A, 0, 0, true },
	{ 0xC400018F, 0, 0, true }, { 0x84000150, 0, 0, true },
	{ 0xC4000190, 0, 0, true }, { 0xC400014F, 0, 0, true },
	{ 0x00000000, 0, 0, true },
};

/* What a realm may do: RSI 1.0 (S10 B5.3), PSCI (DEN0022), others. */
static const uint64_t REALM_FIDS[16] = {
	0xC4000190, 0xC4000191, 0xC4000192, 0xC4000193, 0xC4000194,
	0xC4000195, 0xC4000196, 0xC4000197, 0xC4000198, 0xC4000199,
	0x84000000, 0xC4000003, 0x84000002, 0xC4000004, 0x84000008,
	0x84000009,
};

static const uint32_t AUX[8] = { 0, 1, 2, 3, 4, 8, 15, 16 };
static const uint32_t S2SZ[8] = { 32, 33, 36, 39, 40, 42, 44, 48 };
static const uint32_t PABITS[4] = { 48, 40, 36, 44 };
static const uint64_t BASES[4] = {
	0x80000000ULL, 0x40000000ULL, 0x100000000ULL, 0x200000ULL,
};

struct ctx {
	struct armcvm_rmm_model m;
	struct armcvm_rmm_mem_range range;
	struct armcvm_rmm_granule gran[MAXGRAN];
	uint64_t vmids[1024];
	struct armcvm_rmm_realm_action q[QCAP];
	bool trace;			/* FUZZ_TRACE set: log every call */
	unsigned int ngran;
	uint64_t base;
	uint32_t plat_s2sz;
	uint64_t last;			/* last decoded value */
	uint32_t rd_s2sz[MAXGRAN];	/* s2sz of the realm of an RD */
	uint64_t rec_rd[MAXGRAN];	/* RD of a REC */
	/* Snapshot taken before every RMI call. */
	struct armcvm_rmm_granule s_gran[MAXGRAN];
	uint64_t s_vmids[1024];
	struct armcvm_rmm_realm_action s_q[QCAP];
	unsigned int s_qlen;
	uint8_t s_rim[MAXGRAN][64];
};

static struct ctx C;
static uint8_t MEM[MAXGRAN * G] __attribute__((aligned(4096)));
static uint8_t SNAP[MAXGRAN * G];

static uint64_t gpa(const struct ctx *c, uint64_t i)
{
	return c->base + i * G;
}

/* Granule index of @pa in the range, or -1. */
static int gidx(const struct ctx *c, uint64_t pa)
{
	if (pa < c->base || (pa - c->base) % G != 0 ||
	    (pa - c->base) / G >= c->ngran) {
		return -1;
	}
	return (int)((pa - c->base) / G);
}

static int gstate(const struct ctx *c, uint64_t pa)
{
	return armcvm_rmm_model_granule_state(&c->m, pa);
}

static uint64_t level_size(unsigned int level)
{
	return 1ULL << (12U + 9U * (3U - level));
}

/* A granule address: one before the range .. one past it. */
static uint64_t val_gran(struct ctx *c, struct fuzz_stream *s)
{
	uint64_t i = fs_u8(s) % (c->ngran + 2U);

	return c->base + i * G - G;
}

/*
 * One argument value, biased toward what the RMM distinguishes: granule
 * addresses (exact and slightly off), IPAs aligned to each RTT level in
 * both IPA halves, RTT levels -1..4, small integers, raw values, and
 * tops relative to the previous value.
 */
static uint64_t val(struct ctx *c, struct fuzz_stream *s)
{
	static const int64_t off[8] = { 1, 8, 0x800, 0xFFF, -8, -1, 0x10, 0x100 };
	uint8_t t = fs_u8(s);
	unsigned int p = t >> 3;
	uint64_t v, prot = 1ULL << (c->plat_s2sz - 1U);

	switch (t & 7U) {
	case 0:
		v = val_gran(c, s);
		break;
	case 1:
		v = val_gran(c, s) + (uint64_t)off[p & 7U];
		break;
	case 2:
		v = (uint64_t)fs_u8(s) * level_size(p & 3U);
		if ((p & 4U) != 0) {
			v |= prot;
		}
		if ((p & 8U) != 0) {
			v += G;
		}
		if ((p & 16U) != 0) {
			v = (prot << ((p >> 2) & 1U)) - v - level_size(p & 3U);
		}
		break;
	case 3:
		v = p < 24U ? (uint64_t)((int64_t)(p % 6U) - 1) :
		    (uint64_t)(-(int64_t)(p - 22U));
		break;
	case 4:
		v = p;
		break;
	case 5:
		v = fs_u64(s);
		break;
	case 6: {
		const uint64_t sp[8] = {
			0, ~0ULL, 1ULL << 63, prot << 1, prot,
			c->base + (uint64_t)c->ngran * G, 0xFFFFFFFFFFFFF000ULL,
			prot - G,
		};
		v = sp[p & 7U];
		break;
	}
	default:
		v = c->last + ((p & 15U) + 1U) * ((p & 16U) != 0 ? 0x200000U : G);
		break;
	}
	c->last = v;
	return v;
}

static void put64(uint8_t *page, unsigned int off, uint64_t v)
{
	memcpy(page + off, &v, 8);
}

/* RmiRealmParams (S10 B4.4.12) with plausible, sometimes invalid fields. */
static void fill_realm_params(struct ctx *c, struct fuzz_stream *s,
			      uint8_t *page)
{
	static const uint64_t nums[8] = { 1, 2, 4, 8, 16, 0, 3, 32 };
	uint8_t b = fs_u8(s);
	uint64_t flags = b & 7U;

	if ((b & 0x80U) != 0) {
		flags |= 1ULL << (3U + ((b >> 3) & 15U));
	}
	put64(page, 0x000, flags);
	b = fs_u8(s);
	put64(page, 0x008, b < 0xC0U ? 32U + b % 17U : b);
	put64(page, 0x010, fs_u8(s) & 0x1FU);
	put64(page, 0x018, fs_u8(s) & 0x3FU);
	put64(page, 0x020, fs_u8(s) & 0x3FU);
	put64(page, 0x028, fs_u8(s) & 0x3FU);
	put64(page, 0x030, fs_u8(s) % 4U);
	page[0x400] = fs_u8(s);
	b = fs_u8(s);
	put64(page, 0x800, b < 0xF0U ? b % 8U : fs_u16(s));
	put64(page, 0x808, val_gran(c, s));
	b = fs_u8(s);
	put64(page, 0x810, b < 0xF0U ? (uint64_t)((int64_t)(b % 6U) - 1) :
			   fs_u64(s));
	put64(page, 0x818, nums[fs_u8(s) & 7U]);
}

/* RmiRecParams (S10 B4.4.19). */
static void fill_rec_params(struct ctx *c, struct fuzz_stream *s,
			    uint8_t *page)
{
	uint8_t b = fs_u8(s);
	uint64_t mpidr = 0, first, n, i;

	put64(page, 0x000, (b & 1U) | ((b & 0x80U) != 0 ? 2U : 0U));
	b = fs_u8(s);
	if ((b & 0xC0U) == 0xC0U) {
		mpidr = (uint64_t)(b & 0x3FU) << 4;	/* SBZ 7:4 */
	} else if (armcvm_rmi_rec_mpidr_from_index(b & 0x3FU, &mpidr) != 0) {
		mpidr = 0;
	}
	put64(page, 0x100, mpidr);
	put64(page, 0x200, 0x80000000ULL);
	put64(page, 0x300, fs_u8(s));
	b = fs_u8(s);
	n = (b & 0x80U) != 0 ? b & 0x1FU : c->m.plat.rec_aux_count;
	put64(page, 0x800, n);
	first = fs_u8(s);
	for (i = 0; i < n && i < ARMCVM_RMI_REC_MAX_AUX; i++) {
		put64(page, (unsigned int)(0x808 + 8 * i),
		      gpa(c, (first + i) % c->ngran));
	}
}

/* RmiRecEnter (S10 B4.4.15). */
static void fill_rec_run(struct fuzz_stream *s, uint8_t *page)
{
	uint8_t b = fs_u8(s);

	put64(page, 0x000, (b & 0x1FU) | ((b & 0x80U) != 0 ? 0x20U : 0U));
	put64(page, 0x200, fs_u64(s));
	b = fs_u8(s);
	put64(page, 0x300, b < 0xE0U ? 0 : 1ULL << (b & 31U));
	b = fs_u8(s);
	if ((b & 0x80U) != 0) {
		put64(page, 0x308 + 8U * (b & 15U), 1);
	}
}

/* Returns true when memory was written. */
static bool host_write(struct ctx *c, struct fuzz_stream *s)
{
	static uint8_t page[4096];
	uint8_t k = fs_u8(s);
	uint64_t pa = gpa(c, fs_u8(s) % c->ngran);
	unsigned int off;
	uint64_t v;

	memset(page, 0, sizeof(page));
	switch (k % 4U) {
	case 0:
		fill_realm_params(c, s, page);
		break;
	case 1:
		fill_rec_params(c, s, page);
		break;
	case 2:
		fill_rec_run(s, page);
		break;
	default:
		off = fs_u16(s) & 0xFF8U;
		v = fs_u64(s);
		/* Refused for realm granules: that is what is checked. */
		return armcvm_rmm_model_host_write(&c->m, pa + off, &v, 8) == 0;
	}
	return armcvm_rmm_model_host_write(&c->m, pa, page, sizeof(page)) == 0;
}

static void realm_action(struct ctx *c, struct fuzz_stream *s)
{
	static const uint32_t sizes[8] = { 1, 2, 4, 8, 8, 4, 3, 16 };
	struct armcvm_rmm_realm_action a;
	uint8_t k = fs_u8(s);
	unsigned int i;
	int rc;

	memset(&a, 0, sizeof(a));
	a.rec = gpa(c, fs_u8(s) % c->ngran);
	if (k % 4U < 2U) {
		a.op = ARMCVM_RMM_REALM_SMC;
		a.x[0] = (k & 0x80U) != 0 ? fs_u32(s) : REALM_FIDS[(k >> 2) & 15U];
		for (i = 1; i <= 4U; i++) {
			a.x[i] = val(c, s);
		}
		if ((k & 0x40U) != 0) {
			for (i = 5; i < 11U; i++) {
				a.x[i] = fs_u64(s);
			}
		}
	} else {
		a.op = k % 4U == 2U ? ARMCVM_RMM_REALM_MMIO_READ :
		       ARMCVM_RMM_REALM_MMIO_WRITE;
		a.ipa = val(c, s);
		a.size = sizes[(k >> 2) & 7U];
		a.reg = (k >> 5) == 7U ? 31U : fs_u8(s) % 31U;
		a.value = fs_u64(s);
	}
	rc = armcvm_rmm_model_realm_push(&c->m, &a);
	FUZZ_CHECK(rc >= 0 || rc == -ARMCVM_ERR_NOSPACE ||
		   rc == -ARMCVM_ERR_INVAL, "push rc %d", rc);
	FUZZ_CHECK((rc == -ARMCVM_ERR_INVAL) ==
		   (a.op != ARMCVM_RMM_REALM_SMC &&
		    (a.size == 3U || a.size == 16U || a.reg > 30U)),
		   "push validation rc %d size %u reg %u", rc, a.size, a.reg);
}

static void snapshot(struct ctx *c)
{
	unsigned int i;

	memcpy(SNAP, MEM, (size_t)c->ngran * G);
	memcpy(c->s_gran, c->gran, sizeof(c->gran));
	memcpy(c->s_vmids, c->vmids, sizeof(c->vmids));
	memcpy(c->s_q, c->q, sizeof(c->q));
	c->s_qlen = c->m.queue_len;
	for (i = 0; i < c->ngran; i++) {
		if (armcvm_rmm_model_measurement(&c->m, gpa(c, i), 0,
						 c->s_rim[i]) != 0) {
			memset(c->s_rim[i], 0, 64);
		}
	}
}

static void expect_unchanged(struct ctx *c, uint64_t fid, uint64_t x0)
{
	uint8_t rim[64];
	unsigned int i;

	for (i = 0; i < c->ngran; i++) {
		if (c->s_gran[i].state == ARMCVM_RMM_GRANULE_RD) {
			FUZZ_CHECK(armcvm_rmm_model_measurement(&c->m, gpa(c, i),
								0, rim) == 0 &&
				   memcmp(rim, c->s_rim[i], 64) == 0,
				   "fid 0x%llx x0 0x%llx changed the RIM of RD %u",
				   (unsigned long long)fid,
				   (unsigned long long)x0, i);
		}
	}
	FUZZ_CHECK(memcmp(c->s_gran, c->gran, sizeof(c->gran)) == 0,
		   "fid 0x%llx x0 0x%llx changed a granule record",
		   (unsigned long long)fid, (unsigned long long)x0);
	FUZZ_CHECK(memcmp(SNAP, MEM, (size_t)c->ngran * G) == 0,
		   "fid 0x%llx x0 0x%llx changed memory",
		   (unsigned long long)fid, (unsigned long long)x0);
	FUZZ_CHECK(memcmp(c->s_vmids, c->vmids, sizeof(c->vmids)) == 0,
		   "fid 0x%llx x0 0x%llx changed the VMID map",
		   (unsigned long long)fid, (unsigned long long)x0);
	FUZZ_CHECK(c->s_qlen == c->m.queue_len &&
		   memcmp(c->s_q, c->q, sizeof(c->q)) == 0,
		   "fid 0x%llx x0 0x%llx changed the realm queue",
		   (unsigned long long)fid, (unsigned long long)x0);
}

/* The reply must be what rmi.h's decoder of the command accepts. */
static void check_decode(uint64_t fid, const struct armcvm_smccc_regs *r)
{
	union {
		struct armcvm_rmi_status st;
		struct armcvm_rmi_version_result ver;
		struct armcvm_rmi_data_destroy_result dd;
		struct armcvm_rmi_rtt_destroy_result rd;
		struct armcvm_rmi_rtt_fold_result fold;
		struct armcvm_rmi_rtt_entry ent;
		struct armcvm_rmi_rtt_unmap_result unmap;
		struct armcvm_rmi_features_result feat;
		struct armcvm_rmi_rec_aux_count_result aux;
		struct armcvm_rmi_ripas_result ripas;
	} u;
	int rc;

	switch (fid) {
	case ARMCVM_SMC_RMI_VERSION:
		rc = armcvm_rmi_version_decode(r, &u.ver);
		break;
	case ARMCVM_SMC_RMI_DATA_DESTROY:
		rc = armcvm_rmi_data_destroy_decode(r, &u.dd);
		break;
	case ARMCVM_SMC_RMI_RTT_DESTROY:
		rc = armcvm_rmi_rtt_destroy_decode(r, &u.rd);
		break;
	case ARMCVM_SMC_RMI_RTT_FOLD:
		rc = armcvm_rmi_rtt_fold_decode(r, &u.fold);
		break;
	case ARMCVM_SMC_RMI_RTT_READ_ENTRY:
		rc = armcvm_rmi_rtt_read_entry_decode(r, &u.ent);
		break;
	case ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED:
		rc = armcvm_rmi_rtt_unmap_unprotected_decode(r, &u.unmap);
		break;
	case ARMCVM_SMC_RMI_FEATURES:
		rc = armcvm_rmi_features_decode(r, &u.feat);
		break;
	case ARMCVM_SMC_RMI_REC_AUX_COUNT:
		rc = armcvm_rmi_rec_aux_count_decode(r, &u.aux);
		break;
	case ARMCVM_SMC_RMI_RTT_INIT_RIPAS:
	case ARMCVM_SMC_RMI_RTT_SET_RIPAS:
		rc = armcvm_rmi_rtt_init_ripas_decode(r, &u.ripas);
		break;
	default:
		rc = armcvm_rmi_status_decode(r->x[0], &u.st);
		break;
	}
	FUZZ_CHECK(rc == 0, "fid 0x%llx: reply x0 0x%llx x1 0x%llx refused "
		   "by its decoder (%d)", (unsigned long long)fid,
		   (unsigned long long)r->x[0], (unsigned long long)r->x[1], rc);
	/* RMM 1.0 statuses are 0..4 (S10 B4.4.1); RTT index is a level. */
	FUZZ_CHECK((r->x[0] & 0xFFU) <= ARMCVM_RMI_ERROR_RTT,
		   "fid 0x%llx: status %llu", (unsigned long long)fid,
		   (unsigned long long)r->x[0]);
	FUZZ_CHECK((r->x[0] & 0xFFU) == ARMCVM_RMI_ERROR_RTT ?
		   (r->x[0] >> 8) <= 3U :
		   (r->x[0] & 0xFFU) == ARMCVM_RMI_ERROR_REALM ?
		   (r->x[0] >> 8) <= 1U : (r->x[0] >> 8) == 0,
		   "fid 0x%llx: index in x0 0x%llx", (unsigned long long)fid,
		   (unsigned long long)r->x[0]);
}

static void check_exit(struct ctx *c, uint64_t rec, uint64_t run)
{
	struct armcvm_rmi_rec_exit ex;
	struct armcvm_rmi_exit_info info;
	int ri = gidx(c, rec), di;
	unsigned int s2sz;
	int rc;

	FUZZ_CHECK(ri >= 0, "REC_ENTER succeeded for 0x%llx",
		   (unsigned long long)rec);
	di = gidx(c, c->rec_rd[ri]);
	FUZZ_CHECK(di >= 0, "REC 0x%llx has no recorded RD",
		   (unsigned long long)rec);
	s2sz = c->rd_s2sz[di];
	FUZZ_CHECK(armcvm_rmm_model_host_read(&c->m, run + 0x800, &ex,
					      sizeof(ex)) == 0,
		   "run page 0x%llx unreadable after REC_ENTER",
		   (unsigned long long)run);
	rc = armcvm_rmi_exit_decode(&ex, s2sz, &info);
	if (c->trace) {
		fprintf(stderr, "  exit %u esr 0x%llx ipa 0x%llx\n",
			info.reason, (unsigned long long)info.esr,
			(unsigned long long)info.ipa);
	}
	FUZZ_CHECK(rc == 0, "exit reason 0x%llx refused by the decoder (%d)",
		   (unsigned long long)ex.exit_reason, rc);
	FUZZ_CHECK(info.reason != ARMCVM_RMI_EXIT_FIQ &&
		   info.reason != ARMCVM_RMI_EXIT_SERROR,
		   "unexpected exit reason %u", info.reason);
	/* The model's only synchronous exit is an emulatable data abort. */
	FUZZ_CHECK(info.reason != ARMCVM_RMI_EXIT_SYNC || info.mmio,
		   "SYNC exit esr 0x%llx ipa 0x%llx is not emulatable MMIO",
		   (unsigned long long)info.esr,
		   (unsigned long long)info.ipa);
}

/* Success-specific postconditions (S10 B4.3 command success conditions). */
static void check_success(struct ctx *c, const struct armcvm_smccc_regs *in,
			  const struct armcvm_smccc_regs *r, uint64_t fid)
{
	uint8_t tmp[64];
	uint64_t v;
	int i;

	switch (fid) {
	case ARMCVM_SMC_RMI_GRANULE_DELEGATE:
	case ARMCVM_SMC_RMI_GRANULE_UNDELEGATE:
		FUZZ_CHECK(gstate(c, in->x[1]) ==
			   (fid == ARMCVM_SMC_RMI_GRANULE_DELEGATE ?
			    ARMCVM_RMM_GRANULE_DELEGATED :
			    ARMCVM_RMM_GRANULE_UNDELEGATED), "(un)delegate");
		i = gidx(c, in->x[1]);
		memset(tmp, 0, sizeof(tmp));
		FUZZ_CHECK(i >= 0 && memcmp(MEM + (size_t)i * G, tmp, 64) == 0 &&
			   memcmp(MEM + (size_t)i * G, MEM + (size_t)i * G + 64,
				  G - 64) == 0, "granule not scrubbed");
		break;
	case ARMCVM_SMC_RMI_REALM_CREATE:
		FUZZ_CHECK(gstate(c, in->x[1]) == ARMCVM_RMM_GRANULE_RD, "RD");
		i = gidx(c, in->x[1]);
		FUZZ_CHECK(armcvm_rmm_model_host_read(&c->m, in->x[2] + 8,
						      &v, 8) == 0,
			   "params unreadable");
		c->rd_s2sz[i] = (uint32_t)v;
		break;
	case ARMCVM_SMC_RMI_REALM_DESTROY:
	case ARMCVM_SMC_RMI_REC_DESTROY:
		FUZZ_CHECK(gstate(c, in->x[1]) == ARMCVM_RMM_GRANULE_DELEGATED,
			   "destroyed object not DELEGATED");
		break;
	case ARMCVM_SMC_RMI_REC_CREATE:
		FUZZ_CHECK(gstate(c, in->x[2]) == ARMCVM_RMM_GRANULE_REC, "REC");
		c->rec_rd[gidx(c, in->x[2])] = in->x[1];
		break;
	case ARMCVM_SMC_RMI_DATA_CREATE:
	case ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN:
		FUZZ_CHECK(gstate(c, in->x[2]) == ARMCVM_RMM_GRANULE_DATA, "DATA");
		if (fid == ARMCVM_SMC_RMI_DATA_CREATE) {
			FUZZ_CHECK(memcmp(MEM + (size_t)gidx(c, in->x[2]) * G,
					  MEM + (size_t)gidx(c, in->x[4]) * G,
					  G) == 0, "DATA_CREATE copy");
		}
		break;
	case ARMCVM_SMC_RMI_DATA_DESTROY:
	case ARMCVM_SMC_RMI_RTT_DESTROY:
	case ARMCVM_SMC_RMI_RTT_FOLD:
		FUZZ_CHECK(gstate(c, r->x[1]) == ARMCVM_RMM_GRANULE_DELEGATED,
			   "fid 0x%llx returned 0x%llx, not DELEGATED",
			   (unsigned long long)fid,
			   (unsigned long long)r->x[1]);
		break;
	case ARMCVM_SMC_RMI_RTT_CREATE:
		FUZZ_CHECK(gstate(c, in->x[2]) == ARMCVM_RMM_GRANULE_RTT, "RTT");
		break;
	case ARMCVM_SMC_RMI_RTT_INIT_RIPAS:
		FUZZ_CHECK(r->x[1] > in->x[2] && r->x[1] <= in->x[3],
			   "INIT_RIPAS out_top 0x%llx outside (0x%llx, 0x%llx]",
			   (unsigned long long)r->x[1],
			   (unsigned long long)in->x[2],
			   (unsigned long long)in->x[3]);
		break;
	case ARMCVM_SMC_RMI_RTT_SET_RIPAS:
		FUZZ_CHECK(r->x[1] > in->x[3] && r->x[1] <= in->x[4],
			   "SET_RIPAS out_top 0x%llx outside (0x%llx, 0x%llx]",
			   (unsigned long long)r->x[1],
			   (unsigned long long)in->x[3],
			   (unsigned long long)in->x[4]);
		break;
	case ARMCVM_SMC_RMI_RTT_READ_ENTRY:
		FUZZ_CHECK((int64_t)r->x[1] <= (int64_t)in->x[3] &&
			   r->x[2] <= ARMCVM_RMI_TABLE &&
			   r->x[4] <= ARMCVM_RMI_DESTROYED &&
			   (r->x[2] != ARMCVM_RMI_TABLE || (int64_t)r->x[1] < 3),
			   "READ_ENTRY level %lld state %llu ripas %llu",
			   (long long)r->x[1], (unsigned long long)r->x[2],
			   (unsigned long long)r->x[4]);
		break;
	case ARMCVM_SMC_RMI_REC_ENTER:
		check_exit(c, in->x[1], in->x[2]);
		break;
	default:
		break;
	}
}

/* Returns true when the call may have changed the model's state. */
static bool rmi_call(struct ctx *c, struct fuzz_stream *s, bool junk)
{
	uint8_t f = fs_u8(s);
	const struct fid_info *fi = &FIDS[f & 31U];
	struct armcvm_smccc_regs in, r;
	unsigned int i, nargs = fi->nin != 0 ? fi->nin - 1U : 5U;
	uint64_t x0;

	memset(&in, 0, sizeof(in));
	in.x[0] = fi->fid | ((f & 0x40U) != 0 ? SVE_HINT : 0);
	for (i = 1; i <= nargs; i++) {
		in.x[i] = val(c, s);
	}
	if (junk) {
		for (i = nargs + 1U; i <= 16U; i++) {
			in.x[i] = fs_u64(s);
		}
	}
	in.x[17] = 0x1717171717171717ULL;
	r = in;
	snapshot(c);
	armcvm_rmm_model_smc(&c->m, &r);
	x0 = r.x[0];
	if (c->trace) {
		fprintf(stderr, "rmi 0x%llx (0x%llx 0x%llx 0x%llx 0x%llx 0x%llx)"
			" -> 0x%llx 0x%llx\n", (unsigned long long)in.x[0],
			(unsigned long long)in.x[1], (unsigned long long)in.x[2],
			(unsigned long long)in.x[3], (unsigned long long)in.x[4],
			(unsigned long long)in.x[5], (unsigned long long)x0,
			(unsigned long long)r.x[1]);
	}
	FUZZ_CHECK(r.x[17] == in.x[17], "x17 not preserved");
	for (i = fi->nin != 0 ? fi->nout : 1U; i <= 16U; i++) {
		FUZZ_CHECK(r.x[i] == 0, "fid 0x%llx: x%u = 0x%llx (MBZ)",
			   (unsigned long long)fi->fid, i,
			   (unsigned long long)r.x[i]);
	}
	if (fi->nin == 0) {
		FUZZ_CHECK(x0 == ARMCVM_SMC_UNKNOWN, "fid 0x%llx served",
			   (unsigned long long)fi->fid);
	} else {
		check_decode(fi->fid, &r);
	}
	if (x0 != ARMCVM_RMI_SUCCESS || fi->readonly) {
		expect_unchanged(c, fi->fid, x0);
		return false;
	}
	check_success(c, &in, &r, fi->fid);
	return true;
}

static bool setup(struct ctx *c, struct fuzz_stream *s)
{
	struct armcvm_rmm_platform plat;
	uint8_t h0 = fs_u8(s), h1 = fs_u8(s), h2 = fs_u8(s), h3 = fs_u8(s);
	uint64_t f;

	memset(c, 0, sizeof(*c));
	c->trace = getenv("FUZZ_TRACE") != NULL;
	c->ngran = 32U + h1 % 33U;
	c->base = BASES[(h2 >> 3) & 3U];
	memset(MEM, 0, (size_t)c->ngran * G);
	c->plat_s2sz = S2SZ[(h0 >> 4) & 7U];
	f = c->plat_s2sz | (1ULL << 32) | (1ULL << 33);
	if ((h0 & 0x80U) != 0) {
		/* SVE VL 2048, 16 BPs / WPs, 31 PMU counters, 16 LRs. */
		f |= (1ULL << 9) | (15ULL << 10) | (15ULL << 14) |
		     (15ULL << 20) | (1ULL << 26) | (31ULL << 27) |
		     (15ULL << 34);
	} else {
		f |= (1ULL << 14) | (1ULL << 20) | (3ULL << 34);
	}
	if ((h3 & 1U) != 0) {
		f &= ~(1ULL << 32);
	}
	if ((h3 & 2U) != 0) {
		f &= ~(1ULL << 33);
	}
	if ((h3 & 4U) != 0) {
		f ^= 1ULL << 9;
	}
	if ((h3 & 8U) != 0) {
		f ^= 1ULL << 26;
	}
	f |= (uint64_t)(h3 >> 4) << 38;
	memset(&plat, 0, sizeof(plat));
	plat.features0 = f;
	plat.rec_aux_count = AUX[(h0 >> 1) & 7U];
	plat.vmid_bits = (h0 & 1U) != 0 ? 16U : 8U;
	plat.pa_bits = PABITS[h2 & 3U];
	plat.hpmn0 = (h2 & 4U) != 0;
	c->range.base = c->base;
	c->range.granules = c->ngran;
	c->range.bytes = MEM;
	c->range.gran = c->gran;
	if (armcvm_rmm_model_init(&c->m, &plat, &c->range, 1, c->vmids,
				  1024) != 0) {
		return false;
	}
	armcvm_rmm_model_realm_queue(&c->m, c->q, QCAP);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_stream s = { data, size };
	struct ctx *c = &C;

	if (!setup(c, &s)) {
		return 0;
	}
	while (fs_more(&s)) {
		uint8_t op = fs_u8(&s) % 16U;
		bool dirty = false;

		if (op <= 10U) {
			dirty = rmi_call(c, &s, false);
		} else if (op <= 12U) {
			dirty = host_write(c, &s);
		} else if (op <= 14U) {
			realm_action(c, &s);
		} else {
			dirty = rmi_call(c, &s, true);
		}
		/*
		 * The checker is a pure function of memory, granule records
		 * and the VMID map (it does not read the realm queue). A step
		 * that provably left them byte-identical (failed and
		 * read-only calls: expect_unchanged(), refused host writes,
		 * queue pushes) cannot change its verdict, so only the other
		 * steps are re-checked.
		 */
		if (dirty) {
			FUZZ_CHECK(armcvm_rmm_model_check(&c->m) == 0,
				   "armcvm_rmm_model_check failed after op %u",
				   op);
		}
	}
	return 0;
}
