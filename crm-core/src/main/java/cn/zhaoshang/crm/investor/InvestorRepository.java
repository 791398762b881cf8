package cn.zhaoshang.crm.investor;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.CONTACT;
import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.shared.JooqRecords.onlyEditable;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.IndustryCluster;
import cn.zhaoshang.crm.db.enums.InvestorOwnership;
import cn.zhaoshang.crm.db.enums.InvestorSource;
import cn.zhaoshang.crm.db.tables.records.ContactRecord;
import cn.zhaoshang.crm.db.tables.records.InvestorRecord;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
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
		return find(filter, page, null);
	}

	/** {@code ownerId}: the signed-in user when the filter asks for "mine only". */
	List<InvestorRow> find(InvestorFilter filter, PageRequest page, @Nullable Long ownerId) {
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
			.where(where(filter).and(owned(ownerId)))
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
		return count(filter, null);
	}

	int count(InvestorFilter filter, @Nullable Long ownerId) {
		// the same joins and condition as find(), without paging
		return this.dsl.selectCount()
			.from(INVESTOR)
			.leftJoin(INDUSTRY)
			.on(INDUSTRY.ID.eq(INVESTOR.INDUSTRY_ID))
			.where(where(filter).and(owned(ownerId)))
			.fetchSingle()
			.value1();
	}

	Optional<InvestorForm> get(long id) {
		return this.dsl.selectFrom(INVESTOR)
			.where(INVESTOR.ID.eq(id))
			.fetchOptional(r -> new InvestorForm(r.getId(), r.getVersion(), r.getNameZh(), r.getNameEn(),
					r.getNameLocal(), r.getUscc(), r.getParentId(), r.getIndustryId(), r.getCountryCode(),
					(r.getOwnership() != null) ? Ownership.valueOf(r.getOwnership().getLiteral()) : null,
					(r.getFortune500Rank() != null) ? r.getFortune500Rank().intValue() : null,
					Boolean.TRUE.equals(r.getChina500()), r.getListedExchange(), r.getListedTicker(),
					Boolean.TRUE.equals(r.getExistingTenant()), Boolean.TRUE.equals(r.getJingjinTransfer()),
					r.getOwnerId(), r.getWebsite(), r.getAddress(), r.getNotes(),
					(r.getSource() != null) ? LeadSource.valueOf(r.getSource().name()) : null));
	}

	long insert(InvestorForm f) {
		return this.dsl.insertInto(INVESTOR).set(values(f)).returningResult(INVESTOR.ID).fetchSingle(INVESTOR.ID);
	}

	/** False when someone else saved first (the version moved on). */
	boolean update(InvestorForm f) {
		return this.dsl.update(INVESTOR)
			.set(values(f))
			.set(INVESTOR.VERSION, INVESTOR.VERSION.plus(1))
			.where(INVESTOR.ID.eq(f.id()).and(INVESTOR.VERSION.eq(f.version())))
			.execute() == 1;
	}

	Optional<LocalDateTime> updatedAt(long id) {
		return this.dsl.select(INVESTOR.UPDATED_AT)
			.from(INVESTOR)
			.where(INVESTOR.ID.eq(id))
			.fetchOptional(INVESTOR.UPDATED_AT);
	}

	/**
	 * Firms whose Chinese or English name starts with {@code prefix}, for choice lists.
	 */
	List<InvestorRef> lookup(String prefix, int limit) {
		Condition name = prefix.isBlank() ? noCondition()
				: INVESTOR.NAME_ZH.startsWith(prefix.strip()).or(INVESTOR.NAME_EN.startsWith(prefix.strip()));
		return this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH)
			.from(INVESTOR)
			.where(name)
			.orderBy(INVESTOR.NAME_ZH, INVESTOR.ID)
			.limit(limit)
			.fetch(r -> new InvestorRef(r.value1(), r.value2()));
	}

	Optional<Long> parentOf(long id) {
		return this.dsl.select(INVESTOR.PARENT_ID)
			.from(INVESTOR)
			.where(INVESTOR.ID.eq(id))
			.fetchOptional(INVESTOR.PARENT_ID);
	}

	List<InvestorRef> childrenOf(Collection<Long> parents) {
		return this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH, INVESTOR.PARENT_ID)
			.from(INVESTOR)
			.where(INVESTOR.PARENT_ID.in(parents))
			.orderBy(INVESTOR.NAME_ZH, INVESTOR.ID)
			.fetch(r -> new InvestorRef(r.value1(), r.value2()));
	}

	Map<Long, Long> parentIds(Collection<Long> ids) {
		return this.dsl.select(INVESTOR.ID, INVESTOR.PARENT_ID)
			.from(INVESTOR)
			.where(INVESTOR.ID.in(ids))
			.fetchMap(INVESTOR.ID, INVESTOR.PARENT_ID);
	}

	/** Project count and total investment (万元) per investor, in one GROUP BY. */
	Map<Long, ProjectTotals> projectTotals(Collection<Long> ids) {
		return this.dsl
			.select(PROJECT.INVESTOR_ID, DSL.count(), DSL.coalesce(DSL.sum(PROJECT.INVESTMENT_TOTAL), BigDecimal.ZERO))
			.from(PROJECT)
			.where(PROJECT.INVESTOR_ID.in(ids))
			.groupBy(PROJECT.INVESTOR_ID)
			.fetchMap(r -> r.value1(), r -> new ProjectTotals(r.value2(), r.value3()));
	}

	record ProjectTotals(int count, BigDecimal investment) {
	}

	/** Industries by code, Chinese name and English name (lower case): for imports. */
	Map<String, Long> industryKeys() {
		Map<String, Long> keys = new java.util.HashMap<>();
		this.dsl.select(INDUSTRY.ID, INDUSTRY.CODE, INDUSTRY.NAME_ZH, INDUSTRY.NAME_EN).from(INDUSTRY).forEach(r -> {
			keys.put(r.value2().toLowerCase(java.util.Locale.ROOT), r.value1());
			keys.put(r.value3(), r.value1());
			keys.put(r.value4().toLowerCase(java.util.Locale.ROOT), r.value1());
		});
		return keys;
	}

	/**
	 * The firm that already carries this credit code, if any (other than
	 * {@code excludeId}).
	 */
	Optional<String> nameWithCode(String uscc, @Nullable Long excludeId) {
		return this.dsl.select(INVESTOR.NAME_ZH)
			.from(INVESTOR)
			.where(INVESTOR.USCC.eq(uscc))
			.and((excludeId != null) ? INVESTOR.ID.ne(excludeId) : noCondition())
			.fetchOptional(INVESTOR.NAME_ZH);
	}

	/** Same credit code, or the same normalised name; at most 10. */
	List<InvestorDuplicate> duplicates(String normalizedName, @Nullable String uscc, @Nullable Long excludeId) {
		Condition same = INVESTOR.NAME_NORMALIZED.eq(normalizedName);
		if (uscc != null) {
			same = same.or(INVESTOR.USCC.eq(uscc));
		}
		Condition other = (excludeId != null) ? INVESTOR.ID.ne(excludeId) : noCondition();
		return this.dsl.select(INVESTOR.ID, INVESTOR.NAME_ZH, INVESTOR.USCC)
			.from(INVESTOR)
			.where(same.and(other))
			.orderBy(INVESTOR.ID)
			.limit(10)
			.fetch(r -> new InvestorDuplicate(r.value1(), r.value2(), r.value3(),
					uscc != null && uscc.equals(r.value3())));
	}

	List<ContactRow> contacts(long investorId) {
		return this.dsl.selectFrom(CONTACT)
			.where(CONTACT.INVESTOR_ID.eq(investorId))
			.orderBy(CONTACT.IS_PRIMARY.desc(), CONTACT.NAME, CONTACT.ID)
			.fetch(r -> new ContactRow(r.getId(), r.getVersion(), r.getInvestorId(), r.getName(), r.getTitle(),
					r.getPhone(), r.getEmail(), r.getWechat(), Boolean.TRUE.equals(r.getIsPrimary())));
	}

	Optional<ContactRow> contact(long investorId, long contactId) {
		return this.dsl.selectFrom(CONTACT)
			.where(CONTACT.ID.eq(contactId).and(CONTACT.INVESTOR_ID.eq(investorId)))
			.fetchOptional(r -> new ContactRow(r.getId(), r.getVersion(), r.getInvestorId(), r.getName(), r.getTitle(),
					r.getPhone(), r.getEmail(), r.getWechat(), Boolean.TRUE.equals(r.getIsPrimary())));
	}

	long insertContact(ContactRow c) {
		return this.dsl.insertInto(CONTACT)
			.set(contactValues(c))
			.set(CONTACT.INVESTOR_ID, c.investorId())
			.returningResult(CONTACT.ID)
			.fetchSingle(CONTACT.ID);
	}

	boolean updateContact(ContactRow c) {
		return this.dsl.update(CONTACT)
			.set(contactValues(c))
			.set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
			.where(CONTACT.ID.eq(c.id()).and(CONTACT.VERSION.eq(c.version())))
			.and(CONTACT.INVESTOR_ID.eq(c.investorId()))
			.execute() == 1;
	}

	boolean deleteContact(long investorId, long contactId, int version) {
		return this.dsl.deleteFrom(CONTACT)
			.where(CONTACT.ID.eq(contactId).and(CONTACT.VERSION.eq(version)))
			.and(CONTACT.INVESTOR_ID.eq(investorId))
			.execute() == 1;
	}

	/** Only one primary contact per investor. */
	void clearPrimary(long investorId, @Nullable Long except) {
		this.dsl.update(CONTACT)
			.set(CONTACT.IS_PRIMARY, false)
			.where(CONTACT.INVESTOR_ID.eq(investorId))
			.and((except != null) ? CONTACT.ID.ne(except) : noCondition())
			.execute();
	}

	private static ContactRecord contactValues(ContactRow c) {
		ContactRecord r = new ContactRecord();
		r.setName(c.name());
		r.setTitle(c.title());
		r.setPhone(c.phone());
		r.setEmail(c.email());
		r.setWechat(c.wechat());
		r.setIsPrimary(c.primary());
		return onlyEditable(r, CONTACT.ID, CONTACT.VERSION, CONTACT.INVESTOR_ID, CONTACT.CREATED_AT,
				CONTACT.UPDATED_AT);
	}

	private static InvestorRecord values(InvestorForm f) {
		InvestorRecord r = new InvestorRecord();
		r.setNameZh(f.nameZh());
		r.setNameEn(f.nameEn());
		r.setNameLocal(f.nameLocal());
		r.setNameNormalized(InvestorNames.normalize(f.nameZh()));
		r.setUscc(f.uscc());
		r.setParentId(f.parentId());
		r.setIndustryId(f.industryId());
		r.setCountryCode(f.countryCode());
		r.setOwnership((f.ownership() != null) ? InvestorOwnership.valueOf(f.ownership().name()) : null);
		r.setFortune500Rank((f.fortune500Rank() != null) ? f.fortune500Rank().shortValue() : null);
		r.setChina500(f.china500());
		r.setListedExchange(f.listedExchange());
		r.setListedTicker(f.listedTicker());
		r.setExistingTenant(f.existingTenant());
		r.setJingjinTransfer(f.jingjinTransfer());
		r.setOwnerId(f.ownerId());
		r.setWebsite(f.website());
		r.setAddress(f.address());
		r.setNotes(f.notes());
		r.setSource((f.source() != null) ? InvestorSource.valueOf(f.source().name()) : null);
		return onlyEditable(r, INVESTOR.ID, INVESTOR.VERSION, INVESTOR.CREATED_AT, INVESTOR.UPDATED_AT);
	}

	private static Condition owned(@Nullable Long ownerId) {
		return (ownerId != null) ? INVESTOR.OWNER_ID.eq(ownerId) : noCondition();
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
		if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
			condition = condition
				.and(INVESTOR.COUNTRY_CODE.eq(filter.countryCode().strip().toUpperCase(java.util.Locale.ROOT)));
		}
		if (filter.industryId() != null) {
			condition = condition.and(INVESTOR.INDUSTRY_ID.eq(filter.industryId()));
		}
		if (filter.source() != null) {
			condition = condition.and(INVESTOR.SOURCE.eq(InvestorSource.valueOf(filter.source().name())));
		}
		if (filter.ownerId() != null) {
			condition = condition.and(INVESTOR.OWNER_ID.eq(filter.ownerId()));
		}
		for (InvestorFilter.Flag flag : filter.flags()) {
			condition = condition.and(switch (flag) {
				case FORTUNE_500 -> INVESTOR.FORTUNE500_RANK.isNotNull();
				case CHINA_500 -> INVESTOR.CHINA500.isTrue();
				case LISTED -> INVESTOR.LISTED_EXCHANGE.isNotNull();
				case JINGJIN_TRANSFER -> INVESTOR.JINGJIN_TRANSFER.isTrue();
			});
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
