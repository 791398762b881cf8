package cn.zhaoshang.crm.investor;

import org.jspecify.annotations.Nullable;

/** A contact person at an investor (联系人). */
public record ContactRow(@Nullable Long id, int version, long investorId, String name, @Nullable String title,
		@Nullable String phone, @Nullable String email, @Nullable String wechat, boolean primary) {
}
