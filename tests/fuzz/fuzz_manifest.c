/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * libFuzzer target: the Devicetree realm manifest reader
 * (tools/realm_manifest.c, docs/realm-manifest.md) on raw DTB bytes.
 *
 * libfdt is the system library, not instrumented, so ASan does not see
 * its reads. The blob is therefore placed at the end of a mapping followed
 * by an inaccessible page (8-byte aligned, as libfdt requires): a read
 * past the blob by libfdt faults; the slack bytes are poisoned for our own
 * instrumented code. Checks: every rejection prints "fuzz.dtb: ..."; an
 * accepted manifest gives a configuration within the documented limits,
 * sorted as the reader promises; nothing leaks.
 */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <sanitizer/asan_interface.h>

#include "fake_io.h"

#define REGION	(1U << 20)	/* largest input tried */

static uint8_t *region;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);

	(void)argc;
	(void)argv;
	region = mmap(NULL, REGION + page, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (region == MAP_FAILED || mprotect(region + REGION, page,
					     PROT_NONE) != 0) {
		abort();
	}
	return 0;
}

static void check_config(const struct rt_config *c)
{
	unsigned int i;

	if (c->nvcpu == 0 || c->nvcpu > RT_MAX_VCPUS ||
	    c->nram > RT_MAX_RAM || c->nimg > RT_MAX_IMAGES) {
		abort();
	}
	for (i = 0; i < RT_MAX_VCPUS; i++) {
		if (c->vcpu_seen[i] != (i < c->nvcpu)) {
			abort();	/* indexes must be exactly 0..n-1 */
		}
	}
	for (i = 1; i < c->nram; i++) {
		if (c->ram[i - 1].base > c->ram[i].base) {
			abort();
		}
	}
	for (i = 0; i < RT_MAX_IMAGES; i++) {
		const struct rt_source *s = &c->src[i];

		if (i >= c->nimg) {
			if (s->path != NULL || s->bytes != NULL) {
				abort();	/* stray allocation */
			}
			continue;
		}
		if ((s->path == NULL) == (s->bytes == NULL) ||
		    c->img[i].size == 0 || c->img[i].size < s->nbytes ||
		    (i > 0 && c->img[i - 1].ipa > c->img[i].ipa)) {
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_config cfg;
	struct fake_io f;
	uint8_t *blob;
	size_t n;
	int r;

	if (size > REGION - 8) {
		return 0;
	}
	blob = (uint8_t *)((uintptr_t)(region + REGION - size) & ~(uintptr_t)7);
	ASAN_UNPOISON_MEMORY_REGION(region, REGION);
	memcpy(blob, data, size);
	ASAN_POISON_MEMORY_REGION(blob + size,
				  (size_t)(region + REGION - (blob + size)));
	rt_config_init(&cfg);
	fake_io_open(&f);
	r = rt_manifest_load_blob("fuzz.dtb", FAKE_IO_DIR, blob, size, &f.io,
				  &cfg);
	n = fake_io_close(&f);
	if (r == 0) {
		if (n != 0) {
			abort();	/* success says nothing */
		}
		check_config(&cfg);
	} else if (r != RT_EXIT_INPUT || n == 0 ||
		   strncmp(f.msgs, "fuzz.dtb: ", 10) != 0) {
		abort();	/* a rejection names the file and the problem */
	}
	rt_config_free(&cfg);
	return 0;
}
