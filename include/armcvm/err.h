/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_ERR_H
#define ARMCVM_ERR_H
/*
 * armcvm - library error codes.
 *
 * Convention (libfdt): functions return 0 or a non-negative datum on success
 * and the negation of one of these codes on failure. These codes describe
 * what armcvm itself refused or could not do. What firmware or a hypervisor
 * answered (an RMI status, an SMCCC return code, a pKVM errno) is never
 * returned as one of these: it travels in the result structure of the call.
 */

#include <armcvm/env.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bad parameters */
#define ARMCVM_ERR_INVAL	1
	/* An argument is malformed or out of its documented range. */
#define ARMCVM_ERR_ALIGN	2
	/* An address or size is not aligned as the ABI requires. */
#define ARMCVM_ERR_RESERVED	3
	/* A reserved (SBZ/MBZ) bit or field is set. */
#define ARMCVM_ERR_RANGE	4
	/* An address range is empty, wraps, or leaves the allowed space. */
#define ARMCVM_ERR_NOSPACE	5
	/* A caller-provided buffer or pool is too small or exhausted. */

/* Things that are absent or unsupported */
#define ARMCVM_ERR_NOTSUPP	6
	/* The conduit, target or feature cannot perform this request. */
#define ARMCVM_ERR_NOENT	7
	/* The named object (call, table, VM, entry) does not exist. */

/* State */
#define ARMCVM_ERR_STATE	8
	/* The request is illegal in the current state (models, pools). */
#define ARMCVM_ERR_EXISTS	9
	/* The object already exists or is already in the requested state. */

/* Bad data from outside */
#define ARMCVM_ERR_BADFMT	10
	/* Input data (manifest, log, trace, record) is malformed. */
#define ARMCVM_ERR_PROTOCOL	11
	/* The peer broke the ABI: e.g. MBZ bits set in a returned value. */

/* Can't happen */
#define ARMCVM_ERR_INTERNAL	12
	/* An internal invariant does not hold: a bug in armcvm. */

#define ARMCVM_ERR_MAX		12

/**
 * armcvm_strerror() - Describe a library error code
 * @err: a value returned by an armcvm function (negative error, 0, or a
 *	 non-negative datum)
 *
 * Return: a static string naming the error ("ARMCVM_ERR_INVAL: ..."),
 *	   "<no error>" for 0, "<valid value>" for positive values and
 *	   "<unknown error>" for negative values that are not armcvm codes.
 *	   Never NULL.
 */
ARMCVM_API const char *armcvm_strerror(int err);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_ERR_H */
