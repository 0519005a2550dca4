/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_ARMCVM_H
#define ARMCVM_ARMCVM_H
/*
 * armcvm - umbrella header: includes every public header.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>
#include <armcvm/pkvm_host.h>
#include <armcvm/kvm_guest.h>
#include <armcvm/shpool.h>
#include <armcvm/rmi_abi.h>
#include <armcvm/rmi.h>
#include <armcvm/rmi_exit.h>
#include <armcvm/rsi_abi.h>
#include <armcvm/rsi.h>
#include <armcvm/psci.h>
#include <armcvm/sha2.h>
#include <armcvm/measure.h>
#include <armcvm/pkvm_own.h>
#include <armcvm/rmm_model.h>
#include <armcvm/realm.h>
#include <armcvm/realm_plan.h>
#include <armcvm/realm_rim.h>
#include <armcvm/pkvm_own_hyp.h>

#endif /* ARMCVM_ARMCVM_H */
