package cn.zhaoshang.crm.land;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Reserve {@code areaMu} of a plot for a land request (a part of the plot is fine). */
public record ReserveForm(long plotId, long landRequestId, @Nullable BigDecimal areaMu) {
}
