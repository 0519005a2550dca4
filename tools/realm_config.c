/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm-realm's realm configuration (realm_tool.h): defaults, release,
 * and image bytes for the plan runner.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "realm_tool.h"

void rt_config_init(struct rt_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	armcvm_realm_desc_init(&cfg->desc);
	/*
	 * A permissive RMM (rmi.md 3.4 bit positions): S2SZ 48, SVE up to
	 * 2048 bits, 16 breakpoints / watchpoints, PMU with 31 counters,
	 * SHA-256 and SHA-512, MAX_RECS_ORDER 10 (TF-RMM).
	 */
	cfg->features0 = 48 | (1ULL << 9) | (15ULL << 10) | (15ULL << 14) |
			 (15ULL << 20) | (1ULL << 26) | (31ULL << 27) |
			 (1ULL << 32) | (1ULL << 33) | (10ULL << 38);
	cfg->rec_aux_count = 16;	/* TF-RMM MAX_REC_AUX_GRANULES */
	cfg->memory_base = 0x80000000ULL;
}

void rt_config_free(struct rt_config *cfg)
{
	unsigned int i;

	/* All slots: a reader that failed midway leaves the next one set. */
	for (i = 0; i < RT_MAX_IMAGES; i++) {
		if (cfg->src[i].f != NULL) {
			(void)fclose(cfg->src[i].f);	/* read-only */
		}
		free(cfg->src[i].path);
		free(cfg->src[i].bytes);
		memset(&cfg->src[i], 0, sizeof(cfg->src[i]));
	}
}

int rt_image_read(struct rt_config *cfg, uint32_t i, uint64_t off,
		  uint8_t *buf, size_t len)
{
	struct rt_source *s = &cfg->src[i];

	memset(buf, 0, len);
	if (s->bytes != NULL) {
		if (off < s->nbytes) {
			size_t n = s->nbytes - off < len ?
				   s->nbytes - (size_t)off : len;
			memcpy(buf, s->bytes + off, n);
		}
		return 0;
	}
	if (s->f == NULL) {
		s->f = fopen(s->path, "rb");
		if (s->f == NULL) {
			return -ARMCVM_ERR_NOENT;
		}
	}
	if (off > INT64_MAX || fseeko(s->f, (off_t)off, SEEK_SET) != 0) {
		return -ARMCVM_ERR_BADFMT;
	}
	(void)fread(buf, 1, len, s->f); /* past EOF: zeros */
	return ferror(s->f) ? -ARMCVM_ERR_BADFMT : 0;
}
