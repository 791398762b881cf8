package cn.zhaoshang.crm.investor;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zhaoshang.crm.db.enums.IndustryCluster;
import cn.zhaoshang.crm.db.enums.InvestorOwnership;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;

@Repository
class InvestorRepository {

	/** The only sort keys a caller may send; anything else is refused. */
	private static final Map<String, Field<?>> SORTABLE = Map.of("nameZh", INVESTOR.NAME_ZH, "nameEn", INVESTOR.NAME_EN,
			"countryCode", INVESTOR.COUNTRY_CODE, "fortune500Rank", INVESTOR.FORTUNE500_RANK, "updatedAt",
			INVESTOR.UPDATED_AT);

	private static final Field<Integer> PROJECT_COUNT = selectCount().from(PROJECT)
		.where(PROJECT.INVESTOR_ID.eq(INVESTOR.ID))
		.asField("project_count");

	private final DSLContext dsl;

	InvestorRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<InvestorRow> find(InvestorFilter filter, PageRequest page) {
		return this.dsl
			.select(INVESTOR.ID, INVESTOR.NAME_ZH, INVESTOR.NAME_EN, INVESTOR.USCC, INDUSTRY.NAME_ZH, INDUSTRY.NAME_EN,
					INDUSTRY.CLUSTER, INVESTOR.COUNTRY_CODE, INVESTOR.OWNERSHIP, INVESTOR.FORTUNE500_RANK,
					INVESTOR.CHINA500, INVESTOR.EXISTING_TENANT, APP_USER.DISPLAY_NAME, PROJECT_COUNT,
					INVESTOR.UPDATED_AT)
			.from(INVESTOR)
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(INVESTOR.INDUSTRY_ID))
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(INVESTOR.OWNER_ID))
			.where(where(filter))
			.orderBy(orderBy(page.sort()))
			.limit(page.limit())
			.offset(page.offset())
			.fetch(r -> new InvestorRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					(r.value7() != null) ? cn.zhaoshang.crm.investor.IndustryCluster.valueOf(r.value7().getLiteral())
							: null,
					r.value8(), (r.value9() != null) ? Ownership.valueOf(r.value9().getLiteral()) : null,
					(r.value10() != null) ? r.value10().intValue() : null, Boolean.TRUE.equals(r.value11()),
					Boolean.TRUE.equals(r.value12()), r.value13(), r.value14(), r.value15()));
	}

	int count(InvestorFilter filter) {
		// the same joins and condition as find(), without paging
		return this.dsl.selectCount()
			.from(INVESTOR)
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(INVESTOR.INDUSTRY_ID))
			.where(where(filter))
			.fetchSingle()
			.value1();
	}

	private static Condition where(InvestorFilter filter) {
		Condition condition = noCondition();
		String name = (filter.name() != null) ? filter.name().strip() : "";
		if (!name.isEmpty()) {
			// prefix search: served by the name indexes, unlike '%x%'
			condition = condition.and(INVESTOR.NAME_ZH.startsWith(name).or(INVESTOR.NAME_EN.startsWith(name)));
		}
		if (filter.cluster() != null) {
			condition = condition.and(INDUSTRY.CLUSTER.eq(IndustryCluster.valueOf(filter.cluster().name())));
		}
		if (filter.ownership() != null) {
			condition = condition.and(INVESTOR.OWNERSHIP.eq(InvestorOwnership.valueOf(filter.ownership().name())));
		}
		if (filter.existingTenant() != null) {
			condition = condition.and(INVESTOR.EXISTING_TENANT.eq(filter.existingTenant()));
		}
		return condition;
	}

	private static List<SortField<?>> orderBy(List<Sort> sorts) {
		List<SortField<?>> fields = new ArrayList<>();
		for (Sort sort : sorts) {
			Field<?> field = SORTABLE.get(sort.property());
			if (field == null) {
				throw new IllegalArgumentException("not sortable: " + sort.property());
			}
			fields.add(sort.ascending() ? field.asc() : field.desc());
		}
		if (sorts.isEmpty()) {
			fields.add(INVESTOR.UPDATED_AT.desc());
		}
		fields.add(INVESTOR.ID.asc()); // unique tie-breaker: stable pages
		return fields;
	}

}
