/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef FUZZ_STREAM_H
#define FUZZ_STREAM_H
/*
 * Reading a libFuzzer input as a stream of small decisions. Past the end
 * every read returns 0, so any prefix of an input is itself a valid input
 * and the targets never depend on the input length being "right".
 *
 * FUZZ_CHECK() reports a violated invariant and aborts, so libFuzzer saves
 * the input as a crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct fuzz_stream {
	const uint8_t *p;
	size_t n;
};

static inline uint8_t fs_u8(struct fuzz_stream *s)
{
	uint8_t v;

	if (s->n == 0) {
		return 0;
	}
	v = *s->p;
	s->p++;
	s->n--;
	return v;
}

static inline uint16_t fs_u16(struct fuzz_stream *s)
{
	uint16_t v = fs_u8(s);

	return (uint16_t)(v | (uint16_t)(fs_u8(s) << 8));
}

static inline uint32_t fs_u32(struct fuzz_stream *s)
{
	uint32_t v = fs_u16(s);

	return v | ((uint32_t)fs_u16(s) << 16);
}

static inline uint64_t fs_u64(struct fuzz_stream *s)
{
	uint64_t v = fs_u32(s);

	return v | ((uint64_t)fs_u32(s) << 32);
}

static inline void fs_bytes(struct fuzz_stream *s, void *dst, size_t len)
{
	uint8_t *d = dst;
	size_t i;

	for (i = 0; i < len; i++) {
		d[i] = fs_u8(s);
	}
}

static inline int fs_more(const struct fuzz_stream *s)
{
	return s->n != 0;
}

#define FUZZ_CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "invariant violated at %s:%d: %s\n", \
				__FILE__, __LINE__, #cond);		\
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
			abort();					\
		}							\
	} while (0)

#endif /* FUZZ_STREAM_H */
