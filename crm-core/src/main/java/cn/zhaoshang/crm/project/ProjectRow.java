package cn.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One line of the project list: only what the list shows.
 *
 * @param displayName the real name, or the code name when the caller has no need-to-know
 * @param investorName the firm's Chinese name; null when the name is hidden (the firm
 * would give the project away)
 * @param investmentTotal 总投资, 万元
 * @param landRequestedMu 用地需求, 亩
 */
public record ProjectRow(long id, String code, String displayName, long investorId, @Nullable String investorName,
		Stage stage, @Nullable BigDecimal investmentTotal, @Nullable BigDecimal landRequestedMu,
		@Nullable LocalDate expectedSigningDate, String ownerName, boolean confidential, LocalDateTime updatedAt) {
}
