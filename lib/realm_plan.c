/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Realm creation planner: the fewest RMI 1.0 calls that build and tear down
 * a realm layout (docs/realm.md "Call count"). No memory beyond the caller's
 * op buffer: which RTTs exist is decided from the layout, not recorded.
 */
#include <armcvm/realm_plan.h>

#define GRANULE		ARMCVM_RMI_GRANULE_SIZE
#define LEVEL_PAGE	3

/* Entry size of an RTT level: 4 KiB at 3, 2 MiB at 2, ... (S10 A5.5). */
static unsigned int lvl_shift(int level)
{
	return 12U + 9U * (unsigned int)(LEVEL_PAGE - level);
}

static uint64_t lvl_size(int level)
{
	return ARMCVM_ULL(1) << lvl_shift(level);
}

/* Identity of the RTT that holds the level-L entry for @x. */
static uint64_t table_key(int level, int sl, uint64_t x)
{
	/* A starting-level RTT is one 4 KiB granule of 512 (16) entries. */
	unsigned int stride = (level == sl && level < 0) ? 4U : 9U;

	return x >> (lvl_shift(level) + stride);
}

struct gen {
	const struct armcvm_rmi_realm_params *p;
	const struct armcvm_realm_layout *l;
	struct armcvm_realm_plan *plan;
	int sl;
	uint64_t pool_next;
	uint64_t pool_end;
	/* Which phase is running, and its last RTT per level (index L + 1). */
	int phase;
	uint64_t last_key[5];
	/* Pending INIT_RIPAS call. */
	bool rip_pending;
	int rip_level;
	uint64_t rip_base;
	uint64_t rip_top;
};

enum { PH_RIPAS, PH_DATA_MEASURED, PH_DATA_UNMEASURED, PH_DATA_ALL };

static void emit(struct gen *g, uint8_t cmd, int level, uint32_t index,
		 uint64_t addr, uint64_t ipa, uint64_t arg)
{
	struct armcvm_realm_plan *pl = g->plan;

	if (pl->ops != NULL && pl->count < pl->capacity) {
		struct armcvm_realm_op *op = &pl->ops[pl->count];

		op->cmd = cmd;
		op->level = (int8_t)level;
		op->reserved = 0;
		op->index = index;
		op->addr = addr;
		op->ipa = ipa;
		op->arg = arg;
	}
	pl->count++;
	if (cmd == ARMCVM_REALM_OP_DELEGATE) {
		pl->stats.delegate++;
	} else if (cmd == ARMCVM_REALM_OP_UNDELEGATE) {
		pl->stats.undelegate++;
	}
}

static uint64_t alloc(struct gen *g)
{
	uint64_t pa = g->pool_next;

	g->pool_next += GRANULE;
	g->plan->stats.granules++;
	return pa;
}

/* Iterate the RAM as maximal runs of adjacent ranges. */
static bool ram_run(const struct armcvm_realm_layout *l, uint32_t *i,
		    uint64_t *base, uint64_t *top)
{
	if (*i >= l->num_ram) {
		return false;
	}
	*base = l->ram[*i].base;
	*top = *base + l->ram[*i].size;
	for ((*i)++; *i < l->num_ram && l->ram[*i].base == *top; (*i)++) {
		*top += l->ram[*i].size;
	}
	return true;
}

static uint64_t image_top(const struct armcvm_realm_image *im)
{
	return (im->ipa + im->size + GRANULE - 1U) & ~(GRANULE - 1U);
}

static bool image_in_phase(const struct armcvm_realm_image *im, int phase)
{
	return phase == PH_DATA_ALL ||
	       (phase == PH_DATA_MEASURED && im->measured) ||
	       (phase == PH_DATA_UNMEASURED && !im->measured);
}

/* Does a phase's work need an RTT at level L for region [rb, re)? */
static bool phase_needs(const struct gen *g, int phase, uint64_t rb,
			uint64_t re)
{
	const struct armcvm_realm_layout *l = g->l;
	uint64_t b, t;
	uint32_t i = 0;

	if (phase == PH_RIPAS) {
		/* CRM only: blocks of level >= L exist in the region when it
		 * meets RAM without lying inside one run (rmi.md 5.5). */
		while (ram_run(l, &i, &b, &t)) {
			if (b < re && t > rb) {
				return !(b <= rb && t >= re);
			}
		}
		return false;
	}
	for (i = 0; i < l->num_images; i++) {
		const struct armcvm_realm_image *im = &l->images[i];

		if (image_in_phase(im, phase) && im->ipa < re &&
		    image_top(im) > rb) {
			return true;
		}
	}
	return false;
}

/* Phases that ran before the current one (profile order). */
static bool made_earlier(const struct gen *g, uint64_t rb, uint64_t re)
{
	if (g->l->profile == ARMCVM_REALM_PROFILE_LINUX_V12) {
		return g->phase == PH_RIPAS &&
		       phase_needs(g, PH_DATA_ALL, rb, re);
	}
	switch (g->phase) {
	case PH_DATA_MEASURED:
		return phase_needs(g, PH_RIPAS, rb, re);
	case PH_DATA_UNMEASURED:
		return phase_needs(g, PH_RIPAS, rb, re) ||
		       phase_needs(g, PH_DATA_MEASURED, rb, re);
	default:
		return false;
	}
}

/* RTT_CREATE (with its delegation) every missing RTT down to @level. */
static void ensure_tables(struct gen *g, uint64_t x, int level)
{
	int lv;

	for (lv = g->sl + 1; lv <= level; lv++) {
		uint64_t key = x >> lvl_shift(lv - 1);
		uint64_t rb = key << lvl_shift(lv - 1);
		uint64_t rtt;

		if (g->last_key[lv + 1] == key) {
			continue;
		}
		g->last_key[lv + 1] = key;
		if (made_earlier(g, rb, rb + lvl_size(lv - 1))) {
			continue;
		}
		rtt = alloc(g);
		emit(g, ARMCVM_REALM_OP_DELEGATE, 0, 0, rtt, 0, 0);
		emit(g, ARMCVM_REALM_OP_RTT_CREATE, lv, 0, rtt, rb, 0);
		g->plan->stats.rtt_create++;
	}
}

static void start_phase(struct gen *g, int phase)
{
	unsigned int i;

	g->phase = phase;
	for (i = 0; i < 5; i++) {
		g->last_key[i] = ~ARMCVM_ULL(0);
	}
}

static void ripas_flush(struct gen *g)
{
	if (!g->rip_pending) {
		return;
	}
	emit(g, ARMCVM_REALM_OP_INIT_RIPAS, g->rip_level, 0, 0, g->rip_base,
	     g->rip_top);
	g->plan->stats.init_ripas++;
	g->rip_pending = false;
}

/*
 * RIPAS RAM over [b, t): the largest aligned block at each step (CRM
 * find_block_size), one call per run of blocks in the same RTT.
 */
static void ripas_range(struct gen *g, uint64_t b, uint64_t t)
{
	while (b < t) {
		int lv = g->sl;

		while ((b & (lvl_size(lv) - 1U)) != 0 || t - b < lvl_size(lv)) {
			lv++;
		}
		if (!(g->rip_pending && g->rip_level == lv && g->rip_top == b &&
		      table_key(lv, g->sl, b) ==
		      table_key(lv, g->sl, g->rip_base))) {
			ripas_flush(g);
			ensure_tables(g, b, lv);
			g->rip_pending = true;
			g->rip_level = lv;
			g->rip_base = b;
		}
		g->rip_top = b + lvl_size(lv);
		g->plan->stats.ripas_entries++;
		b += lvl_size(lv);
	}
}

static void phase_ripas(struct gen *g)
{
	const struct armcvm_realm_layout *l = g->l;
	uint64_t b, t, cur;
	uint32_t i = 0, j;

	start_phase(g, PH_RIPAS);
	while (ram_run(l, &i, &b, &t)) {
		if (l->profile != ARMCVM_REALM_PROFILE_LINUX_V12) {
			ripas_range(g, b, t);
			continue;
		}
		/* v12: the image granules are ASSIGNED already: skip them. */
		cur = b;
		for (j = 0; j < l->num_images && cur < t; j++) {
			uint64_t ib = l->images[j].ipa;
			uint64_t it = image_top(&l->images[j]);

			if (it <= cur || ib >= t) {
				continue;
			}
			if (ib > cur) {
				ripas_range(g, cur, ib);
			}
			cur = it;
		}
		if (cur < t) {
			ripas_range(g, cur, t);
		}
	}
	ripas_flush(g);
}

static void phase_data(struct gen *g, int phase)
{
	const struct armcvm_realm_layout *l = g->l;
	uint32_t i;
	uint64_t off;

	start_phase(g, phase);
	for (i = 0; i < l->num_images; i++) {
		const struct armcvm_realm_image *im = &l->images[i];

		if (!image_in_phase(im, phase)) {
			continue;
		}
		for (off = 0; off < im->size; off += GRANULE) {
			uint64_t pa;

			ensure_tables(g, im->ipa + off, LEVEL_PAGE);
			pa = alloc(g);
			emit(g, ARMCVM_REALM_OP_DELEGATE, 0, 0, pa, 0, 0);
			emit(g, ARMCVM_REALM_OP_DATA_CREATE, 0, i, pa,
			     im->ipa + off, off);
			g->plan->stats.data_create++;
		}
	}
}

static void phase_recs(struct gen *g)
{
	uint32_t i, k;

	for (i = 0; i < g->l->num_vcpus; i++) {
		uint64_t rec = alloc(g);
		uint64_t aux = g->pool_next;

		emit(g, ARMCVM_REALM_OP_DELEGATE, 0, 0, rec, 0, 0);
		for (k = 0; k < g->l->rec_aux_count; k++) {
			emit(g, ARMCVM_REALM_OP_DELEGATE, 0, 0, alloc(g), 0, 0);
		}
		emit(g, ARMCVM_REALM_OP_REC_CREATE, 0, i, rec, 0, aux);
		g->plan->stats.rec_create++;
	}
}

/* Teardown (S10 D1.2.5; rmi.md 6.1 item 9): RECs, DATA, RTTs bottom-up,
 * the realm, then the RD and the starting-level RTTs. */
static void teardown(struct gen *g)
{
	const struct armcvm_realm_plan *pl = g->plan;
	size_t n = pl->create_count;
	size_t i;
	uint32_t k;
	int lv;

	for (i = 0; i < n; i++) {
		const struct armcvm_realm_op op = pl->ops[i];

		if (op.cmd != ARMCVM_REALM_OP_REC_CREATE) {
			continue;
		}
		emit(g, ARMCVM_REALM_OP_REC_DESTROY, 0, op.index, op.addr, 0, 0);
		emit(g, ARMCVM_REALM_OP_UNDELEGATE, 0, 0, op.addr, 0, 0);
		for (k = 0; k < g->l->rec_aux_count; k++) {
			emit(g, ARMCVM_REALM_OP_UNDELEGATE, 0, 0,
			     op.arg + (uint64_t)k * GRANULE, 0, 0);
		}
	}
	for (i = 0; i < n; i++) {
		const struct armcvm_realm_op op = pl->ops[i];

		if (op.cmd != ARMCVM_REALM_OP_DATA_CREATE) {
			continue;
		}
		emit(g, ARMCVM_REALM_OP_DATA_DESTROY, 0, op.index, op.addr,
		     op.ipa, 0);
		emit(g, ARMCVM_REALM_OP_UNDELEGATE, 0, 0, op.addr, 0, 0);
	}
	for (lv = LEVEL_PAGE; lv > g->sl; lv--) {
		for (i = 0; i < n; i++) {
			const struct armcvm_realm_op op = pl->ops[i];

			if (op.cmd != ARMCVM_REALM_OP_RTT_CREATE ||
			    op.level != lv) {
				continue;
			}
			emit(g, ARMCVM_REALM_OP_RTT_DESTROY, lv, 0, op.addr,
			     op.ipa, 0);
			emit(g, ARMCVM_REALM_OP_UNDELEGATE, 0, 0, op.addr, 0, 0);
		}
	}
	emit(g, ARMCVM_REALM_OP_REALM_DESTROY, 0, 0, pl->rd, 0, 0);
	emit(g, ARMCVM_REALM_OP_UNDELEGATE, 0, 0, pl->rd, 0, 0);
	for (k = 0; k < (uint32_t)g->p->rtt_num_start; k++) {
		emit(g, ARMCVM_REALM_OP_UNDELEGATE, 0, 0,
		     g->p->rtt_base + (uint64_t)k * GRANULE, 0, 0);
	}
}

static int fail(struct armcvm_realm_error *err, int code, uint32_t field,
		uint32_t index, int64_t value, int64_t min, int64_t max,
		uint64_t align)
{
	if (err != NULL) {
		err->field = field;
		err->index = index;
		err->value = value;
		err->min = min;
		err->max = max;
		err->align = align;
	}
	return code;
}

static bool unaligned(uint64_t x)
{
	return (x & (GRANULE - 1U)) != 0;
}

static int check_ranges(const struct armcvm_realm_layout *l, uint64_t ipa_top,
			struct armcvm_realm_error *err)
{
	uint64_t prev = 0;
	uint32_t i;

	for (i = 0; i < l->num_ram; i++) {
		const struct armcvm_realm_ram *r = &l->ram[i];

		if (unaligned(r->base) || unaligned(r->size)) {
			return fail(err, -ARMCVM_ERR_ALIGN, ARMCVM_REALM_FIELD_RAM,
				    i, (int64_t)(unaligned(r->base) ? r->base :
						 r->size), 0, 0, GRANULE);
		}
		if (r->size == 0 || r->base < prev || r->base > ipa_top ||
		    r->size > ipa_top - r->base) {
			return fail(err, -ARMCVM_ERR_RANGE,
				    ARMCVM_REALM_FIELD_RAM, i, (int64_t)r->base,
				    (int64_t)prev, (int64_t)ipa_top, 0);
		}
		prev = r->base + r->size;
	}
	prev = 0;
	for (i = 0; i < l->num_images; i++) {
		const struct armcvm_realm_image *im = &l->images[i];

		if (unaligned(im->ipa)) {
			return fail(err, -ARMCVM_ERR_ALIGN,
				    ARMCVM_REALM_FIELD_IMAGE, i,
				    (int64_t)im->ipa, 0, 0, GRANULE);
		}
		if (unaligned(im->src_pa)) {
			return fail(err, -ARMCVM_ERR_ALIGN,
				    ARMCVM_REALM_FIELD_IMAGE_SRC, i,
				    (int64_t)im->src_pa, 0, 0, GRANULE);
		}
		if (im->size == 0 || im->ipa < prev || im->ipa > ipa_top ||
		    im->size > ipa_top - im->ipa) {
			return fail(err, -ARMCVM_ERR_RANGE,
				    ARMCVM_REALM_FIELD_IMAGE, i,
				    (int64_t)im->ipa, (int64_t)prev,
				    (int64_t)ipa_top, 0);
		}
		/* DATA_CREATE reads src_pa + n * 4 KiB: that must not wrap. */
		if (image_top(im) - im->ipa - 1U >
		    ~ARMCVM_ULL(0) - im->src_pa) {
			return fail(err, -ARMCVM_ERR_RANGE,
				    ARMCVM_REALM_FIELD_IMAGE_SRC, i,
				    (int64_t)im->src_pa, 0, 0, 0);
		}
		prev = image_top(im);
	}
	return 0;
}

static int check_layout(const struct armcvm_rmi_realm_params *p,
			const struct armcvm_realm_layout *l,
			struct armcvm_realm_error *err)
{
	struct armcvm_realm_rtt_geometry geo;
	uint64_t idx, roots_last, pool_end;
	uint32_t i;
	int ret;

	/*
	 * RmiRealmParams.rtt_level_start is an Int64 level (S10 B4.4.12):
	 * -1..3. ARMCVM_REALM_RTT_LEVEL_AUTO is a builder input, never a
	 * parameter value, and must not reach the geometry as "choose".
	 */
	if (p->rtt_level_start < -1 || p->rtt_level_start > 3) {
		return fail(err, -ARMCVM_ERR_INVAL,
			    ARMCVM_REALM_FIELD_RTT_LEVEL_START, 0,
			    p->rtt_level_start, -1, 3, 0);
	}
	ret = armcvm_realm_rtt_geometry((uint32_t)p->s2sz,
					(p->flags & ARMCVM_RMI_REALM_FLAG_LPA2)
					!= 0, (int32_t)p->rtt_level_start,
					&geo, err);
	if (ret != 0) {
		return ret;
	}
	if (p->rtt_num_start != geo.num_start) {
		return fail(err, -ARMCVM_ERR_INVAL,
			    ARMCVM_REALM_FIELD_RTT_LEVEL_START, 0,
			    (int64_t)p->rtt_num_start, geo.num_start,
			    geo.num_start, 0);
	}
	if (l->profile > ARMCVM_REALM_PROFILE_LINUX_V12) {
		return fail(err, -ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_PROFILE,
			    0, l->profile, 0, ARMCVM_REALM_PROFILE_LINUX_V12,
			    0);
	}
	if (l->rec_aux_count > ARMCVM_RMI_REC_MAX_AUX) {
		return fail(err, -ARMCVM_ERR_INVAL,
			    ARMCVM_REALM_FIELD_REC_AUX_COUNT, 0,
			    l->rec_aux_count, 0, ARMCVM_RMI_REC_MAX_AUX, 0);
	}
	if (l->num_vcpus == 0 || l->vcpus == NULL ||
	    (l->num_ram != 0 && l->ram == NULL) ||
	    (l->num_images != 0 && l->images == NULL)) {
		return fail(err, -ARMCVM_ERR_INVAL,
			    ARMCVM_REALM_FIELD_VCPU_COUNT, 0, l->num_vcpus, 1,
			    (int64_t)ARMCVM_RMI_REC_INDEX_LIMIT - 1, 0);
	}
	for (i = 0; i < l->num_vcpus; i++) {
		if (armcvm_rmi_rec_mpidr_to_index(l->vcpus[i].mpidr, &idx) !=
		    0) {
			return fail(err, -ARMCVM_ERR_RESERVED,
				    ARMCVM_REALM_FIELD_VCPU_MPIDR, i,
				    (int64_t)l->vcpus[i].mpidr, 0, 0, 0);
		}
		if (idx != i) {
			/* S10 A2.3.3: the n-th REC must have index n. */
			return fail(err, -ARMCVM_ERR_INVAL,
				    ARMCVM_REALM_FIELD_VCPU_MPIDR, i,
				    (int64_t)idx, i, i, 0);
		}
	}
	if (unaligned(l->ns_params_pa)) {
		return fail(err, -ARMCVM_ERR_ALIGN, ARMCVM_REALM_FIELD_NS_PAGE,
			    0, (int64_t)l->ns_params_pa, 0, 0, GRANULE);
	}
	if (unaligned(l->pool_base) || unaligned(l->pool_size)) {
		return fail(err, -ARMCVM_ERR_ALIGN, ARMCVM_REALM_FIELD_POOL, 0,
			    (int64_t)l->pool_base, 0, 0, GRANULE);
	}
	/* Inclusive ends: a range may end exactly at 2^64. */
	roots_last = p->rtt_base + p->rtt_num_start * GRANULE - 1U;
	if (roots_last < p->rtt_base) {
		return fail(err, -ARMCVM_ERR_RANGE, ARMCVM_REALM_FIELD_RTT_BASE,
			    0, (int64_t)p->rtt_base, 0, 0, 0);
	}
	pool_end = l->pool_base + l->pool_size;
	if (pool_end < l->pool_base ||
	    (l->pool_size != 0 && l->pool_base <= roots_last &&
	     pool_end - 1U >= p->rtt_base)) {
		return fail(err, -ARMCVM_ERR_RANGE, ARMCVM_REALM_FIELD_POOL, 0,
			    (int64_t)l->pool_base, (int64_t)roots_last,
			    (int64_t)p->rtt_base, 0);
	}
	/* Protected IPAs are the lower half (S10 A5.2.2; rmi.md 4.4). */
	return check_ranges(l, ARMCVM_ULL(1) << (p->s2sz - 1U), err);
}

int armcvm_realm_plan_build(const struct armcvm_rmi_realm_params *params,
			    const struct armcvm_realm_layout *layout,
			    struct armcvm_realm_plan *plan,
			    struct armcvm_realm_error *err)
{
	struct armcvm_realm_plan_stats *st;
	struct gen g;
	uint32_t k;
	int ret;

	if (params == NULL || layout == NULL || plan == NULL) {
		return fail(err, -ARMCVM_ERR_INVAL, ARMCVM_REALM_FIELD_NONE, 0,
			    0, 0, 0, 0);
	}
	ret = check_layout(params, layout, err);
	if (ret != 0) {
		return ret;
	}
	plan->count = 0;
	plan->create_count = 0;
	ARMCVM_MEMSET(&plan->stats, 0, sizeof(plan->stats));
	ARMCVM_MEMSET(&g, 0, sizeof(g));
	g.p = params;
	g.l = layout;
	g.plan = plan;
	g.sl = (int)params->rtt_level_start;
	g.pool_next = layout->pool_base;
	g.pool_end = layout->pool_base + layout->pool_size;
	st = &plan->stats;
	st->root_rtts = params->rtt_num_start;

	/* The RD and the starting-level RTTs, then REALM_CREATE. */
	plan->rd = alloc(&g);
	emit(&g, ARMCVM_REALM_OP_DELEGATE, 0, 0, plan->rd, 0, 0);
	for (k = 0; k < (uint32_t)params->rtt_num_start; k++) {
		emit(&g, ARMCVM_REALM_OP_DELEGATE, 0, 0,
		     params->rtt_base + (uint64_t)k * GRANULE, 0, 0);
	}
	emit(&g, ARMCVM_REALM_OP_REALM_CREATE, 0, 0, plan->rd, 0, 0);
	if (layout->profile == ARMCVM_REALM_PROFILE_LINUX_V12) {
		phase_data(&g, PH_DATA_ALL);
		phase_recs(&g);
		phase_ripas(&g);
	} else {
		phase_ripas(&g);
		phase_data(&g, PH_DATA_MEASURED);
		phase_recs(&g);
		phase_data(&g, PH_DATA_UNMEASURED);
	}
	emit(&g, ARMCVM_REALM_OP_REALM_ACTIVATE, 0, 0, plan->rd, 0, 0);
	plan->create_count = plan->count;
	st->create_calls = plan->count;

	if (plan->ops != NULL && plan->count <= plan->capacity) {
		teardown(&g);
	} else {
		/* Counts only: 2 calls per DATA and RTT, 2 + aux per REC,
		 * then REALM_DESTROY and the RD and root undelegations. */
		plan->count += 2U * st->data_create + 2U * st->rtt_create +
			       (2U + layout->rec_aux_count) * st->rec_create +
			       2U + st->root_rtts;
		st->undelegate = st->data_create + st->rtt_create +
				 (1U + layout->rec_aux_count) * st->rec_create +
				 1U + st->root_rtts;
	}
	st->teardown_calls = plan->count - plan->create_count;

	if (g.pool_next > g.pool_end || g.pool_next < layout->pool_base) {
		return fail(err, -ARMCVM_ERR_NOSPACE, ARMCVM_REALM_FIELD_POOL,
			    0, (int64_t)st->granules, 0,
			    (int64_t)(layout->pool_size / GRANULE), 0);
	}
	if (plan->ops != NULL && plan->count > plan->capacity) {
		return fail(err, -ARMCVM_ERR_NOSPACE, ARMCVM_REALM_FIELD_PLAN,
			    0, (int64_t)plan->count, 0,
			    (int64_t)plan->capacity, 0);
	}
	if (err != NULL) {
		ARMCVM_MEMSET(err, 0, sizeof(*err));
	}
	return 0;
}

const char *armcvm_realm_op_name(uint32_t cmd)
{
	static const char *const names[ARMCVM_REALM_OP_COUNT] = {
		[ARMCVM_REALM_OP_DELEGATE] = "RMI_GRANULE_DELEGATE",
		[ARMCVM_REALM_OP_UNDELEGATE] = "RMI_GRANULE_UNDELEGATE",
		[ARMCVM_REALM_OP_REALM_CREATE] = "RMI_REALM_CREATE",
		[ARMCVM_REALM_OP_RTT_CREATE] = "RMI_RTT_CREATE",
		[ARMCVM_REALM_OP_INIT_RIPAS] = "RMI_RTT_INIT_RIPAS",
		[ARMCVM_REALM_OP_DATA_CREATE] = "RMI_DATA_CREATE",
		[ARMCVM_REALM_OP_REC_CREATE] = "RMI_REC_CREATE",
		[ARMCVM_REALM_OP_REALM_ACTIVATE] = "RMI_REALM_ACTIVATE",
		[ARMCVM_REALM_OP_DATA_DESTROY] = "RMI_DATA_DESTROY",
		[ARMCVM_REALM_OP_REC_DESTROY] = "RMI_REC_DESTROY",
		[ARMCVM_REALM_OP_RTT_DESTROY] = "RMI_RTT_DESTROY",
		[ARMCVM_REALM_OP_REALM_DESTROY] = "RMI_REALM_DESTROY",
	};

	if (cmd == 0 || cmd >= ARMCVM_REALM_OP_COUNT) {
		return "<unknown>";
	}
	return names[cmd];
}
