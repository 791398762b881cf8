package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_COLLABORATOR;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.substring;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.InvestorOwnership;
import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.enums.ProjectStage;
import cn.zhaoshang.crm.db.enums.ProjectStageBeforeHold;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeFromStage;
import cn.zhaoshang.crm.db.enums.ProjectStageChangeToStage;
import cn.zhaoshang.crm.db.tables.records.ProjectRecord;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import cn.zhaoshang.crm.user.UserRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

	/**
	 * The only sort keys a caller may send besides "name" and "investorName" (which
	 * depend on the caller, see {@link #orderBy}); anything else is refused.
	 */
	private static final Map<String, Field<?>> SORTABLE = Map.of("code", PROJECT.CODE, "stage", PROJECT.STAGE,
			"investmentTotal", PROJECT.INVESTMENT_TOTAL, "landRequestedMu", PROJECT.LAND_REQUESTED_MU,
			"expectedSigningDate", PROJECT.EXPECTED_SIGNING_DATE, "ownerName", APP_USER.DISPLAY_NAME, "updatedAt",
			PROJECT.UPDATED_AT, "stageChangedAt", PROJECT.STAGE_CHANGED_AT);

	private static final String CODE_PREFIX = "ZS-";

	private final DSLContext dsl;

	ProjectRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// ---------------------------------------------------------------- who sees what

	/** The user owns the project or collaborates on it. */
	static Condition ownOrCollaborated(long userId) {
		return PROJECT.OWNER_ID.eq(userId)
			.or(DSL.exists(selectOne().from(PROJECT_COLLABORATOR)
				.where(PROJECT_COLLABORATOR.PROJECT_ID.eq(PROJECT.ID))
				.and(PROJECT_COLLABORATOR.USER_ID.eq(userId))));
	}

	/** The projects the caller may see. */
	static Condition visible(ProjectScope scope) {
		if (scope.all()) {
			return noCondition();
		}
		Condition visible = falseCondition();
		if (scope.staff()) {
			visible = visible.or(ownOrCollaborated(scope.userId()));
		}
		if (scope.parkId() != null) {
			visible = visible.or(PROJECT.PREFERRED_PARK_ID.eq(scope.parkId())).or(holdsLandIn(scope.parkId()));
		}
		return visible;
	}

	/** The project has land reserved or allocated in the park (a tenant of it). */
	private static Condition holdsLandIn(long parkId) {
		return DSL.exists(selectOne().from(LAND_ALLOCATION)
			.join(PLOT)
			.on(PLOT.ID.eq(LAND_ALLOCATION.PLOT_ID))
			.where(LAND_ALLOCATION.PROJECT_ID.eq(PROJECT.ID))
			.and(PLOT.PARK_ID.eq(parkId))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED)));
	}

	/** The projects the caller may edit and move: park operators only read. */
	static Condition editable(ProjectScope scope) {
		if (scope.all()) {
			return trueCondition();
		}
		return scope.staff() ? ownOrCollaborated(scope.userId()) : falseCondition();
	}

	/** The caller may see the real name: it is not confidential, or need-to-know. */
	static Condition nameShown(ProjectScope scope) {
		if (scope.all()) {
			return trueCondition();
		}
		return PROJECT.CONFIDENTIAL.isFalse().or(ownOrCollaborated(scope.userId()));
	}

	private static Field<String> displayName(ProjectScope scope) {
		if (scope.all()) {
			return PROJECT.NAME.as("display_name");
		}
		return when(nameShown(scope), PROJECT.NAME).otherwise(coalesce(PROJECT.CODE_NAME, PROJECT.CODE))
			.as("display_name");
	}

	private static Field<String> investorName(ProjectScope scope) {
		if (scope.all()) {
			return INVESTOR.NAME_ZH.as("investor_name");
		}
		return when(nameShown(scope), INVESTOR.NAME_ZH).as("investor_name");
	}

	// ---------------------------------------------------------------- reads

	List<ProjectRow> find(ProjectFilter filter, PageRequest page, ProjectScope scope) {
		return listQuery(filter, page, scope)
			.fetch(r -> new ProjectRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), stage(r.value6()),
					r.value7(), r.value8(), r.value9(), r.value10(), Boolean.TRUE.equals(r.value11()), r.value12()));
	}

	/**
	 * The list and count queries as SQL with their values inlined: the benchmark runs
	 * them over plain JDBC as the floor.
	 */
	List<String> listSql(ProjectFilter filter, PageRequest page, ProjectScope scope) {
		return List.of(this.dsl.renderInlined(listQuery(filter, page, scope)),
				this.dsl.renderInlined(this.dsl.selectCount().from(PROJECT).where(where(filter, scope))));
	}

	private ResultQuery<Record12<Long, String, String, Long, String, ProjectStage, BigDecimal, BigDecimal, LocalDate, String, Boolean, LocalDateTime>> listQuery(
			ProjectFilter filter, PageRequest page, ProjectScope scope) {
		Field<String> displayName = displayName(scope);
		Field<String> investorName = investorName(scope);
		return this.dsl
			.select(PROJECT.ID, PROJECT.CODE, displayName, PROJECT.INVESTOR_ID, investorName, PROJECT.STAGE,
					PROJECT.INVESTMENT_TOTAL, PROJECT.LAND_REQUESTED_MU, PROJECT.EXPECTED_SIGNING_DATE,
					APP_USER.DISPLAY_NAME, PROJECT.CONFIDENTIAL, PROJECT.UPDATED_AT)
			.from(PROJECT)
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(PROJECT.INVESTOR_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT.OWNER_ID))
			.where(where(filter, scope))
			.orderBy(orderBy(page.sort(), displayName, investorName))
			.limit(page.limit())
			.offset(page.offset());
	}

	int count(ProjectFilter filter, ProjectScope scope) {
		// the same condition as find(); it reads only project columns, so no joins
		return this.dsl.selectCount().from(PROJECT).where(where(filter, scope)).fetchSingle().value1();
	}

	/** Projects per stage, for a board: every stage, zero where there are none. */
	Map<Stage, Integer> stageCounts(ProjectScope scope) {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, 0);
		}
		this.dsl.select(PROJECT.STAGE, DSL.count())
			.from(PROJECT)
			.where(visible(scope))
			.groupBy(PROJECT.STAGE)
			.fetch()
			.forEach(r -> counts.put(stage(r.value1()), r.value2()));
		return Collections.unmodifiableMap(counts);
	}

	Optional<ProjectDetail> detail(long id, ProjectScope scope, BigDecimal usdCnyRate) {
		Field<Boolean> shown = field(nameShown(scope)).as("name_shown");
		Field<Boolean> editable = field(editable(scope)).as("editable");
		List<SelectField<?>> fields = new ArrayList<>(List.of(PROJECT.fields()));
		fields.add(INVESTOR.NAME_ZH);
		fields.add(APP_USER.DISPLAY_NAME);
		fields.add(shown);
		fields.add(editable);
		return this.dsl.select(fields)
			.from(PROJECT)
			.join(INVESTOR)
			.on(INVESTOR.ID.eq(PROJECT.INVESTOR_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT.OWNER_ID))
			.where(PROJECT.ID.eq(id))
			.and(visible(scope))
			.fetchOptional(r -> detail(r, Boolean.TRUE.equals(r.get(shown)), Boolean.TRUE.equals(r.get(editable)),
					usdCnyRate));
	}

	boolean exists(long id) {
		return this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(id));
	}

	boolean isVisible(long id, ProjectScope scope) {
		return this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(id).and(visible(scope)));
	}

	boolean isEditable(long id, ProjectScope scope) {
		return this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(id).and(editable(scope)));
	}

	boolean isNameShown(long id, ProjectScope scope) {
		return this.dsl.fetchExists(PROJECT, PROJECT.ID.eq(id).and(nameShown(scope)));
	}

	/**
	 * The project as its form, read with a row lock (a locking read sees the latest
	 * committed row, not the transaction's snapshot).
	 */
	Optional<ProjectForm> lockForm(long id) {
		return this.dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(id)).forUpdate().fetchOptional(ProjectRepository::form);
	}

	/** Stage, stage before hold and version, read with a row lock. */
	Optional<StageState> lockStage(long id) {
		return this.dsl.select(PROJECT.STAGE, PROJECT.STAGE_BEFORE_HOLD, PROJECT.VERSION)
			.from(PROJECT)
			.where(PROJECT.ID.eq(id))
			.forUpdate()
			.fetchOptional(r -> new StageState(stage(r.value1()), stageOrNull(r.value2()), r.value3()));
	}

	/**
	 * Who saved the project last and when, read with locking reads so that a save
	 * committed after this transaction's snapshot is seen.
	 */
	Optional<LastEdit> lastEdit(long id) {
		Optional<LocalDateTime> updatedAt = this.dsl.select(PROJECT.UPDATED_AT)
			.from(PROJECT)
			.where(PROJECT.ID.eq(id))
			.forUpdate()
			.fetchOptional(PROJECT.UPDATED_AT);
		if (updatedAt.isEmpty()) {
			return Optional.empty();
		}
		var last = this.dsl.select(AUDIT_EVENT.USER_ID, AUDIT_EVENT.USERNAME)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ENTITY_TYPE.eq(ProjectService.ENTITY))
			.and(AUDIT_EVENT.ENTITY_ID.eq(id))
			.and(AUDIT_EVENT.ACTION.in(ProjectService.CREATE, ProjectService.UPDATE, ProjectService.STAGE_CHANGE))
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.forUpdate()
			.fetchOptional();
		String by = "?";
		if (last.isPresent()) {
			Long userId = last.get().value1();
			String username = last.get().value2();
			by = (userId != null) ? this.dsl.select(APP_USER.DISPLAY_NAME)
				.from(APP_USER)
				.where(APP_USER.ID.eq(userId))
				.fetchOptional(APP_USER.DISPLAY_NAME)
				.orElse(String.valueOf(username)) : String.valueOf(username);
		}
		return Optional.of(new LastEdit(by, updatedAt.get()));
	}

	List<StageChange> history(long id, boolean notesShown) {
		return this.dsl
			.select(PROJECT_STAGE_CHANGE.FROM_STAGE, PROJECT_STAGE_CHANGE.TO_STAGE, APP_USER.DISPLAY_NAME,
					PROJECT_STAGE_CHANGE.CHANGED_AT, PROJECT_STAGE_CHANGE.NOTE)
			.from(PROJECT_STAGE_CHANGE)
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT_STAGE_CHANGE.CHANGED_BY))
			.where(PROJECT_STAGE_CHANGE.PROJECT_ID.eq(id))
			.orderBy(PROJECT_STAGE_CHANGE.CHANGED_AT, PROJECT_STAGE_CHANGE.ID)
			.fetch(r -> new StageChange(stageOrNull(r.value1()), stage(r.value2()), r.value3(), r.value4(),
					notesShown ? r.value5() : null));
	}

	boolean investorExists(long investorId) {
		return this.dsl.fetchExists(INVESTOR, INVESTOR.ID.eq(investorId));
	}

	boolean industryExists(long industryId) {
		return this.dsl.fetchExists(INDUSTRY, INDUSTRY.ID.eq(industryId));
	}

	boolean parkExists(long parkId) {
		return this.dsl.fetchExists(PARK, PARK.ID.eq(parkId));
	}

	boolean zoneInPark(long parkId, long zoneId) {
		return this.dsl.fetchExists(PARK_ZONE, PARK_ZONE.ID.eq(zoneId).and(PARK_ZONE.PARK_ID.eq(parkId)));
	}

	boolean userExists(long userId) {
		return this.dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId));
	}

	/** The highest sequence number of the codes {@code ZS-<year>-NNN}, 0 if none. */
	int lastSequence(int year) {
		String prefix = CODE_PREFIX + year + "-";
		Integer last = this.dsl.select(max(substring(PROJECT.CODE, prefix.length() + 1).cast(SQLDataType.INTEGER)))
			.from(PROJECT)
			.where(PROJECT.CODE.startsWith(prefix))
			.fetchOne(0, Integer.class);
		return (last != null) ? last : 0;
	}

	static String code(int year, int sequence) {
		return CODE_PREFIX + year + "-" + String.format(Locale.ROOT, "%03d", sequence);
	}

	// ---------------------------------------------------------------- writes

	/** A new project at LEAD. */
	long insert(ProjectForm f, String code, long ownerId) {
		ProjectRecord r = values(f, ownerId);
		r.setCode(code);
		r.setStage(ProjectStage.LEAD);
		return this.dsl.insertInto(PROJECT).set(r).returningResult(PROJECT.ID).fetchSingle(PROJECT.ID);
	}

	/** False when someone else saved first (the version moved on). Never the stage. */
	boolean update(ProjectForm f, long ownerId) {
		return this.dsl.update(PROJECT)
			.set(values(f, ownerId))
			.set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
			.where(PROJECT.ID.eq(f.id()).and(PROJECT.VERSION.eq(f.version())))
			.execute() == 1;
	}

	/**
	 * Moves the stage; false when the version moved on. Going ON_HOLD remembers
	 * {@code from}; any other move forgets it. LOST records the reason.
	 */
	boolean moveStage(long id, int version, Stage from, Stage to, @Nullable String lostReason) {
		return this.dsl.update(PROJECT)
			.set(PROJECT.STAGE, ProjectStage.valueOf(to.name()))
			.set(PROJECT.STAGE_CHANGED_AT, currentLocalDateTime(inline(3)))
			.set(PROJECT.STAGE_BEFORE_HOLD, (to == Stage.ON_HOLD) ? ProjectStageBeforeHold.valueOf(from.name()) : null)
			.set(PROJECT.LOST_REASON, (to == Stage.LOST) ? lostReason : null)
			.set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
			.where(PROJECT.ID.eq(id).and(PROJECT.VERSION.eq(version)))
			.execute() == 1;
	}

	void insertStageChange(long projectId, @Nullable Stage from, Stage to, long changedBy, @Nullable String note) {
		this.dsl.insertInto(PROJECT_STAGE_CHANGE)
			.set(PROJECT_STAGE_CHANGE.PROJECT_ID, projectId)
			.set(PROJECT_STAGE_CHANGE.FROM_STAGE,
					(from != null) ? ProjectStageChangeFromStage.valueOf(from.name()) : null)
			.set(PROJECT_STAGE_CHANGE.TO_STAGE, ProjectStageChangeToStage.valueOf(to.name()))
			.set(PROJECT_STAGE_CHANGE.CHANGED_BY, changedBy)
			.set(PROJECT_STAGE_CHANGE.NOTE, note)
			.execute();
	}

	// ---------------------------------------------------------------- mapping

	private static ProjectDetail detail(Record r, boolean nameShown, boolean editable, BigDecimal usdCnyRate) {
		String name = nameShown ? r.get(PROJECT.NAME)
				: Optional.ofNullable(r.get(PROJECT.CODE_NAME)).orElse(r.get(PROJECT.CODE));
		return new ProjectDetail(r.get(PROJECT.ID), r.get(PROJECT.VERSION), r.get(PROJECT.CODE), name, !nameShown,
				r.get(PROJECT.CODE_NAME), Boolean.TRUE.equals(r.get(PROJECT.CONFIDENTIAL)), r.get(PROJECT.INVESTOR_ID),
				nameShown ? r.get(INVESTOR.NAME_ZH) : null, r.get(PROJECT.INDUSTRY_ID), stage(r.get(PROJECT.STAGE)),
				stageOrNull(r.get(PROJECT.STAGE_BEFORE_HOLD)), r.get(PROJECT.STAGE_CHANGED_AT),
				r.get(PROJECT.LOST_REASON), r.get(PROJECT.INVESTMENT_TOTAL), r.get(PROJECT.INVESTMENT_FOREIGN_USD),
				r.get(PROJECT.FIXED_ASSET_INVESTMENT), r.get(PROJECT.LAND_REQUESTED_MU),
				r.get(PROJECT.BUILDING_AREA_M2), r.get(PROJECT.PREFERRED_PARK_ID), r.get(PROJECT.PREFERRED_ZONE_ID),
				r.get(PROJECT.ANNUAL_OUTPUT), r.get(PROJECT.ANNUAL_TAX), r.get(PROJECT.JOBS), r.get(PROJECT.ENERGY_TCE),
				r.get(PROJECT.COD_T), r.get(PROJECT.NH3N_T), r.get(PROJECT.SO2_T), r.get(PROJECT.NOX_T),
				r.get(PROJECT.POWER_KVA), r.get(PROJECT.WATER_T_PER_DAY), r.get(PROJECT.GAS_M3_PER_DAY),
				r.get(PROJECT.CAPACITY_TEXT), r.get(PROJECT.EXPECTED_SIGNING_DATE), r.get(PROJECT.OWNER_ID),
				r.get(APP_USER.DISPLAY_NAME), source(r.get(PROJECT.SOURCE)),
				nameShown ? r.get(PROJECT.DESCRIPTION) : null, editable, r.get(PROJECT.CREATED_AT),
				r.get(PROJECT.UPDATED_AT),
				ProjectFigures.of(r.get(PROJECT.INVESTMENT_TOTAL), r.get(PROJECT.INVESTMENT_FOREIGN_USD),
						r.get(PROJECT.LAND_REQUESTED_MU), r.get(PROJECT.ANNUAL_OUTPUT), r.get(PROJECT.ANNUAL_TAX),
						usdCnyRate));
	}

	private static ProjectForm form(ProjectRecord r) {
		return new ProjectForm(r.getId(), r.getVersion(), r.getName(), r.getCodeName(),
				Boolean.TRUE.equals(r.getConfidential()), r.getInvestorId(), r.getIndustryId(), r.getInvestmentTotal(),
				r.getInvestmentForeignUsd(), r.getFixedAssetInvestment(), r.getLandRequestedMu(), r.getBuildingAreaM2(),
				r.getPreferredParkId(), r.getPreferredZoneId(), r.getAnnualOutput(), r.getAnnualTax(), r.getJobs(),
				r.getEnergyTce(), r.getCodT(), r.getNh3nT(), r.getSo2T(), r.getNoxT(), r.getPowerKva(),
				r.getWaterTPerDay(), r.getGasM3PerDay(), r.getCapacityText(), r.getExpectedSigningDate(),
				source(r.getSource()), r.getDescription(), r.getOwnerId());
	}

	/** Every editable column; never id, code, stage fields, version or timestamps. */
	private static ProjectRecord values(ProjectForm f, long ownerId) {
		ProjectRecord r = new ProjectRecord();
		r.setName(f.name());
		r.setCodeName(f.codeName());
		r.setConfidential(f.confidential());
		r.setInvestorId(f.investorId());
		r.setIndustryId(f.industryId());
		r.setInvestmentTotal(f.investmentTotal());
		r.setInvestmentForeignUsd(f.investmentForeignUsd());
		r.setFixedAssetInvestment(f.fixedAssetInvestment());
		r.setLandRequestedMu(f.landRequestedMu());
		r.setBuildingAreaM2(f.buildingAreaM2());
		r.setPreferredParkId(f.preferredParkId());
		r.setPreferredZoneId(f.preferredZoneId());
		r.setAnnualOutput(f.annualOutput());
		r.setAnnualTax(f.annualTax());
		r.setJobs(f.jobs());
		r.setEnergyTce(f.energyTce());
		r.setCodT(f.codT());
		r.setNh3nT(f.nh3nT());
		r.setSo2T(f.so2T());
		r.setNoxT(f.noxT());
		r.setPowerKva(f.powerKva());
		r.setWaterTPerDay(f.waterTPerDay());
		r.setGasM3PerDay(f.gasM3PerDay());
		r.setCapacityText(f.capacityText());
		r.setExpectedSigningDate(f.expectedSigningDate());
		r.setSource((f.source() != null) ? cn.zhaoshang.crm.db.enums.ProjectSource.valueOf(f.source().name()) : null);
		r.setDescription(f.description());
		r.setOwnerId(ownerId);
		r.changed(true);
		for (Field<?> untouched : List.of(PROJECT.ID, PROJECT.VERSION, PROJECT.CODE, PROJECT.STAGE,
				PROJECT.STAGE_BEFORE_HOLD, PROJECT.STAGE_CHANGED_AT, PROJECT.LOST_REASON, PROJECT.CREATED_AT,
				PROJECT.UPDATED_AT)) {
			r.changed(untouched, false);
		}
		return r;
	}

	/** Generated enums never leave the repository: map by name to the core's own. */
	private static Stage stage(EnumType stage) {
		return Stage.valueOf(stage.getLiteral());
	}

	private static @Nullable Stage stageOrNull(@Nullable EnumType stage) {
		return (stage != null) ? stage(stage) : null;
	}

	private static @Nullable LeadSource source(@Nullable EnumType source) {
		return (source != null) ? LeadSource.valueOf(source.getLiteral()) : null;
	}

	private static Condition where(ProjectFilter filter, ProjectScope scope) {
		Condition condition = visible(scope);
		String name = (filter.name() != null) ? filter.name().strip() : "";
		if (!name.isEmpty()) {
			// prefix search on indexed columns; the real name only where the caller may
			// see it
			condition = condition.and(PROJECT.CODE.startsWith(name)
				.or(PROJECT.CODE_NAME.startsWith(name))
				.or(PROJECT.NAME.startsWith(name).and(nameShown(scope))));
		}
		if (filter.stage() != null) {
			condition = condition.and(PROJECT.STAGE.eq(ProjectStage.valueOf(filter.stage().name())));
		}
		if (filter.investorId() != null) {
			condition = condition.and(PROJECT.INVESTOR_ID.eq(filter.investorId()));
		}
		if (filter.ownerId() != null) {
			condition = condition.and(PROJECT.OWNER_ID.eq(filter.ownerId()));
		}
		if (filter.preferredParkId() != null) {
			condition = condition.and(PROJECT.PREFERRED_PARK_ID.eq(filter.preferredParkId()));
		}
		if (filter.expectedSigningFrom() != null) {
			condition = condition.and(PROJECT.EXPECTED_SIGNING_DATE.ge(filter.expectedSigningFrom()));
		}
		if (filter.expectedSigningTo() != null) {
			condition = condition.and(PROJECT.EXPECTED_SIGNING_DATE.le(filter.expectedSigningTo()));
		}
		if (filter.industryId() != null) {
			condition = condition.and(PROJECT.INDUSTRY_ID.eq(filter.industryId()));
		}
		if (filter.cluster() != null) {
			condition = condition.and(PROJECT.INDUSTRY_ID.in(select(INDUSTRY.ID).from(INDUSTRY)
				.where(INDUSTRY.CLUSTER
					.eq(cn.zhaoshang.crm.db.enums.IndustryCluster.valueOf(filter.cluster().name())))));
		}
		// investor criteria as semi-joins, so count() still needs no join
		if (filter.ownership() != null) {
			condition = condition.and(PROJECT.INVESTOR_ID.in(select(INVESTOR.ID).from(INVESTOR)
				.where(INVESTOR.OWNERSHIP.eq(InvestorOwnership.valueOf(filter.ownership().name())))));
		}
		if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
			String country = filter.countryCode().strip().toUpperCase(java.util.Locale.ROOT);
			condition = condition.and(PROJECT.INVESTOR_ID
				.in(select(INVESTOR.ID).from(INVESTOR).where(INVESTOR.COUNTRY_CODE.eq(country))));
		}
		return condition;
	}

	private static List<SortField<?>> orderBy(List<Sort> sorts, Field<String> displayName, Field<String> investorName) {
		List<SortField<?>> fields = new ArrayList<>();
		for (Sort sort : sorts) {
			Field<?> field = switch (sort.property()) {
				// sorted as shown: a hidden real name must not show through the order
				case "name" -> displayName;
				case "investorName" -> investorName;
				default -> SORTABLE.get(sort.property());
			};
			if (field == null) {
				throw new IllegalArgumentException("not sortable: " + sort.property());
			}
			fields.add(sort.ascending() ? field.asc() : field.desc());
		}
		if (sorts.isEmpty()) {
			fields.add(PROJECT.UPDATED_AT.desc());
		}
		fields.add(PROJECT.ID.asc()); // unique tie-breaker: stable pages
		return fields;
	}

	/** A project's stage as a move sees it. */
	record StageState(Stage stage, @Nullable Stage beforeHold, int version) {
	}

	/** Who saved a project last (display name) and when. */
	record LastEdit(String by, LocalDateTime at) {
	}

	/** The project's collaborators (need-to-know besides the owner), by name. */
	List<UserRef> collaborators(long projectId) {
		return this.dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
			.from(PROJECT_COLLABORATOR)
			.join(APP_USER)
			.on(APP_USER.ID.eq(PROJECT_COLLABORATOR.USER_ID))
			.where(PROJECT_COLLABORATOR.PROJECT_ID.eq(projectId))
			.orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
			.fetch(r -> new UserRef(r.value1(), r.value2()));
	}

	void addCollaborator(long projectId, long userId) {
		this.dsl.insertInto(PROJECT_COLLABORATOR)
			.set(PROJECT_COLLABORATOR.PROJECT_ID, projectId)
			.set(PROJECT_COLLABORATOR.USER_ID, userId)
			.onDuplicateKeyIgnore()
			.execute();
	}

	boolean removeCollaborator(long projectId, long userId) {
		return this.dsl.deleteFrom(PROJECT_COLLABORATOR)
			.where(PROJECT_COLLABORATOR.PROJECT_ID.eq(projectId).and(PROJECT_COLLABORATOR.USER_ID.eq(userId)))
			.execute() == 1;
	}

}
