/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TOOLS_REALM_TOOL_H
#define ARMCVM_TOOLS_REALM_TOOL_H
/*
 * armcvm-realm (hosted): the realm configuration the subcommands share,
 * the manifest reader (realm_manifest.c, libfdt) and the operation-log
 * reader (realm_oplog.c). docs/realm-tool.md, realm-manifest.md and
 * realm-oplog.md describe the formats and exit codes.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <armcvm/armcvm.h>

/* Exit codes (docs/realm-tool.md). */
#define RT_EXIT_OK		0
#define RT_EXIT_USAGE		1	/* bad command line */
#define RT_EXIT_INPUT		2	/* manifest / op log / flag values */
#define RT_EXIT_REFUSED		3	/* builder or planner refused */
#define RT_EXIT_RUN		4	/* RMI error or RIM mismatch on run */
#define RT_EXIT_IO		5	/* file or memory error */

#define RT_MAX_RAM	16
#define RT_MAX_IMAGES	16
#define RT_MAX_VCPUS	64

/* Bytes of one image: a file or inline bytes. */
struct rt_source {
	char *path;		/* malloc'd, or NULL */
	uint8_t *bytes;		/* malloc'd inline content, or NULL */
	size_t nbytes;		/* its length (bytes past it read as 0) */
	FILE *f;		/* opened lazily */
};

struct rt_config {
	struct armcvm_realm_desc desc;
	uint64_t features0;
	struct armcvm_realm_ram ram[RT_MAX_RAM];
	unsigned int nram;
	struct armcvm_realm_image img[RT_MAX_IMAGES];
	struct rt_source src[RT_MAX_IMAGES];
	unsigned int nimg;
	struct armcvm_realm_vcpu vcpu[RT_MAX_VCPUS];
	unsigned int nvcpu;
	bool vcpu_seen[RT_MAX_VCPUS];
	uint32_t rec_aux_count;
	uint64_t memory_base;	/* host PA where params, staging, RTTs go */
	uint32_t profile;
};

/*
 * What the readers reach beyond their input: content files and the stream
 * for their messages. armcvm-realm uses rt_host_io (realm_io.c: the file
 * system and stderr); the fuzzers serve bytes from memory and capture the
 * messages. Paths arrive resolved against the manifest's or log's
 * directory.
 */
struct rt_io {
	/* Size of the file at @path: 0, or an errno value. */
	int (*size)(void *ctx, const char *path, uint64_t *size);
	/* @len bytes of @path from @off, zeros past its end: 0 or errno. */
	int (*read)(void *ctx, const char *path, uint64_t off, void *buf,
		    size_t len);
	void *ctx;
	FILE *msgs;	/* error messages; NULL: stderr */
};

extern const struct rt_io rt_host_io;

/* Defaults: TF-RMM-like features, 16 aux granules, memory at 2 GiB. */
void rt_config_init(struct rt_config *cfg);
/* Frees every image source, also one a failed reader left half set. */
void rt_config_free(struct rt_config *cfg);

/* Read @len bytes of image @i at @off (zero past the end of a file). */
int rt_image_read(struct rt_config *cfg, uint32_t i, uint64_t off,
		  uint8_t *buf, size_t len);

/*
 * Load a manifest (.dts compiled with dtc, or .dtb). Relative image paths
 * resolve against the manifest's directory. On error prints
 * "<file>: <node path>: <property>: <problem>" to stderr and returns
 * RT_EXIT_INPUT or RT_EXIT_IO.
 */
int rt_manifest_load(const char *path, struct rt_config *cfg);
/* The same from DTS text in memory (the demo's embedded manifest). */
int rt_manifest_load_dts_text(const char *name, const char *text,
			      struct rt_config *cfg);
/*
 * The reader itself: @size bytes of DTB at @blob (validated with
 * fdt_check_full() before any walk), reported as @name in messages to
 * @io->msgs; "file" images
 * resolve against @dir and are sized through @io. Returns 0,
 * RT_EXIT_INPUT or RT_EXIT_IO; @cfg then holds what was read so far
 * (rt_config_free() releases it either way).
 */
int rt_manifest_load_blob(const char *name, const char *dir,
			  const void *blob, size_t size,
			  const struct rt_io *io, struct rt_config *cfg);

/*
 * Compute the RIM of an operation log (docs/realm-oplog.md). On error
 * prints "<file>:<line>: <problem>" and returns RT_EXIT_INPUT / RT_EXIT_IO.
 */
int rt_oplog_measure(const char *path, struct armcvm_measurement *rim,
		     unsigned int *digest_len);
/*
 * The reader itself: the @len bytes of log text at @text (any bytes; not
 * modified, no NUL terminator needed), reported as @name in messages to
 * @io->msgs; "file" keys
 * resolve against @dir and are read through @io.
 */
int rt_oplog_measure_text(const char *name, const char *dir,
			  const char *text, size_t len,
			  const struct rt_io *io,
			  struct armcvm_measurement *rim,
			  unsigned int *digest_len);

#endif /* ARMCVM_TOOLS_REALM_TOOL_H */
