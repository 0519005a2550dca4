/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - RMI status names (values: DEN0137 1.0-rel0 B4.4.1 and TF-RMM
 * lib/smc/include/smc-rmi.h for the 1.1 / 2.0 additions; rmi.md 2.1).
 */
#include <armcvm/rmi.h>

const char *armcvm_rmi_status_str(unsigned int status)
{
	static const char *const names[] = {
		[ARMCVM_RMI_SUCCESS] = "RMI_SUCCESS",
		[ARMCVM_RMI_ERROR_INPUT] = "RMI_ERROR_INPUT",
		[ARMCVM_RMI_ERROR_REALM] = "RMI_ERROR_REALM",
		[ARMCVM_RMI_ERROR_REC] = "RMI_ERROR_REC",
		[ARMCVM_RMI_ERROR_RTT] = "RMI_ERROR_RTT",
		[ARMCVM_RMI_ERROR_NOT_SUPPORTED] = "RMI_ERROR_NOT_SUPPORTED",
		[ARMCVM_RMI_ERROR_DEVICE] = "RMI_ERROR_DEVICE",
		[ARMCVM_RMI_ERROR_RTT_AUX] = "RMI_ERROR_RTT_AUX",
		[ARMCVM_RMI_ERROR_PSMMU_ST] = "RMI_ERROR_PSMMU_ST",
		[ARMCVM_RMI_ERROR_DPT] = "RMI_ERROR_DPT",
		[ARMCVM_RMI_BUSY] = "RMI_BUSY",
		[ARMCVM_RMI_ERROR_GLOBAL] = "RMI_ERROR_GLOBAL",
		[ARMCVM_RMI_ERROR_TRACKING] = "RMI_ERROR_TRACKING",
		[ARMCVM_RMI_INCOMPLETE] = "RMI_INCOMPLETE",
		[ARMCVM_RMI_BLOCKED] = "RMI_BLOCKED",
		[ARMCVM_RMI_ERROR_GPT] = "RMI_ERROR_GPT",
		[ARMCVM_RMI_ERROR_GRANULE] = "RMI_ERROR_GRANULE",
	};

	if (status < sizeof(names) / sizeof(names[0])) {
		return names[status];
	}
	return "<unknown RMI status>";
}

/*
 * Outcome rules of RMI_VERSION (S10 B2 "Interface versions" and B4.3.23;
 * rmi.md 1.3): on success lower == requested; otherwise the status is
 * RMI_ERROR_INPUT and lower is the highest implemented revision below the
 * request, or lower == higher when every implemented revision is higher.
 */
int armcvm_rmi_version_negotiate(const struct armcvm_conduit *c, uint64_t req,
				 struct armcvm_rmi_negotiation *out)
{
	const struct armcvm_rmi_version_result *res;
	int ret;

	if (out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	res = &out->res;
	ret = armcvm_rmi_version(c, req, &out->res);
	out->compatible = false;
	out->fallback = 0;
	out->outcome = ARMCVM_RMI_VERSION_ONLY_HIGHER;
	if (ret != 0) {
		return ret;
	}
	if (res->st.status == ARMCVM_RMI_SUCCESS) {
		if (res->lower != req) {
			return -ARMCVM_ERR_PROTOCOL;
		}
		out->outcome = ARMCVM_RMI_VERSION_MATCH;
		out->compatible = true;
		return 0;
	}
	if (res->st.status != ARMCVM_RMI_ERROR_INPUT || res->st.index != 0 ||
	    res->lower == req) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	if (res->lower < req) {
		out->outcome = ARMCVM_RMI_VERSION_LOWER_AVAILABLE;
		out->fallback = res->lower;
		return 0;
	}
	if (res->lower != res->higher) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return 0;
}
