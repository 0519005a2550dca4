/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm-realm: predict a realm's RIM, print its minimal RMI plan, and run
 * it on armcvm's software RMM (docs/realm-tool.md).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "realm_tool.h"
#include "tool_text.h"

#define GRANULE		4096ULL
#define ROOTS_SPAN	(16 * GRANULE)	/* up to 16 starting-level RTTs */

/* ------------------------------------------------------------------ */
/* Command line                                                        */
/* ------------------------------------------------------------------ */

static const char *prog = "armcvm-realm";

static int parse_u64(const char *what, const char *s, uint64_t *out)
{
	if (!tool_parse_u64(s, out)) {
		fprintf(stderr, "%s: %s: \"%s\" is not a number (decimal or "
			"0x hex)\n", prog, what, s);
		return RT_EXIT_USAGE;
	}
	return 0;
}

static int parse_u32(const char *what, const char *s, uint32_t *out)
{
	uint64_t v;
	int r = parse_u64(what, s, &v);

	if (r == 0 && v > 0xFFFFFFFFULL) {
		fprintf(stderr, "%s: %s: %s is too large\n", prog, what, s);
		return RT_EXIT_USAGE;
	}
	*out = (uint32_t)v;
	return r;
}

static int parse_profile(const char *s, uint32_t *out)
{
	if (strcmp(s, "crm") == 0) {
		*out = ARMCVM_REALM_PROFILE_CRM;
	} else if (strcmp(s, "linux-v12") == 0) {
		*out = ARMCVM_REALM_PROFILE_LINUX_V12;
	} else {
		fprintf(stderr, "%s: --profile: \"%s\": use crm or "
			"linux-v12\n", prog, s);
		return RT_EXIT_USAGE;
	}
	return 0;
}

enum {
	OPT_MANIFEST = 256, OPT_OPLOG, OPT_IPA, OPT_LPA2, OPT_SVE, OPT_PMU,
	OPT_BPS, OPT_WPS, OPT_HASH, OPT_VMID, OPT_RAM, OPT_IMAGE, OPT_VCPUS,
	OPT_ENTRY, OPT_PROFILE, OPT_FEATURES, OPT_AUX, OPT_JSON, OPT_HELP,
	OPT_VERBOSE,
};

static const struct option long_opts[] = {
	{ "manifest", required_argument, NULL, OPT_MANIFEST },
	{ "oplog", required_argument, NULL, OPT_OPLOG },
	{ "ipa-bits", required_argument, NULL, OPT_IPA },
	{ "lpa2", no_argument, NULL, OPT_LPA2 },
	{ "sve-vl", required_argument, NULL, OPT_SVE },
	{ "pmu-counters", required_argument, NULL, OPT_PMU },
	{ "bps", required_argument, NULL, OPT_BPS },
	{ "wps", required_argument, NULL, OPT_WPS },
	{ "hash", required_argument, NULL, OPT_HASH },
	{ "vmid", required_argument, NULL, OPT_VMID },
	{ "ram", required_argument, NULL, OPT_RAM },
	{ "image", required_argument, NULL, OPT_IMAGE },
	{ "vcpus", required_argument, NULL, OPT_VCPUS },
	{ "entry", required_argument, NULL, OPT_ENTRY },
	{ "profile", required_argument, NULL, OPT_PROFILE },
	{ "features", required_argument, NULL, OPT_FEATURES },
	{ "aux", required_argument, NULL, OPT_AUX },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "verbose", no_argument, NULL, OPT_VERBOSE },
	{ "help", no_argument, NULL, OPT_HELP },
	{ NULL, 0, NULL, 0 },
};

static const char common_help[] =
"Realm source (one of):\n"
"  --manifest FILE     Devicetree manifest (.dts, compiled with dtc, or .dtb;\n"
"                      docs/realm-manifest.md)\n"
"  flags:\n"
"  --ipa-bits N        IPA width (default 40)      --lpa2\n"
"  --sve-vl BITS       SVE vector length (0 = off) --pmu-counters N (enables PMU)\n"
"  --bps N / --wps N   breakpoints / watchpoints (default 2)\n"
"  --hash sha256|sha512 (default sha256)           --vmid N (default 1)\n"
"  --ram BASE:SIZE     guest RAM range (repeatable)\n"
"  --image IPA:FILE[:unmeasured]  image loaded at IPA (repeatable; measured\n"
"                      unless :unmeasured)\n"
"  --vcpus N           vCPUs (default 1; vCPU 0 runnable)  --entry PC\n"
"  --profile crm|linux-v12   order of the measured steps (default crm)\n"
"  --features HEX      RMI_FEATURES(0) to validate against (default: a\n"
"                      permissive TF-RMM-like value)\n"
"  --aux N             RMI_REC_AUX_COUNT (default 16)\n";

static void usage(const char *cmd)
{
	if (cmd == NULL) {
		printf("usage: %s COMMAND [OPTIONS]\n\n"
		       "Commands:\n"
		       "  measure   print the Realm Initial Measurement (hex)\n"
		       "  plan      print the minimal RMI call sequence\n"
		       "  run       execute the plan on the software RMM and\n"
		       "            check its RIM against the prediction\n"
		       "  demo      build, run and tear down a sample realm\n\n"
		       "'%s COMMAND --help' describes each command.\n"
		       "Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by "
		       "the builder/planner,\n4 run failed (RMI error or RIM "
		       "mismatch), 5 I/O error.\n", prog, prog);
		return;
	}
	if (strcmp(cmd, "measure") == 0) {
		printf("usage: %s measure [--oplog FILE | realm source]\n\n"
		       "Prints the RIM in hex (32 bytes for SHA-256, 64 for "
		       "SHA-512).\n  --oplog FILE        replay an operation "
		       "log (docs/realm-oplog.md)\n\n%s", prog, common_help);
	} else if (strcmp(cmd, "plan") == 0) {
		printf("usage: %s plan [--json] [realm source]\n\n"
		       "Prints the creation and teardown steps with their "
		       "arguments and the call counts.\n  --json              "
		       "machine-readable output\n\n%s", prog, common_help);
	} else if (strcmp(cmd, "run") == 0) {
		printf("usage: %s run [--verbose] [realm source]\n\n"
		       "Builds the realm on armcvm's software RMM, prints every "
		       "call and its status\n(a progress bar instead when stdout "
		       "is a terminal, unless --verbose), compares\nthe model's "
		       "RIM with the prediction and tears the realm down.\n\n%s",
		       prog, common_help);
	} else {
		printf("usage: %s demo [--verbose]\n\n"
		       "Runs the embedded sample manifest (printed first) "
		       "through plan, run and\nteardown on the software RMM and "
		       "shows that the RIM equals the prediction.\n", prog);
	}
}

static int add_ram(struct rt_config *cfg, const char *arg)
{
	char *copy = strdup(arg), *colon;
	int r;

	if (copy == NULL) {
		return RT_EXIT_IO;
	}
	colon = strchr(copy, ':');
	if (colon == NULL || cfg->nram == RT_MAX_RAM) {
		fprintf(stderr, "%s: --ram %s: expected BASE:SIZE (at most "
			"16)\n", prog, arg);
		free(copy);
		return RT_EXIT_USAGE;
	}
	*colon = '\0';
	r = parse_u64("--ram base", copy, &cfg->ram[cfg->nram].base);
	r = r ? r : parse_u64("--ram size", colon + 1,
			      &cfg->ram[cfg->nram].size);
	free(copy);
	cfg->nram++;
	return r;
}

static int add_image(struct rt_config *cfg, const char *arg)
{
	char *copy = strdup(arg), *file, *mode;
	struct armcvm_realm_image *im = &cfg->img[cfg->nimg];
	struct rt_source *s = &cfg->src[cfg->nimg];
	int r;

	if (copy == NULL) {
		return RT_EXIT_IO;
	}
	file = strchr(copy, ':');
	if (file == NULL || cfg->nimg == RT_MAX_IMAGES) {
		fprintf(stderr, "%s: --image %s: expected IPA:FILE[:unmeasured]"
			"\n", prog, arg);
		free(copy);
		return RT_EXIT_USAGE;
	}
	*file++ = '\0';
	mode = strrchr(file, ':');
	im->measured = true;
	if (mode != NULL && (strcmp(mode, ":unmeasured") == 0 ||
			     strcmp(mode, ":measured") == 0)) {
		im->measured = strcmp(mode, ":measured") == 0;
		*mode = '\0';
	}
	r = parse_u64("--image IPA", copy, &im->ipa);
	if (r == 0) {
		s->path = strdup(file);
		s->f = fopen(file, "rb");
		if (s->f == NULL) {
			fprintf(stderr, "%s: --image: %s: %s\n", prog, file,
				strerror(errno));
			r = RT_EXIT_IO;
		} else {
			fseeko(s->f, 0, SEEK_END);
			im->size = (uint64_t)ftello(s->f);
			cfg->nimg++;
			if (im->size == 0) {
				fprintf(stderr, "%s: --image: %s is empty\n",
					prog, file);
				r = RT_EXIT_INPUT;
			}
		}
	}
	free(copy);
	return r;
}

struct cmdline {
	const char *manifest;
	const char *oplog;
	bool json;
	bool verbose;
	bool flags_used;
	uint32_t nvcpus;
	uint64_t entry;
};

static int parse_args(int argc, char **argv, const char *cmd,
		      struct rt_config *cfg, struct cmdline *cl)
{
	int c, r = 0;

	cl->nvcpus = 1;
	optind = 1;
	while (r == 0 &&
	       (c = getopt_long(argc, argv, "hv", long_opts, NULL)) != -1) {
		if (c != OPT_MANIFEST && c != OPT_OPLOG && c != OPT_JSON &&
		    c != OPT_VERBOSE && c != 'v' && c != OPT_HELP && c != 'h') {
			cl->flags_used = true;
		}
		switch (c) {
		case OPT_MANIFEST: cl->manifest = optarg; break;
		case OPT_OPLOG: cl->oplog = optarg; break;
		case OPT_IPA:
			r = parse_u32("--ipa-bits", optarg,
				      &cfg->desc.ipa_bits);
			break;
		case OPT_LPA2: cfg->desc.lpa2 = true; break;
		case OPT_SVE:
			r = parse_u32("--sve-vl", optarg, &cfg->desc.sve_vl);
			break;
		case OPT_PMU:
			cfg->desc.pmu = true;
			r = parse_u32("--pmu-counters", optarg,
				      &cfg->desc.pmu_num_ctrs);
			break;
		case OPT_BPS:
			r = parse_u32("--bps", optarg, &cfg->desc.num_bps);
			break;
		case OPT_WPS:
			r = parse_u32("--wps", optarg, &cfg->desc.num_wps);
			break;
		case OPT_HASH:
			if (strcmp(optarg, "sha256") == 0) {
				cfg->desc.hash_algo = 0;
			} else if (strcmp(optarg, "sha512") == 0) {
				cfg->desc.hash_algo = 1;
			} else {
				fprintf(stderr, "%s: --hash: use sha256 or "
					"sha512\n", prog);
				r = RT_EXIT_USAGE;
			}
			break;
		case OPT_VMID:
			r = parse_u32("--vmid", optarg, &cfg->desc.vmid);
			break;
		case OPT_RAM: r = add_ram(cfg, optarg); break;
		case OPT_IMAGE: r = add_image(cfg, optarg); break;
		case OPT_VCPUS:
			r = parse_u32("--vcpus", optarg, &cl->nvcpus);
			if (r == 0 && (cl->nvcpus == 0 ||
				       cl->nvcpus > RT_MAX_VCPUS)) {
				fprintf(stderr, "%s: --vcpus: 1..64\n", prog);
				r = RT_EXIT_USAGE;
			}
			break;
		case OPT_ENTRY: r = parse_u64("--entry", optarg, &cl->entry);
			break;
		case OPT_PROFILE: r = parse_profile(optarg, &cfg->profile);
			break;
		case OPT_FEATURES:
			r = parse_u64("--features", optarg, &cfg->features0);
			break;
		case OPT_AUX:
			r = parse_u32("--aux", optarg, &cfg->rec_aux_count);
			break;
		case OPT_JSON: cl->json = true; break;
		case 'v': case OPT_VERBOSE: cl->verbose = true; break;
		case 'h': case OPT_HELP: usage(cmd); return -1;
		default:
			fprintf(stderr, "Try '%s %s --help'.\n", prog, cmd);
			return RT_EXIT_USAGE;
		}
	}
	if (r != 0) {
		return r;
	}
	if (optind < argc) {
		fprintf(stderr, "%s %s: unexpected argument \"%s\"\n", prog,
			cmd, argv[optind]);
		return RT_EXIT_USAGE;
	}
	if ((cl->manifest != NULL) + (cl->oplog != NULL) + cl->flags_used > 1) {
		fprintf(stderr, "%s %s: give a manifest, an op log or flags, "
			"not several\n", prog, cmd);
		return RT_EXIT_USAGE;
	}
	if (cl->manifest != NULL) {
		return rt_manifest_load(cl->manifest, cfg);
	}
	if (cl->oplog == NULL) {
		unsigned int i;

		cfg->nvcpu = cl->nvcpus;
		for (i = 0; i < cl->nvcpus; i++) {
			if (armcvm_rmi_rec_mpidr_from_index(i,
					&cfg->vcpu[i].mpidr) != 0) {
				return RT_EXIT_USAGE;
			}
			cfg->vcpu[i].pc = cl->entry;
			cfg->vcpu[i].runnable = i == 0;
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Building the plan                                                   */
/* ------------------------------------------------------------------ */

struct built {
	struct armcvm_rmi_realm_params params;
	struct armcvm_realm_layout layout;
	struct armcvm_realm_plan plan;
	uint64_t mem_end;	/* end of the host memory the plan uses */
};

static void report_err(const char *what, int err,
		       const struct armcvm_realm_error *e)
{
	fprintf(stderr, "%s: %s refused: %s", prog, what,
		armcvm_realm_field_name(e->field));
	if (e->field == ARMCVM_REALM_FIELD_RAM ||
	    e->field == ARMCVM_REALM_FIELD_IMAGE ||
	    e->field == ARMCVM_REALM_FIELD_IMAGE_SRC ||
	    e->field == ARMCVM_REALM_FIELD_VCPU_MPIDR) {
		fprintf(stderr, "[%u]", e->index);
	}
	if (err == -ARMCVM_ERR_ALIGN) {
		fprintf(stderr, " = 0x%" PRIx64 " must be aligned to 0x%"
			PRIx64, (uint64_t)e->value, e->align);
	} else if (e->field == ARMCVM_REALM_FIELD_POOL &&
		   err == -ARMCVM_ERR_NOSPACE) {
		fprintf(stderr, " needs %" PRId64 " granules, has %" PRId64,
			e->value, e->max);
	} else {
		fprintf(stderr, " = %" PRId64 " (0x%" PRIx64 "): allowed %"
			PRId64 "..%" PRId64, e->value, (uint64_t)e->value,
			e->min, e->max);
	}
	fprintf(stderr, " [%s]\n", armcvm_strerror(err));
}

static int build(struct rt_config *cfg, struct built *b)
{
	struct armcvm_realm_error e;
	struct armcvm_realm_layout *l = &b->layout;
	uint64_t stage;
	unsigned int i;
	int r;

	memset(b, 0, sizeof(*b));
	/* Host memory: params page, staged images, root RTTs, pool. */
	stage = cfg->memory_base + GRANULE;
	for (i = 0; i < cfg->nimg; i++) {
		cfg->img[i].src_pa = stage;
		stage += (cfg->img[i].size + GRANULE - 1) & ~(GRANULE - 1);
	}
	cfg->desc.rtt_base = (stage + ROOTS_SPAN - 1) & ~(ROOTS_SPAN - 1);
	r = armcvm_realm_params_build(&cfg->desc, cfg->features0, &b->params,
				      &e);
	if (r != 0) {
		report_err("realm description", r, &e);
		return RT_EXIT_REFUSED;
	}
	l->ram = cfg->ram;
	l->num_ram = cfg->nram;
	l->images = cfg->img;
	l->num_images = cfg->nimg;
	l->vcpus = cfg->vcpu;
	l->num_vcpus = cfg->nvcpu;
	l->rec_aux_count = cfg->rec_aux_count;
	l->ns_params_pa = cfg->memory_base;
	l->pool_base = cfg->desc.rtt_base + ROOTS_SPAN;
	l->pool_size = 1ULL << 40;
	l->profile = cfg->profile;
	r = armcvm_realm_plan_build(&b->params, l, &b->plan, &e);
	if (r != 0) {
		report_err("realm layout", r, &e);
		return RT_EXIT_REFUSED;
	}
	l->pool_size = b->plan.stats.granules * GRANULE;
	b->mem_end = l->pool_base + l->pool_size;
	b->plan.ops = calloc(b->plan.count, sizeof(*b->plan.ops));
	b->plan.capacity = b->plan.count;
	if (b->plan.ops == NULL) {
		fprintf(stderr, "%s: out of memory for %zu plan steps\n", prog,
			b->plan.count);
		return RT_EXIT_IO;
	}
	r = armcvm_realm_plan_build(&b->params, l, &b->plan, &e);
	if (r != 0) {
		report_err("realm layout", r, &e);
		return RT_EXIT_REFUSED;
	}
	return 0;
}

static int src_read(void *ctx, uint32_t image, uint64_t off, uint8_t *buf,
		    size_t len)
{
	return rt_image_read(ctx, image, off, buf, len);
}

static int predict(struct rt_config *cfg, struct built *b,
		   struct armcvm_measurement *rim)
{
	/* cppcheck-suppress unassignedVariable ; written through src.buf */
	static uint8_t buf[ARMCVM_RIM_BATCH * 4096];
	struct armcvm_realm_rim_source src = { src_read, cfg, buf,
					       ARMCVM_RIM_BATCH };
	int r = armcvm_realm_rim_predict(&b->params, &b->layout, &b->plan,
					 &src, rim);

	if (r != 0) {
		fprintf(stderr, "%s: RIM prediction failed: %s (an image file "
			"could not be read?)\n", prog, armcvm_strerror(r));
		return RT_EXIT_IO;
	}
	return 0;
}

static void print_hex(const uint8_t *b, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		printf("%02x", b[i]);
	}
	printf("\n");
}

static unsigned int digest_len(const struct built *b)
{
	return b->params.hash_algo == ARMCVM_RMI_HASH_SHA_512 ? 64 : 32;
}

/* ------------------------------------------------------------------ */
/* Subcommands                                                         */
/* ------------------------------------------------------------------ */

static int cmd_measure(struct rt_config *cfg, struct cmdline *cl)
{
	struct armcvm_measurement rim;
	struct built b;
	unsigned int n;
	int r;

	if (cl->oplog != NULL) {
		r = rt_oplog_measure(cl->oplog, &rim, &n);
		if (r == 0) {
			print_hex(rim.bytes, n);
		}
		return r;
	}
	r = build(cfg, &b);
	r = r ? r : predict(cfg, &b, &rim);
	if (r == 0) {
		print_hex(rim.bytes, digest_len(&b));
	}
	free(b.plan.ops);
	return r;
}

/* One line of display text; what does not fit in @n is cut. */
static void op_args(const struct built *b, const struct armcvm_realm_op *op,
		    char *s, size_t n)
{
	const struct armcvm_realm_layout *l = &b->layout;

	switch (op->cmd) {
	case ARMCVM_REALM_OP_DELEGATE:
	case ARMCVM_REALM_OP_UNDELEGATE:
		(void)snprintf(s, n, "addr=0x%" PRIx64, op->addr);
		break;
	case ARMCVM_REALM_OP_REALM_CREATE:
		(void)snprintf(s, n, "rd=0x%" PRIx64 " params=0x%" PRIx64,
			       op->addr, l->ns_params_pa);
		break;
	case ARMCVM_REALM_OP_RTT_CREATE:
		(void)snprintf(s, n, "rtt=0x%" PRIx64 " ipa=0x%" PRIx64
			       " level=%d", op->addr, op->ipa, op->level);
		break;
	case ARMCVM_REALM_OP_INIT_RIPAS:
		(void)snprintf(s, n, "base=0x%" PRIx64 " top=0x%" PRIx64
			       " (level %d entries)", op->ipa, op->arg,
			       op->level);
		break;
	case ARMCVM_REALM_OP_DATA_CREATE:
		(void)snprintf(s, n, "data=0x%" PRIx64 " ipa=0x%" PRIx64
			       " src=0x%" PRIx64 " flags=%d", op->addr,
			       op->ipa, l->images[op->index].src_pa + op->arg,
			       l->images[op->index].measured);
		break;
	case ARMCVM_REALM_OP_REC_CREATE:
		(void)snprintf(s, n, "rec=0x%" PRIx64 " vcpu=%u runnable=%d "
			       "aux=%u@0x%" PRIx64, op->addr, op->index,
			       l->vcpus[op->index].runnable, l->rec_aux_count,
			       op->arg);
		break;
	case ARMCVM_REALM_OP_DATA_DESTROY:
		(void)snprintf(s, n, "ipa=0x%" PRIx64 " -> data=0x%" PRIx64,
			       op->ipa, op->addr);
		break;
	case ARMCVM_REALM_OP_RTT_DESTROY:
		(void)snprintf(s, n, "ipa=0x%" PRIx64 " level=%d -> rtt=0x%"
			       PRIx64, op->ipa, op->level, op->addr);
		break;
	default:
		(void)snprintf(s, n, "%s=0x%" PRIx64,
			       op->cmd == ARMCVM_REALM_OP_REC_DESTROY ? "rec" :
			       "rd", op->addr);
		break;
	}
}

static void print_stats(const struct built *b)
{
	const struct armcvm_realm_plan_stats *s = &b->plan.stats;

	printf("RMI calls: %" PRIu64 " to build + %" PRIu64 " to tear down "
	       "= %zu\n", s->create_calls, s->teardown_calls, b->plan.count);
	printf("  starting-level RTTs N=%" PRIu64 ", RTT_CREATE T=%" PRIu64
	       ", RTT_INIT_RIPAS R=%" PRIu64 " (%" PRIu64 " entries),\n"
	       "  DATA_CREATE G=%" PRIu64 ", RECs V=%" PRIu64 " with A=%u aux"
	       " granules; granules from the pool: %" PRIu64 "\n",
	       s->root_rtts, s->rtt_create, s->init_ripas, s->ripas_entries,
	       s->data_create, s->rec_create, b->layout.rec_aux_count,
	       s->granules);
	printf("  build = 3 + N + 2T + R + 2G + V(2 + A); teardown = 2 + N + "
	       "2T + 2G + V(2 + A)\n");
}

static int cmd_plan(struct rt_config *cfg, struct cmdline *cl)
{
	struct built b;
	size_t i;
	int r = build(cfg, &b);

	if (r != 0) {
		free(b.plan.ops);
		return r;
	}
	if (cl->json) {
		const struct armcvm_realm_plan_stats *s = &b.plan.stats;

		printf("{\"s2sz\":%" PRIu64 ",\"rtt_level_start\":%" PRId64
		       ",\"rtt_num_start\":%" PRIu64 ",\"rtt_base\":\"0x%" PRIx64
		       "\",\"rd\":\"0x%" PRIx64 "\",\"profile\":\"%s\",\n",
		       b.params.s2sz, b.params.rtt_level_start,
		       b.params.rtt_num_start, b.params.rtt_base, b.plan.rd,
		       cfg->profile ? "linux-v12" : "crm");
		printf("\"stats\":{\"create_calls\":%" PRIu64 ",\"teardown_calls"
		       "\":%" PRIu64 ",\"rtt_create\":%" PRIu64 ",\"init_ripas\""
		       ":%" PRIu64 ",\"ripas_entries\":%" PRIu64 ",\"data_create"
		       "\":%" PRIu64 ",\"rec_create\":%" PRIu64 ",\"granules\":%"
		       PRIu64 "},\n\"create_count\":%zu,\n\"ops\":[\n",
		       s->create_calls, s->teardown_calls, s->rtt_create,
		       s->init_ripas, s->ripas_entries, s->data_create,
		       s->rec_create, s->granules, b.plan.create_count);
		for (i = 0; i < b.plan.count; i++) {
			const struct armcvm_realm_op *op = &b.plan.ops[i];

			printf("{\"step\":%zu,\"cmd\":\"%s\",\"level\":%d,"
			       "\"index\":%u,\"addr\":\"0x%" PRIx64 "\",\"ipa\":"
			       "\"0x%" PRIx64 "\",\"arg\":\"0x%" PRIx64 "\"}%s\n",
			       i, armcvm_realm_op_name(op->cmd), op->level,
			       op->index, op->addr, op->ipa, op->arg,
			       i + 1 < b.plan.count ? "," : "");
		}
		printf("]}\n");
	} else {
		char args[160];

		printf("%-7s %-24s %s\n", "step", "command", "arguments");
		for (i = 0; i < b.plan.count; i++) {
			if (i == 0 || i == b.plan.create_count) {
				printf("# %s\n", i == 0 ? "build" : "teardown");
			}
			op_args(&b, &b.plan.ops[i], args, sizeof(args));
			printf("%-7zu %-24s %s\n", i,
			       armcvm_realm_op_name(b.plan.ops[i].cmd), args);
		}
		print_stats(&b);
	}
	free(b.plan.ops);
	return 0;
}

/* The software RMM run. */
struct runner {
	struct armcvm_rmm_model m;
	struct armcvm_rmm_mem_range range;
	uint8_t *mem;
	struct armcvm_rmm_granule *gran;
	uint64_t vmid_map[1024];
	const struct built *b;
	bool bar;
	size_t total;
	int last_pct;
};

static int run_write_ns(void *ctx, uint64_t pa, const void *d, size_t n)
{
	struct runner *rn = ctx;

	return armcvm_rmm_model_host_write(&rn->m, pa, d, n);
}

static void run_step(void *ctx, size_t i, const struct armcvm_realm_op *op,
		     uint64_t x0)
{
	struct runner *rn = ctx;
	char args[160];

	if (rn->bar) {
		int pct = (int)((i + 1) * 100 / rn->total);

		if (pct != rn->last_pct) {
			int k;

			rn->last_pct = pct;
			printf("\r[");
			for (k = 0; k < 50; k++) {
				putchar(k < pct / 2 ? '#' : '.');
			}
			printf("] %3d%% %zu/%zu", pct, i + 1, rn->total);
			(void)fflush(stdout);	/* progress only */
		}
		return;
	}
	op_args(rn->b, op, args, sizeof(args));
	printf("%-7zu %-24s %-60s -> %s\n", i, armcvm_realm_op_name(op->cmd),
	       args, armcvm_rmi_status_str((unsigned int)(x0 & 0xFF)));
}

static int run_realm(struct rt_config *cfg, const struct cmdline *cl)
{
	struct runner *rn = calloc(1, sizeof(*rn));
	struct armcvm_rmm_platform plat;
	struct armcvm_realm_exec_host host;
	struct armcvm_realm_exec_report rep;
	struct armcvm_measurement pred;
	struct armcvm_conduit c;
	struct built b;
	uint8_t got[64], buf[4096];
	uint64_t ng, g, off;
	unsigned int i, n;
	int r;

	if (rn == NULL) {
		return RT_EXIT_IO;
	}
	r = build(cfg, &b);
	r = r ? r : predict(cfg, &b, &pred);
	if (r != 0) {
		goto out;
	}
	ng = (b.mem_end - cfg->memory_base) / GRANULE;
	rn->mem = aligned_alloc(8, ng * GRANULE);
	rn->gran = calloc(ng, sizeof(*rn->gran));
	if (rn->mem == NULL || rn->gran == NULL) {
		fprintf(stderr, "%s: run: cannot allocate %" PRIu64 " MiB of "
			"model memory\n", prog, (uint64_t)(ng * GRANULE >> 20));
		r = RT_EXIT_IO;
		goto out;
	}
	memset(rn->mem, 0, ng * GRANULE);
	rn->range.base = cfg->memory_base;
	rn->range.granules = ng;
	rn->range.bytes = rn->mem;
	rn->range.gran = rn->gran;
	memset(&plat, 0, sizeof(plat));
	plat.features0 = cfg->features0 & ((1ULL << 42) - 1);
	plat.rec_aux_count = cfg->rec_aux_count;
	plat.vmid_bits = 16;
	plat.pa_bits = 48;
	r = armcvm_rmm_model_init(&rn->m, &plat, &rn->range, 1, rn->vmid_map,
				  1024);
	if (r != 0) {
		fprintf(stderr, "%s: run: the software RMM refused the "
			"platform: %s (it does not model LPA2)\n", prog,
			armcvm_strerror(r));
		r = RT_EXIT_REFUSED;
		goto out;
	}
	/* Stage every image, zero-padded to whole granules. */
	for (i = 0; i < cfg->nimg; i++) {
		for (off = 0; off < cfg->img[i].size; off += GRANULE) {
			n = cfg->img[i].size - off < GRANULE ?
			    (unsigned int)(cfg->img[i].size - off) : GRANULE;
			memset(buf, 0, sizeof(buf));
			if (rt_image_read(cfg, i, off, buf, n) != 0 ||
			    armcvm_rmm_model_host_write(&rn->m,
					cfg->img[i].src_pa + off, buf,
					GRANULE) != 0) {
				fprintf(stderr, "%s: run: cannot stage image "
					"%u\n", prog, i);
				r = RT_EXIT_IO;
				goto out;
			}
		}
	}
	c = armcvm_rmm_model_conduit(&rn->m);
	rn->b = &b;
	rn->bar = isatty(STDOUT_FILENO) && !cl->verbose;
	rn->last_pct = -1;
	host.write_ns = run_write_ns;
	host.step = run_step;
	host.ctx = rn;
	rn->total = b.plan.create_count;
	printf("# build: %zu RMI calls on the software RMM\n", rn->total);
	r = armcvm_realm_exec(&c, &b.params, &b.layout, &b.plan, 0,
			      b.plan.create_count, &host, &rep);
	if (rn->bar) {
		printf("\n");
	}
	if (r != 0) {
		goto failed;
	}
	if (armcvm_rmm_model_measurement(&rn->m, b.plan.rd, 0, got) != 0) {
		r = RT_EXIT_RUN;
		goto out;
	}
	printf("RIM (software RMM): ");
	print_hex(got, digest_len(&b));
	printf("RIM (predicted):    ");
	print_hex(pred.bytes, digest_len(&b));
	if (memcmp(got, pred.bytes, 64) != 0) {
		printf("MISMATCH: the model's RIM differs from the "
		       "prediction\n");
		r = RT_EXIT_RUN;
		goto out;
	}
	printf("RIM matches the prediction.\n");
	rn->total = b.plan.count - b.plan.create_count;
	rn->last_pct = -1;
	printf("# teardown: %zu RMI calls\n", rn->total);
	r = armcvm_realm_exec(&c, &b.params, &b.layout, &b.plan,
			      b.plan.create_count, b.plan.count, &host, &rep);
	if (rn->bar) {
		printf("\n");
	}
	if (r != 0) {
		goto failed;
	}
	for (g = 0; g < ng; g++) {
		if (armcvm_rmm_model_granule_state(&rn->m, cfg->memory_base +
						   g * GRANULE) !=
		    ARMCVM_RMM_GRANULE_UNDELEGATED) {
			printf("granule 0x%" PRIx64 " is still delegated after "
			       "the teardown\n", (uint64_t)(cfg->memory_base + g * GRANULE));
			r = RT_EXIT_RUN;
			goto out;
		}
	}
	print_stats(&b);
	printf("Torn down: every granule is back to UNDELEGATED.\n");
	r = 0;
	goto out;
failed:
	if (r == ARMCVM_REALM_EXEC_STOPPED) {
		printf("STOPPED at step %zu %s: %s index %u (x0=0x%" PRIx64
		       ", x1=0x%" PRIx64, rep.step,
		       armcvm_realm_op_name(rep.cmd),
		       armcvm_rmi_status_str(rep.status), rep.index, rep.x0,
		       rep.x1);
		if (rep.stop == ARMCVM_REALM_EXEC_STOP_OUTPUT) {
			printf(", expected x1=0x%" PRIx64, rep.expected);
		}
		printf(")\n");
	} else {
		printf("run failed at step %zu: %s\n", rep.step,
		       armcvm_strerror(r));
	}
	r = RT_EXIT_RUN;
out:
	free(b.plan.ops);
	free(rn->mem);
	free(rn->gran);
	free(rn);
	return r;
}

static const char demo_manifest[] =
"/dts-v1/;\n"
"/* armcvm-realm demo: 2 vCPUs, 256 MiB + 2 MiB of RAM, a measured kernel\n"
" * stub and DTB and an unmeasured event log (docs/realm-manifest.md). */\n"
"/ {\n"
"\tcompatible = \"armcvm,realm-manifest-v1\";\n"
"\trealm {\n"
"\t\tipa-bits = <40>;\n"
"\t\thash-algorithm = \"sha256\";\n"
"\t\tbreakpoints = <6>;\n"
"\t\twatchpoints = <4>;\n"
"\t\tsve-vector-length = <256>;\n"
"\t\tpersonalization-value = [ca fe];\n"
"\t\tvmid = <7>;\n"
"\t\tprofile = \"crm\";\n"
"\t};\n"
"\thost {\n"
"\t\trec-aux-count = <16>;\n"
"\t\tmemory-base = /bits/ 64 <0x880000000>;\n"
"\t};\n"
"\tmemory@80000000 {\n"
"\t\tdevice_type = \"memory\";\n"
"\t\treg = /bits/ 64 <0x80000000 0x10000000 0xc0000000 0x200000>;\n"
"\t};\n"
"\timages {\n"
"\t\tkernel {\n"
"\t\t\tload-address = /bits/ 64 <0x80000000>;\n"
"\t\t\tcontent = [14 00 00 94 1f 20 03 d5 fe ff ff 17];\n"
"\t\t\tsize = /bits/ 64 <0x3000>;\n"
"\t\t\tmeasured;\n"
"\t\t};\n"
"\t\tdtb {\n"
"\t\t\tload-address = /bits/ 64 <0x88000000>;\n"
"\t\t\tcontent = [d0 0d fe ed];\n"
"\t\t\tmeasured;\n"
"\t\t};\n"
"\t\tevent-log {\n"
"\t\t\tload-address = /bits/ 64 <0xc0000000>;\n"
"\t\t\tcontent = [00];\n"
"\t\t};\n"
"\t};\n"
"\tcpus {\n"
"\t\tcpu@0 {\n"
"\t\t\treg = <0>;\n"
"\t\t\tentry = /bits/ 64 <0x80000000>;\n"
"\t\t\tgprs = /bits/ 64 <0x88000000>;\n"
"\t\t\trunnable;\n"
"\t\t};\n"
"\t\tcpu@1 {\n"
"\t\t\treg = <1>;\n"
"\t\t\tentry = /bits/ 64 <0x80000000>;\n"
"\t\t};\n"
"\t};\n"
"};\n";

static int cmd_demo(struct rt_config *cfg, const struct cmdline *cl)
{
	int r;

	printf("# armcvm-realm demo: embedded manifest\n%s\n", demo_manifest);
	r = rt_manifest_load_dts_text("<demo manifest>", demo_manifest, cfg);
	if (r != 0) {
		return r;
	}
	return run_realm(cfg, cl);
}

int main(int argc, char **argv)
{
	struct rt_config cfg;
	struct cmdline cl;
	const char *cmd;
	int r;

	if (argc < 2 || strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0) {
		usage(NULL);
		return argc < 2 ? RT_EXIT_USAGE : RT_EXIT_OK;
	}
	cmd = argv[1];
	if (strcmp(cmd, "measure") != 0 && strcmp(cmd, "plan") != 0 &&
	    strcmp(cmd, "run") != 0 && strcmp(cmd, "demo") != 0) {
		fprintf(stderr, "%s: unknown command \"%s\" (measure, plan, "
			"run, demo; see --help)\n", prog, cmd);
		return RT_EXIT_USAGE;
	}
	rt_config_init(&cfg);
	memset(&cl, 0, sizeof(cl));
	r = parse_args(argc - 1, argv + 1, cmd, &cfg, &cl);
	if (r < 0) {
		rt_config_free(&cfg);
		return RT_EXIT_OK; /* --help */
	}
	if (r == 0) {
		if (cl.oplog != NULL && strcmp(cmd, "measure") != 0) {
			fprintf(stderr, "%s %s: --oplog works with measure "
				"only\n", prog, cmd);
			r = RT_EXIT_USAGE;
		} else if (strcmp(cmd, "measure") == 0) {
			r = cmd_measure(&cfg, &cl);
		} else if (strcmp(cmd, "plan") == 0) {
			r = cmd_plan(&cfg, &cl);
		} else if (strcmp(cmd, "run") == 0) {
			r = run_realm(&cfg, &cl);
		} else {
			if (cl.manifest != NULL || cl.flags_used) {
				fprintf(stderr, "%s demo: takes no realm "
					"source\n", prog);
				r = RT_EXIT_USAGE;
			} else {
				r = cmd_demo(&cfg, &cl);
			}
		}
	}
	rt_config_free(&cfg);
	return r;
}
