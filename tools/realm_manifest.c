/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Realm manifest reader: Devicetree (docs/realm-manifest.md) through
 * libfdt. The blob is validated whole (fdt_guard_check, fdt_check_full)
 * before any walk; every node and property is checked; errors name both.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <libgen.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libfdt.h>

#include "fdt_guard.h"
#include "realm_tool.h"
#include "tool_file.h"
#include "tool_text.h"

extern char **environ;

struct mctx {
	const char *file;
	const void *fdt;
	const char *dir;
	const struct rt_io *io;
	FILE *msgs;
	struct rt_config *cfg;
};

/* "FILE: /node/path: property: problem", untrusted names escaped. */
static int merr(const struct mctx *m, int node, const char *prop,
		const char *fmt, const char *detail)
{
	char path[512] = "/", what[512], line[1536];

	if (node >= 0 && fdt_get_path(m->fdt, node, path, sizeof(path)) != 0) {
		strcpy(path, "?");
	}
	/* a diagnostic longer than line[] is cut */
	(void)snprintf(what, sizeof(what), fmt, detail);
	(void)snprintf(line, sizeof(line), "%s: %s%s%s: %s", m->file, path,
		       prop ? ": " : "", prop ? prop : "", what);
	tool_fputs_escaped(line, m->msgs);
	fputc('\n', m->msgs);
	return RT_EXIT_INPUT;
}

/* Run dtc on a .dts file; returns a malloc'd DTB (*@size bytes) or NULL. */
static void *run_dtc(const char *path, const char *name, size_t *size)
{
	char a0[] = "dtc", a1[] = "-q", a2[] = "-I", a3[] = "dts";
	char a4[] = "-O", a5[] = "dtb", a6[] = "-o", a7[] = "-";
	char *file = strdup(path);
	char *argv[] = { a0, a1, a2, a3, a4, a5, a6, a7, file, NULL };
	posix_spawn_file_actions_t fa;
	int fd[2], status;
	pid_t pid;
	size_t len = 0, cap = 65536;
	char *buf;
	ssize_t n;

	if (file == NULL || pipe(fd) != 0) {
		free(file);
		return NULL;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
	posix_spawn_file_actions_addclose(&fa, fd[0]);
	if (posix_spawnp(&pid, "dtc", &fa, NULL, argv, environ) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		free(file);
		close(fd[0]);
		close(fd[1]);
		fprintf(stderr, "%s: cannot run dtc (install "
			"device-tree-compiler, or pass a .dtb)\n", name);
		return NULL;
	}
	posix_spawn_file_actions_destroy(&fa);
	free(file);
	close(fd[1]);
	buf = malloc(cap);
	while (buf != NULL && (n = read(fd[0], buf + len, cap - len)) > 0) {
		len += (size_t)n;
		if (len == cap) {
			char *nb = realloc(buf, cap * 2);

			if (nb == NULL) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	close(fd[0]);
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		fprintf(stderr, "%s: dtc could not compile the manifest "
			"(its messages are above)\n", name);
		free(buf);
		return NULL;
	}
	*size = len;
	return buf;
}

static int get_u32(const struct mctx *m, int node, const char *name,
		   uint32_t *out)
{
	int len;
	const fdt32_t *p = fdt_getprop(m->fdt, node, name, &len);

	if (p == NULL) {
		return 1;
	}
	if (len != 4) {
		return merr(m, node, name, "expected one 32-bit cell <n>%s",
			    "");
	}
	*out = fdt32_to_cpu(*p);
	return 0;
}

/* /bits/ 64 cells: up to @max values. */
static int get_u64s(const struct mctx *m, int node, const char *name,
		    uint64_t *out, int min, int max, int *count)
{
	int len, i;
	const uint8_t *p = fdt_getprop(m->fdt, node, name, &len);

	if (p == NULL) {
		return 1;
	}
	if (len % 8 != 0 || len / 8 < min || len / 8 > max) {
		char d[96];

		(void)snprintf(d, sizeof(d), "expected %d to %d 64-bit "
			       "values (/bits/ 64 <...>)", min, max);
		return merr(m, node, name, "%s", d);
	}
	for (i = 0; i < len / 8; i++) {
		fdt64_t v;

		memcpy(&v, p + (size_t)i * 8, 8);
		out[i] = fdt64_to_cpu(v);
	}
	if (count != NULL) {
		*count = len / 8;
	}
	return 0;
}

static int get_flag(const struct mctx *m, int node, const char *name,
		    bool *out)
{
	int len;

	if (fdt_getprop(m->fdt, node, name, &len) == NULL) {
		*out = false;
		return 0;
	}
	if (len != 0) {
		return merr(m, node, name, "is a flag: write it without a "
			    "value%s", "");
	}
	*out = true;
	return 0;
}

static int get_str(const struct mctx *m, int node, const char *name,
		   const char **out)
{
	int len;
	const char *p = fdt_getprop(m->fdt, node, name, &len);

	if (p == NULL) {
		return 1;
	}
	if (len < 1 || p[len - 1] != '\0' || (int)strlen(p) != len - 1) {
		return merr(m, node, name, "expected one string%s", "");
	}
	*out = p;
	return 0;
}

/* Reject properties not in @allowed (NULL-terminated). */
static int only_props(const struct mctx *m, int node,
		      const char *const *allowed)
{
	int off;

	fdt_for_each_property_offset(off, m->fdt, node) {
		const char *name;
		int i;

		if (fdt_getprop_by_offset(m->fdt, off, &name, NULL) == NULL) {
			return merr(m, node, NULL, "unreadable property%s", "");
		}
		for (i = 0; allowed[i] != NULL; i++) {
			if (strcmp(allowed[i], name) == 0) {
				break;
			}
		}
		if (allowed[i] == NULL) {
			return merr(m, node, name, "unknown property (see "
				    "docs/realm-manifest.md)%s", "");
		}
	}
	return 0;
}

static int no_children(const struct mctx *m, int node)
{
	int sub = fdt_first_subnode(m->fdt, node);

	if (sub >= 0) {
		return merr(m, sub, NULL, "unexpected node here%s", "");
	}
	return 0;
}

static int parse_realm(const struct mctx *m, int node)
{
	static const char *const props[] = {
		"ipa-bits", "lpa2", "sve-vector-length", "pmu", "pmu-counters",
		"breakpoints", "watchpoints", "hash-algorithm",
		"personalization-value", "vmid", "rtt-start-level", "profile",
		NULL };
	struct armcvm_realm_desc *d = &m->cfg->desc;
	const char *s = "";
	const uint8_t *rpv;
	uint32_t v = 0;
	int r, len;

	r = only_props(m, node, props);
	r = r ? r : no_children(m, node);
	if (r != 0) {
		return r;
	}
	r = get_u32(m, node, "ipa-bits", &d->ipa_bits);
	if (r == 1) {
		return merr(m, node, "ipa-bits", "required: the IPA width in "
			    "bits, e.g. <40>%s", "");
	}
	if (r || get_flag(m, node, "lpa2", &d->lpa2) ||
	    get_flag(m, node, "pmu", &d->pmu) ||
	    get_u32(m, node, "sve-vector-length", &d->sve_vl) > 1 ||
	    get_u32(m, node, "pmu-counters", &d->pmu_num_ctrs) > 1 ||
	    get_u32(m, node, "breakpoints", &d->num_bps) > 1 ||
	    get_u32(m, node, "watchpoints", &d->num_wps) > 1 ||
	    get_u32(m, node, "vmid", &d->vmid) > 1) {
		return RT_EXIT_INPUT;
	}
	r = get_u32(m, node, "rtt-start-level", &v);
	if (r > 1) {
		return r;
	}
	if (r == 0) {
		d->rtt_level_start = (int32_t)v; /* <0xffffffff> is -1 */
	}
	r = get_str(m, node, "hash-algorithm", &s);
	if (r > 1) {
		return r;
	}
	if (r == 0) {
		if (strcmp(s, "sha256") == 0) {
			d->hash_algo = ARMCVM_RMI_HASH_SHA_256;
		} else if (strcmp(s, "sha512") == 0) {
			d->hash_algo = ARMCVM_RMI_HASH_SHA_512;
		} else {
			return merr(m, node, "hash-algorithm", "\"%s\": use "
				    "\"sha256\" or \"sha512\"", s);
		}
	}
	r = get_str(m, node, "profile", &s);
	if (r > 1) {
		return r;
	}
	if (r == 0) {
		if (strcmp(s, "crm") == 0) {
			m->cfg->profile = ARMCVM_REALM_PROFILE_CRM;
		} else if (strcmp(s, "linux-v12") == 0) {
			m->cfg->profile = ARMCVM_REALM_PROFILE_LINUX_V12;
		} else {
			return merr(m, node, "profile", "\"%s\": use \"crm\" or "
				    "\"linux-v12\"", s);
		}
	}
	rpv = fdt_getprop(m->fdt, node, "personalization-value", &len);
	if (rpv != NULL) {
		if (len < 1 || len > ARMCVM_RMI_RPV_SIZE) {
			return merr(m, node, "personalization-value",
				    "expected 1 to 64 bytes [..]%s", "");
		}
		memcpy(d->rpv, rpv, (size_t)len);
	}
	return 0;
}

static int parse_host(const struct mctx *m, int node)
{
	static const char *const props[] = { "features", "rec-aux-count",
					     "memory-base", NULL };
	int r = only_props(m, node, props);

	r = r ? r : no_children(m, node);
	if (r != 0 ||
	    get_u64s(m, node, "features", &m->cfg->features0, 1, 1, NULL) > 1 ||
	    get_u32(m, node, "rec-aux-count", &m->cfg->rec_aux_count) > 1 ||
	    get_u64s(m, node, "memory-base", &m->cfg->memory_base, 1, 1,
		     NULL) > 1) {
		return RT_EXIT_INPUT;
	}
	return 0;
}

static int parse_memory(const struct mctx *m, int node)
{
	static const char *const props[] = { "device_type", "reg", NULL };
	uint64_t reg[2 * RT_MAX_RAM];
	const char *s = "";
	int r, n = 0, i;

	r = only_props(m, node, props);
	r = r ? r : no_children(m, node);
	if (r != 0) {
		return r;
	}
	r = get_str(m, node, "device_type", &s);
	if (r > 1) {
		return r;
	}
	if (r == 0 && strcmp(s, "memory") != 0) {
		return merr(m, node, "device_type", "\"%s\": must be "
			    "\"memory\"", s);
	}
	r = get_u64s(m, node, "reg", reg, 2, 2 * RT_MAX_RAM, &n);
	if (r == 1) {
		return merr(m, node, "reg", "required: /bits/ 64 <base "
			    "size ...>%s", "");
	}
	if (r != 0) {
		return r;
	}
	if (n % 2 != 0) {
		return merr(m, node, "reg", "expected base/size pairs%s", "");
	}
	for (i = 0; i < n; i += 2) {
		if (m->cfg->nram == RT_MAX_RAM) {
			return merr(m, node, "reg", "more than 16 RAM ranges%s",
				    "");
		}
		m->cfg->ram[m->cfg->nram].base = reg[i];
		m->cfg->ram[m->cfg->nram].size = reg[i + 1];
		m->cfg->nram++;
	}
	return 0;
}

static int parse_image(const struct mctx *m, int node)
{
	static const char *const props[] = { "load-address", "file",
					     "content", "size", "measured",
					     NULL };
	struct rt_config *cfg = m->cfg;
	struct armcvm_realm_image *im = &cfg->img[cfg->nimg];
	struct rt_source *src = &cfg->src[cfg->nimg];
	const char *file = NULL;
	const uint8_t *content;
	uint64_t size = 0;
	int r, len = 0;

	if (cfg->nimg == RT_MAX_IMAGES) {
		return merr(m, node, NULL, "more than 16 images%s", "");
	}
	r = only_props(m, node, props);
	r = r ? r : no_children(m, node);
	if (r != 0) {
		return r;
	}
	r = get_u64s(m, node, "load-address", &im->ipa, 1, 1, NULL);
	if (r == 1) {
		return merr(m, node, "load-address", "required: /bits/ 64 "
			    "<ipa>%s", "");
	}
	if (r || get_flag(m, node, "measured", &im->measured)) {
		return RT_EXIT_INPUT;
	}
	r = get_str(m, node, "file", &file);
	if (r > 1) {
		return r;
	}
	if (file != NULL && file[0] == '\0') {
		return merr(m, node, "file", "is empty%s", "");
	}
	content = fdt_getprop(m->fdt, node, "content", &len);
	if ((file == NULL) == (content == NULL)) {
		return merr(m, node, NULL, "give exactly one of \"file\" and "
			    "\"content\"%s", "");
	}
	r = get_u64s(m, node, "size", &size, 1, 1, NULL);
	if (r > 1) {
		return r;
	}
	if (file != NULL) {
		size_t n = strlen(m->dir) + strlen(file) + 2;
		uint64_t fsize = 0;
		int err;

		src->path = malloc(n);
		if (src->path == NULL) {
			return RT_EXIT_IO;
		}
		/* n fits either form: no truncation */
		if (file[0] == '/') {
			(void)snprintf(src->path, n, "%s", file);
		} else {
			(void)snprintf(src->path, n, "%s/%s", m->dir, file);
		}
		err = m->io->size(m->io->ctx, src->path, &fsize);
		if (err != 0) {
			char d[512];

			(void)snprintf(d, sizeof(d), "cannot open %s: %s",
				       src->path, strerror(err));
			return merr(m, node, "file", "%s", d);
		}
		if (r == 1) {
			size = fsize;
		}
	} else {
		if (len < 1) {
			return merr(m, node, "content", "is empty%s", "");
		}
		src->bytes = malloc((size_t)len);
		if (src->bytes == NULL) {
			return RT_EXIT_IO;
		}
		memcpy(src->bytes, content, (size_t)len);
		src->nbytes = (size_t)len;
		if (r == 1) {
			size = (uint64_t)len;
		} else if (size < (uint64_t)len) {
			return merr(m, node, "size", "is smaller than "
				    "\"content\"%s", "");
		}
	}
	if (size == 0) {
		return merr(m, node, "size", "the image is empty%s", "");
	}
	im->size = size;
	cfg->nimg++;
	return 0;
}

static int parse_cpu(const struct mctx *m, int node)
{
	static const char *const props[] = { "reg", "entry", "gprs",
					     "runnable", NULL };
	struct rt_config *cfg = m->cfg;
	struct armcvm_realm_vcpu *v;
	uint32_t idx = 0;
	int r;

	r = only_props(m, node, props);
	r = r ? r : no_children(m, node);
	if (r != 0) {
		return r;
	}
	r = get_u32(m, node, "reg", &idx);
	if (r == 1) {
		return merr(m, node, "reg", "required: the vCPU (REC) index "
			    "<n>%s", "");
	}
	if (r != 0) {
		return r;
	}
	if (idx >= RT_MAX_VCPUS) {
		return merr(m, node, "reg", "vCPU index must be below 64%s",
			    "");
	}
	v = &cfg->vcpu[idx];
	if (cfg->vcpu_seen[idx]) {
		return merr(m, node, "reg", "another cpu node has this "
			    "index%s", "");
	}
	cfg->vcpu_seen[idx] = true;
	if (idx + 1 > cfg->nvcpu) {
		cfg->nvcpu = idx + 1;
	}
	if (armcvm_rmi_rec_mpidr_from_index(idx, &v->mpidr) != 0) {
		return merr(m, node, "reg", "bad vCPU index%s", "");
	}
	r = get_u64s(m, node, "entry", &v->pc, 1, 1, NULL);
	if (r == 1) {
		return merr(m, node, "entry", "required: /bits/ 64 <pc>%s", "");
	}
	if (r || get_u64s(m, node, "gprs", v->gprs, 1, 8, NULL) > 1 ||
	    get_flag(m, node, "runnable", &v->runnable)) {
		return RT_EXIT_INPUT;
	}
	return 0;
}

static int parse_group(const struct mctx *m, int node, const char *prefix,
		       int (*fn)(const struct mctx *, int))
{
	int sub, r;

	r = only_props(m, node, (const char *const[]){ NULL });
	if (r != 0) {
		return r;
	}
	fdt_for_each_subnode(sub, m->fdt, node) {
		const char *name = fdt_get_name(m->fdt, sub, NULL);

		if (prefix != NULL &&
		    strncmp(name, prefix, strlen(prefix)) != 0) {
			return merr(m, sub, NULL, "unexpected node (expected "
				    "%s...)", prefix);
		}
		r = fn(m, sub);
		if (r != 0) {
			return r;
		}
	}
	return 0;
}

static int cmp_image(const void *a, const void *b)
{
	const struct armcvm_realm_image *x = a, *y = b;

	return x->ipa < y->ipa ? -1 : x->ipa > y->ipa;
}

static int cmp_ram(const void *a, const void *b)
{
	const struct armcvm_realm_ram *x = a, *y = b;

	return x->base < y->base ? -1 : x->base > y->base;
}

static int parse_fdt(struct mctx *m, size_t size)
{
	static const char *const root_props[] = { "compatible", NULL };
	struct rt_config *cfg = m->cfg;
	const char *s, *why;
	int node, r, seen_realm = 0, seen_host = 0, seen_images = 0;
	int seen_cpus = 0;
	unsigned int i, j;

	/* libfdt 1.6.1's own check needs checks first (fdt_guard.c). */
	why = fdt_guard_check(m->fdt, size);
	if (why != NULL) {
		fprintf(m->msgs, "%s: not a valid flattened devicetree (%s)\n",
			m->file, why);
		return RT_EXIT_INPUT;
	}
	/*
	 * The whole structure, strings and sizes against @size: libfdt's
	 * accessors trust the header, so nothing else is read before this.
	 */
	r = fdt_check_full(m->fdt, size);
	if (r != 0) {
		fprintf(m->msgs, "%s: not a valid flattened devicetree "
			"(libfdt: %s)\n", m->file, fdt_strerror(r));
		return RT_EXIT_INPUT;
	}
	r = only_props(m, 0, root_props);
	if (r != 0) {
		return r;
	}
	if (get_str(m, 0, "compatible", &s) != 0 ||
	    strcmp(s, "armcvm,realm-manifest-v1") != 0) {
		return merr(m, 0, "compatible", "must be "
			    "\"armcvm,realm-manifest-v1\"%s", "");
	}
	fdt_for_each_subnode(node, m->fdt, 0) {
		const char *name = fdt_get_name(m->fdt, node, NULL);
		int *seen = strcmp(name, "realm") == 0 ? &seen_realm :
			    strcmp(name, "host") == 0 ? &seen_host :
			    strcmp(name, "images") == 0 ? &seen_images :
			    strcmp(name, "cpus") == 0 ? &seen_cpus : NULL;

		if (seen != NULL && (*seen)++ != 0) {
			r = merr(m, node, NULL, "duplicate node (realm, host, "
				 "images and cpus appear at most once)%s", "");
		} else if (seen == &seen_realm) {
			r = parse_realm(m, node);
		} else if (seen == &seen_host) {
			r = parse_host(m, node);
		} else if (strcmp(name, "memory") == 0 ||
			   strncmp(name, "memory@", 7) == 0) {
			r = parse_memory(m, node);
		} else if (seen == &seen_images) {
			r = parse_group(m, node, NULL, parse_image);
		} else if (seen == &seen_cpus) {
			r = parse_group(m, node, "cpu@", parse_cpu);
		} else {
			r = merr(m, node, NULL, "unknown node (expected realm, "
				 "host, memory@..., images or cpus)%s", "");
		}
		if (r != 0) {
			return r;
		}
	}
	if (!seen_realm) {
		return merr(m, 0, NULL, "missing node \"realm\"%s", "");
	}
	if (!seen_cpus || cfg->nvcpu == 0) {
		return merr(m, 0, NULL, "missing node \"cpus\" with at least "
			    "one cpu@N%s", "");
	}
	for (i = 0; i < cfg->nvcpu; i++) {
		if (!cfg->vcpu_seen[i]) {
			char d[64];

			(void)snprintf(d, sizeof(d), "cpu@%u is missing: vCPU indexes "
				 "must be 0..%u", i, cfg->nvcpu - 1);
			return merr(m, 0, NULL, "%s", d);
		}
	}
	qsort(cfg->ram, cfg->nram, sizeof(cfg->ram[0]), cmp_ram);
	/* Sort images and their sources together. */
	for (i = 0; i < cfg->nimg; i++) {
		for (j = i + 1; j < cfg->nimg; j++) {
			if (cmp_image(&cfg->img[j], &cfg->img[i]) < 0) {
				struct armcvm_realm_image t = cfg->img[i];
				struct rt_source ts = cfg->src[i];

				cfg->img[i] = cfg->img[j];
				cfg->img[j] = t;
				cfg->src[i] = cfg->src[j];
				cfg->src[j] = ts;
			}
		}
	}
	return 0;
}

int rt_manifest_load_blob(const char *name, const char *dir,
			  const void *blob, size_t size,
			  const struct rt_io *io, struct rt_config *cfg)
{
	struct mctx m = { .file = name, .fdt = blob, .dir = dir, .io = io,
			  .msgs = io->msgs != NULL ? io->msgs : stderr,
			  .cfg = cfg };

	return parse_fdt(&m, size);
}

int rt_manifest_load(const char *path, struct rt_config *cfg)
{
	size_t n = strlen(path);
	char *copy = strdup(path);
	char dir[4096];
	size_t size = 0;
	void *blob;
	int r;

	if (copy == NULL) {
		return RT_EXIT_IO;
	}
	(void)snprintf(dir, sizeof(dir), "%s", dirname(copy));
	free(copy);
	if (n > 4 && strcmp(path + n - 4, ".dtb") == 0) {
		blob = tool_read_file(path, &size);
		if (blob == NULL) {
			fprintf(stderr, "%s: %s\n", path, strerror(errno));
			return RT_EXIT_IO;
		}
	} else {
		if (access(path, R_OK) != 0) {
			fprintf(stderr, "%s: %s\n", path, strerror(errno));
			return RT_EXIT_IO;
		}
		blob = run_dtc(path, path, &size);
		if (blob == NULL) {
			return RT_EXIT_INPUT;
		}
	}
	r = rt_manifest_load_blob(path, dir, blob, size, &rt_host_io, cfg);
	free(blob);
	return r;
}

int rt_manifest_load_dts_text(const char *name, const char *text,
			      struct rt_config *cfg)
{
	char tmp[] = "/tmp/armcvm-realm-XXXXXX";
	int fd = mkstemp(tmp);
	size_t len = strlen(text), size = 0;
	void *blob;
	int r;

	if (fd < 0 || write(fd, text, len) != (ssize_t)len) {
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		fprintf(stderr, "%s: cannot write a temporary file\n", name);
		return RT_EXIT_IO;
	}
	close(fd);
	blob = run_dtc(tmp, name, &size);
	unlink(tmp);
	if (blob == NULL) {
		return RT_EXIT_INPUT;
	}
	r = rt_manifest_load_blob(name, ".", blob, size, &rt_host_io, cfg);
	free(blob);
	return r;
}
