package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A project whose land has an idle-land clock running, for the park operator's and the
 * owner's lists.
 *
 * @param projectName the code name when the caller has no need-to-know
 * @param plots the codes of the project's confirmed plots, comma-separated (null: none
 * recorded)
 */
public record IdleLand(long projectId, String projectCode, String projectName, @Nullable Long parkId,
		@Nullable String plots, @Nullable BigDecimal landMu, String ownerName, IdleLandClock clock) {
}
