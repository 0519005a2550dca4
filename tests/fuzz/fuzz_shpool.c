/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * fuzz_shpool: the guest shared bounce-buffer pool (shpool.h) over the
 * stateful fake pKVM / RMM of tests/fake_guest_hyp.c, driven through
 * init / alloc / free / teardown sequences while the fake hypervisor
 * changes how it behaves.
 *
 * Input (docs/fuzzing.md, "shpool"): a byte whose bit 0 gives the fake
 * pKVM the ranged MEM_SHARE form, then steps until the input ends, an
 * opcode byte each (op % 8): 0 init (four configuration bytes), 1-2
 * alloc, 3-4 free, 5 teardown, 6 reconfigure the fake hypervisor, 7 the
 * host scribbles over the shared region.
 *
 * Checked against a shadow of the pool kept here (abort on violation):
 *  - alloc hands out a free, slot-aligned buffer inside the region, never
 *    one already out, with the documented IPA (the realm's unprotected
 *    alias) and size; -ARMCVM_ERR_NOSPACE exactly when all slots are out;
 *  - free answers exactly as shpool.h documents (range, alignment, double
 *    free, dead pool), and alloc / free never call the hypervisor;
 *  - init and teardown with an honest hypervisor leave exactly the report's
 *    [shared_lo, shared_hi) shared: all of the region after init, none of
 *    it after a successful teardown (every buffer unshared);
 *  - argument errors make no hypervisor call at all.
 */
#include <stdbool.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "../fake_guest_hyp.h"
#include "fuzz_stream.h"

#define MAX_BYTES	((uint64_t)FAKE_GRANULES * FAKE_GRANULE)
#define MAX_SLOTS	(MAX_BYTES / ARMCVM_SHPOOL_MIN_SLOT)

struct ctx {
	struct fake_hyp h;
	struct armcvm_conduit pkvm;	/* fake pKVM EL2 */
	struct armcvm_conduit rmm;	/* fake RMM */
	struct armcvm_shpool pool;
	struct armcvm_shpool_config cfg;
	uint32_t meta[MAX_SLOTS];
	bool out[MAX_SLOTS];	/* shadow: slot handed out */
	uint64_t nout;
	uint64_t nslots;
	bool live;
	bool honest;		/* the fake answers within the ABI */
	bool truthful;		/* the last init's HYP_MEMINFO was true */
	bool checkable;		/* the pool's sharing can be compared */
};

static struct ctx C;
static uint8_t REGION[MAX_BYTES] __attribute__((aligned(4096)));

static void fake_behaviour(struct ctx *c, struct fuzz_stream *s)
{
	uint8_t b = fs_u8(s), f = fs_u8(s);

	c->h.budget = b & 3U;
	c->h.fail_ipa = (b & 4U) != 0 ?
			FAKE_BASE + (uint64_t)(f % FAKE_GRANULES) * FAKE_GRANULE :
			0;
	c->h.fail_code = (b & 8U) != 0 ? -2 : -3;
	c->h.fail_response = (b >> 4) & 1U;
	c->h.zero_progress = (b & 0x60U) == 0x60U;
	c->h.overreport = (b & 0xE0U) == 0xA0U;
	c->honest = !c->h.zero_progress && !c->h.overreport;
}

/* Shared state of the region's granules is exactly [lo, hi). */
static void check_shared(const struct ctx *c, uint64_t base, uint64_t size,
			 uint64_t lo, uint64_t hi, const char *what)
{
	uint64_t ipa;
	unsigned int i;

	for (ipa = base; ipa < base + size; ipa += FAKE_GRANULE) {
		i = (unsigned int)((ipa - FAKE_BASE) / FAKE_GRANULE);
		FUZZ_CHECK(c->h.shared[i] == (ipa >= lo && ipa < hi),
			   "%s: granule 0x%llx shared %d, report [0x%llx, "
			   "0x%llx)", what, (unsigned long long)ipa,
			   c->h.shared[i], (unsigned long long)lo,
			   (unsigned long long)hi);
	}
}

/*
 * Is the sharing outcome checkable: the region lies in the fake's window
 * and the pKVM configuration tells the truth about the fake (4 KiB
 * granule, the ranged form exactly when the fake accepts it)?
 */
static bool in_fake(const struct ctx *c, const struct armcvm_shpool_config *cfg)
{
	if (cfg->backend == ARMCVM_SHPOOL_PKVM &&
	    (cfg->meminfo.granule != FAKE_GRANULE ||
	     cfg->meminfo.has_range != c->h.ranged)) {
		return false;
	}
	return cfg->ipa >= FAKE_BASE && cfg->size <= MAX_BYTES &&
	       cfg->ipa - FAKE_BASE <= MAX_BYTES - cfg->size &&
	       (cfg->ipa - FAKE_BASE) % FAKE_GRANULE == 0;
}

static bool shared_none(const struct ctx *c,
			const struct armcvm_shpool_config *cfg)
{
	uint64_t ipa;

	for (ipa = cfg->ipa; ipa < cfg->ipa + cfg->size; ipa += FAKE_GRANULE) {
		if (c->h.shared[(ipa - FAKE_BASE) / FAKE_GRANULE]) {
			return false;
		}
	}
	return true;
}

static void do_init(struct ctx *c, struct fuzz_stream *s)
{
	static const unsigned int widths[4] = { 40, 33, 52, 32 };
	struct armcvm_shpool_config cfg;
	struct armcvm_shpool_report rep;
	uint8_t b = fs_u8(s), g = fs_u8(s), k = fs_u8(s), m = fs_u8(s);
	size_t meta_count;
	uint32_t *meta = c->meta;
	unsigned int calls = c->h.calls;
	bool was_live = c->pool.live;
	bool realm = (b & 1U) != 0, clean, truthful;
	int64_t n;
	int rc;

	memset(&cfg, 0, sizeof(cfg));
	cfg.backend = realm ? ARMCVM_SHPOOL_REALM : ARMCVM_SHPOOL_PKVM;
	if ((b & 0x80U) != 0) {
		cfg.backend = (enum armcvm_shpool_backend)(b >> 5);
	}
	/* The fake matching the backend (a pKVM guest never issues RSI). */
	cfg.conduit = realm ? &c->rmm : &c->pkvm;
	cfg.size = (uint64_t)(1U + g % FAKE_GRANULES) * FAKE_GRANULE;
	cfg.ipa = FAKE_BASE + (uint64_t)(g >> 6) * FAKE_GRANULE;
	cfg.slot_size = ARMCVM_SHPOOL_MIN_SLOT << (k % 8U);
	cfg.va = (uint64_t)(uintptr_t)REGION;
	if ((k & 0x08U) != 0) {
		cfg.ipa += (uint64_t)(k >> 4) * 0x100U;	/* misaligned */
	}
	if ((k & 0x80U) != 0) {
		cfg.size += (uint64_t)(k & 0x70U) * 2U;
	}
	if ((m & 0x01U) != 0) {
		cfg.va += ARMCVM_SHPOOL_MIN_SLOT << ((m >> 1) & 7U);
	}
	/* What HYP_MEMINFO said; bit 1 of b makes it lie about ranges. */
	cfg.meminfo.smccc = (b & 4U) != 0 && (m & 0x10U) != 0 ? -1 : 0;
	cfg.meminfo.granule = (m & 0x20U) != 0 ? 0x2000U : FAKE_GRANULE;
	cfg.meminfo.has_range = c->h.ranged != ((b & 2U) != 0);
	cfg.meminfo.flags = cfg.meminfo.has_range ? 1U : 0U;
	cfg.ipa_width = widths[(b >> 2) & 3U];
	n = armcvm_shpool_meta_count(cfg.size, cfg.slot_size);
	meta_count = n > 0 ? (size_t)n : 0;
	if ((m & 0x40U) != 0 && meta_count > 0) {
		meta_count--;
	}
	if ((m & 0x80U) != 0) {
		/* Metadata inside the region the host can write. */
		cfg.va = (uint64_t)(uintptr_t)meta;
	}
	clean = !in_fake(c, &cfg) || shared_none(c, &cfg);
	truthful = cfg.backend != ARMCVM_SHPOOL_PKVM ||
		   (cfg.meminfo.granule == FAKE_GRANULE &&
		    cfg.meminfo.has_range == c->h.ranged);
	rc = armcvm_shpool_init(&c->pool, &cfg, meta, meta_count, &rep);
	if (getenv("FUZZ_TRACE") != NULL) {
		fprintf(stderr, "init backend %d ranged %d ipa 0x%llx size 0x%llx "
			"slot %llu width %u -> %d [0x%llx, 0x%llx) calls %u\n",
			cfg.backend, c->h.ranged, (unsigned long long)cfg.ipa,
			(unsigned long long)cfg.size,
			(unsigned long long)cfg.slot_size, cfg.ipa_width, rc,
			(unsigned long long)rep.shared_lo,
			(unsigned long long)rep.shared_hi, c->h.calls - calls);
	}
	FUZZ_CHECK(rc == 0 || rc == -ARMCVM_ERR_INVAL ||
		   rc == -ARMCVM_ERR_ALIGN || rc == -ARMCVM_ERR_RANGE ||
		   rc == -ARMCVM_ERR_NOSPACE || rc == -ARMCVM_ERR_STATE ||
		   rc == -ARMCVM_ERR_PROTOCOL, "init rc %d", rc);
	if (rc != 0 && rc != -ARMCVM_ERR_STATE && rc != -ARMCVM_ERR_PROTOCOL) {
		/* Refused arguments: no call, and a live pool stays usable
		 * only if init never touched it. */
		FUZZ_CHECK(c->h.calls == calls, "init rc %d made %u calls", rc,
			   c->h.calls - calls);
		FUZZ_CHECK(c->pool.live == was_live, "refused init changed "
			   "the pool");
		return;
	}
	/* init overwrote the pool: the previous one (if any) is gone. */
	c->truthful = truthful;
	c->checkable = c->honest && truthful && in_fake(c, &cfg) && clean;
	c->live = rc == 0;
	c->cfg = cfg;
	memset(c->out, 0, sizeof(c->out));
	c->nout = 0;
	c->nslots = rc == 0 ? (uint64_t)n : 0;
	FUZZ_CHECK(c->pool.live == (rc == 0), "live %d after rc %d",
		   c->pool.live, rc);
	if (rc == 0) {
		FUZZ_CHECK(rep.shared_lo == cfg.ipa &&
			   rep.shared_hi == cfg.ipa + cfg.size, "init report");
	}
	/* A region left shared by an earlier pool is not this report's. */
	if (c->checkable) {
		check_shared(c, cfg.ipa, cfg.size, rep.shared_lo, rep.shared_hi,
			     "init");
	}
}

static void do_alloc(struct ctx *c)
{
	struct armcvm_shpool_buf b;
	unsigned int calls = c->h.calls;
	uint64_t off, ipa;
	int rc;

	rc = armcvm_shpool_alloc(&c->pool, &b);
	FUZZ_CHECK(c->h.calls == calls, "alloc called the hypervisor");
	if (!c->live) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_STATE, "alloc on a dead pool %d",
			   rc);
		return;
	}
	if (c->nout == c->nslots) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_NOSPACE, "alloc when full: %d",
			   rc);
		return;
	}
	FUZZ_CHECK(rc == 0, "alloc with %llu of %llu out: %d",
		   (unsigned long long)c->nout, (unsigned long long)c->nslots,
		   rc);
	off = b.va - c->cfg.va;
	FUZZ_CHECK(b.va >= c->cfg.va && off < c->cfg.size &&
		   off % c->cfg.slot_size == 0 && b.size == c->cfg.slot_size,
		   "buffer va 0x%llx size %llu outside the slots",
		   (unsigned long long)b.va, (unsigned long long)b.size);
	FUZZ_CHECK(!c->out[off / c->cfg.slot_size],
		   "slot at 0x%llx handed out twice", (unsigned long long)off);
	ipa = c->cfg.ipa + off;
	if (c->cfg.backend == ARMCVM_SHPOOL_REALM) {
		ipa |= 1ULL << (c->cfg.ipa_width - 1U);
	}
	FUZZ_CHECK(b.ipa == ipa, "buffer ipa 0x%llx, want 0x%llx",
		   (unsigned long long)b.ipa, (unsigned long long)ipa);
	c->out[off / c->cfg.slot_size] = true;
	c->nout++;
}

static void do_free(struct ctx *c, struct fuzz_stream *s)
{
	uint8_t b = fs_u8(s);
	uint64_t slot = fs_u16(s), va, off;
	unsigned int calls = c->h.calls;
	int rc, want;

	if (c->nslots != 0) {
		slot %= c->nslots;
	}
	va = c->cfg.va + slot * c->cfg.slot_size;
	switch (b % 4U) {
	case 0:
		break;
	case 1:
		va += (uint64_t)(b >> 2) + 1U;		/* inside, misaligned */
		break;
	case 2:
		va = c->cfg.va + c->cfg.size + (uint64_t)(b >> 2) * 8U;
		break;
	default:
		va = c->cfg.va - 1U - (b >> 2);
		break;
	}
	rc = armcvm_shpool_free(&c->pool, va);
	FUZZ_CHECK(c->h.calls == calls, "free called the hypervisor");
	off = va - c->cfg.va;
	if (!c->live) {
		want = -ARMCVM_ERR_STATE;
	} else if (va < c->cfg.va || off >= c->cfg.size) {
		want = -ARMCVM_ERR_RANGE;
	} else if (off % c->cfg.slot_size != 0) {
		want = -ARMCVM_ERR_ALIGN;
	} else if (!c->out[off / c->cfg.slot_size]) {
		want = -ARMCVM_ERR_STATE;
	} else {
		want = 0;
	}
	FUZZ_CHECK(rc == want, "free(0x%llx) = %d, want %d",
		   (unsigned long long)va, rc, want);
	if (rc == 0) {
		c->out[off / c->cfg.slot_size] = false;
		c->nout--;
	}
}

static void do_teardown(struct ctx *c)
{
	struct armcvm_shpool_report rep;
	unsigned int calls = c->h.calls;
	int rc;

	rc = armcvm_shpool_teardown(&c->pool, &rep);
	if (getenv("FUZZ_TRACE") != NULL) {
		fprintf(stderr, "teardown -> %d [0x%llx, 0x%llx) calls %u bad %u\n",
			rc, (unsigned long long)rep.shared_lo,
			(unsigned long long)rep.shared_hi, c->h.calls - calls,
			c->h.bad_regs);
	}
	if (!c->live || c->nout != 0) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_STATE && c->h.calls == calls,
			   "teardown with %llu out: %d",
			   (unsigned long long)c->nout, rc);
		FUZZ_CHECK(c->pool.live == c->live, "refused teardown");
		return;
	}
	FUZZ_CHECK(rc == 0 || rc == -ARMCVM_ERR_STATE ||
		   rc == -ARMCVM_ERR_PROTOCOL, "teardown rc %d", rc);
	FUZZ_CHECK(!c->pool.live, "pool live after teardown (rc %d)", rc);
	c->live = false;
	if (rc == 0) {
		FUZZ_CHECK(rep.shared_lo == rep.shared_hi || rep.shared_hi == 0,
			   "teardown report");
		if (c->checkable && c->honest) {
			/* Every buffer is private again. */
			check_shared(c, c->cfg.ipa, c->cfg.size, 0, 0,
				     "teardown");
		}
	} else if (c->checkable && c->honest) {
		check_shared(c, c->cfg.ipa, c->cfg.size, rep.shared_lo,
			     rep.shared_hi, "failed teardown");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_stream s = { data, size };
	struct ctx *c = &C;

	memset(c, 0, sizeof(*c));
	c->honest = true;
	c->h.fail_code = -3;
	/* Whether the fake pKVM has KVM_FUNC_HAS_RANGE (ACK) is fixed. */
	c->h.ranged = (fs_u8(&s) & 1U) != 0;
	c->pkvm = (struct armcvm_conduit)ARMCVM_CONDUIT_INIT_CALLBACK(
		fake_pkvm_call, &c->h);
	c->rmm = (struct armcvm_conduit)ARMCVM_CONDUIT_INIT_CALLBACK(
		fake_rmm_call, &c->h);
	while (fs_more(&s)) {
		uint8_t op = fs_u8(&s) % 8U;

		switch (op) {
		case 0:
			do_init(c, &s);
			break;
		case 1:
		case 2:
			do_alloc(c);
			break;
		case 3:
		case 4:
			do_free(c, &s);
			break;
		case 5:
			do_teardown(c);
			break;
		case 6:
			fake_behaviour(c, &s);
			break;
		default:
			/* The host writes the shared region at will. */
			memset(REGION, fs_u8(&s), sizeof(REGION));
			break;
		}
		/* A pool told a wrong HYP_MEMINFO uses a form the fake
		 * refuses; with the truth every register is as the ABI says. */
		FUZZ_CHECK(c->h.bad_regs == 0 || !c->truthful,
			   "MBZ register set in a call");
		c->h.bad_regs = 0;
	}
	return 0;
}
