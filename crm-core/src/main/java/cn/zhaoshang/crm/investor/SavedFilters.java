package cn.zhaoshang.crm.investor;

import static cn.zhaoshang.crm.db.Tables.SAVED_FILTER;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import cn.zhaoshang.crm.shared.LeadSource;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Saved investor filters in saved_filter (list_name 'investors'), as key=value text. */
@Repository
class SavedFilters {

	static final String LIST = "investors";

	static final int MAX_PER_USER = 50;

	private final DSLContext dsl;

	SavedFilters(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<SavedFilter> of(long userId) {
		return this.dsl.select(SAVED_FILTER.ID, SAVED_FILTER.NAME, SAVED_FILTER.CRITERIA)
			.from(SAVED_FILTER)
			.where(SAVED_FILTER.USER_ID.eq(userId).and(SAVED_FILTER.LIST_NAME.eq(LIST)))
			.orderBy(SAVED_FILTER.NAME)
			.limit(MAX_PER_USER)
			.fetch(r -> new SavedFilter(r.value1(), r.value2(), decode(r.value3())));
	}

	int count(long userId) {
		return this.dsl.fetchCount(SAVED_FILTER, SAVED_FILTER.USER_ID.eq(userId).and(SAVED_FILTER.LIST_NAME.eq(LIST)));
	}

	/** Saves or replaces the user's filter of that name. */
	long save(long userId, String name, InvestorFilter filter) {
		String criteria = encode(filter);
		try {
			return this.dsl.insertInto(SAVED_FILTER)
				.set(SAVED_FILTER.USER_ID, userId)
				.set(SAVED_FILTER.LIST_NAME, LIST)
				.set(SAVED_FILTER.NAME, name)
				.set(SAVED_FILTER.CRITERIA, criteria)
				.returningResult(SAVED_FILTER.ID)
				.fetchSingle(SAVED_FILTER.ID);
		}
		catch (DuplicateKeyException ex) {
			this.dsl.update(SAVED_FILTER)
				.set(SAVED_FILTER.CRITERIA, criteria)
				.set(SAVED_FILTER.VERSION, SAVED_FILTER.VERSION.plus(1))
				.where(SAVED_FILTER.USER_ID.eq(userId).and(SAVED_FILTER.LIST_NAME.eq(LIST)))
				.and(SAVED_FILTER.NAME.eq(name))
				.execute();
			return this.dsl.select(SAVED_FILTER.ID)
				.from(SAVED_FILTER)
				.where(SAVED_FILTER.USER_ID.eq(userId).and(SAVED_FILTER.LIST_NAME.eq(LIST)))
				.and(SAVED_FILTER.NAME.eq(name))
				.fetchSingle(SAVED_FILTER.ID);
		}
	}

	/** Deletes only the user's own filter. */
	boolean delete(long userId, long id) {
		return this.dsl.deleteFrom(SAVED_FILTER)
			.where(SAVED_FILTER.ID.eq(id).and(SAVED_FILTER.USER_ID.eq(userId)))
			.execute() == 1;
	}

	static String encode(InvestorFilter f) {
		StringJoiner out = new StringJoiner("&");
		put(out, "name", f.name());
		put(out, "cluster", (f.cluster() != null) ? f.cluster().name() : null);
		put(out, "ownership", (f.ownership() != null) ? f.ownership().name() : null);
		put(out, "tenant", (f.existingTenant() != null) ? f.existingTenant().toString() : null);
		put(out, "country", f.countryCode());
		put(out, "flags",
				f.flags().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
		put(out, "mine", f.mine() ? "true" : null);
		put(out, "industry", (f.industryId() != null) ? f.industryId().toString() : null);
		put(out, "source", (f.source() != null) ? f.source().name() : null);
		put(out, "owner", (f.ownerId() != null) ? f.ownerId().toString() : null);
		return out.toString();
	}

	static InvestorFilter decode(String criteria) {
		Map<String, String> values = new HashMap<>();
		for (String pair : criteria.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		java.util.Set<InvestorFilter.Flag> flags = new java.util.HashSet<>();
		for (String flag : values.getOrDefault("flags", "").split(",")) {
			InvestorFilter.Flag known = enumOrNull(InvestorFilter.Flag.class, flag.isBlank() ? null : flag);
			if (known != null) {
				flags.add(known);
			}
		}
		return new InvestorFilter(values.get("name"), enumOrNull(IndustryCluster.class, values.get("cluster")),
				enumOrNull(Ownership.class, values.get("ownership")),
				values.containsKey("tenant") ? Boolean.valueOf(values.get("tenant")) : null, values.get("country"),
				flags, "true".equals(values.get("mine")), longOrNull(values.get("industry")),
				enumOrNull(LeadSource.class, values.get("source")), longOrNull(values.get("owner")));
	}

	private static void put(StringJoiner out, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			out.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static @Nullable Long longOrNull(@Nullable String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String name) {
		try {
			return (name != null) ? Enum.valueOf(type, name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null; // a value an older version saved: ignore it rather than fail
		}
	}

}
