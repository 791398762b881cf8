package cn.zhaoshang.crm.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator or director searches the audit trail for; every part optional.
 *
 * @param username the account, exactly (audit rows keep the name after a user is gone)
 * @param entityType e.g. {@code project}, {@code investor}
 * @param entityId one entity (with its type)
 * @param action e.g. {@code UPDATE}, {@code LOGIN_FAILED}
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record AuditFilter(@Nullable String username, @Nullable String entityType, @Nullable Long entityId,
		@Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
