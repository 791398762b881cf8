package cn.zhaoshang.crm.shared;

import static cn.zhaoshang.crm.db.Tables.ACTIVITY;
import static cn.zhaoshang.crm.db.Tables.APP_USER;
import static cn.zhaoshang.crm.db.Tables.CONTACT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.SAVED_FILTER;
import static cn.zhaoshang.crm.db.Tables.TENANT_PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database backs up the services' rules (V011): an UPDATE that bypasses the services
 * with a value they would refuse is rejected by the named CHECK constraint, on MariaDB
 * 11.4 (embedded) and 10.11 (CI's second pass). Every case rolls back.
 */
@SpringBootTest
@Transactional
class DatabaseConstraintsTest {

	@Autowired
	DSLContext dsl;

	static Stream<Arguments> violations() {
		return Stream.of(
				breaks("project land above 14,935.5 mu", "ck_project_limits", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.LAND_REQUESTED_MU, new BigDecimal("14935.51"))),
				breaks("project investment above 10,000 yi yuan", "ck_project_limits", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.INVESTMENT_TOTAL, new BigDecimal("100000000.01"))),
				breaks("project fixed assets above 10,000 yi yuan", "ck_project_limits", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.FIXED_ASSET_INVESTMENT, new BigDecimal("100000001"))),
				breaks("negative project investment", "ck_project_money", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.INVESTMENT_TOTAL, new BigDecimal("-1"))),
				breaks("blank project name", "ck_project_name", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.NAME, "   ")),
				breaks("control character in project name", "ck_project_name_text", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.NAME, "项目\u0007")),
				breaks("signing date in 1999", "ck_project_signing_date", PROJECT, PROJECT.ID,
						d -> d.update(PROJECT).set(PROJECT.EXPECTED_SIGNING_DATE, LocalDate.of(1999, 12, 31))),
				breaks("blank investor name", "ck_investor_name", INVESTOR, INVESTOR.ID,
						d -> d.update(INVESTOR).set(INVESTOR.NAME_ZH, "")),
				breaks("control character in investor name", "ck_investor_name_text", INVESTOR, INVESTOR.ID,
						d -> d.update(INVESTOR).set(INVESTOR.NAME_ZH, "公司\u001b")),
				breaks("credit code with an I", "ck_investor_uscc_alphabet", INVESTOR, INVESTOR.ID,
						d -> d.update(INVESTOR).set(INVESTOR.USCC, "91440300192203821I")),
				breaks("credit code in lower case", "ck_investor_uscc_alphabet", INVESTOR, INVESTOR.ID,
						d -> d.update(INVESTOR).set(INVESTOR.USCC, "91440300192203821a")),
				breaks("country in lower case", "ck_investor_country", INVESTOR, INVESTOR.ID,
						d -> d.update(INVESTOR).set(INVESTOR.COUNTRY_CODE, "cn")),
				breaks("country with a digit", "ck_investor_country", INVESTOR, INVESTOR.ID,
						d -> d.update(INVESTOR).set(INVESTOR.COUNTRY_CODE, "C1")),
				breaks("blank contact name", "ck_contact_name", CONTACT, CONTACT.ID,
						d -> d.update(CONTACT).set(CONTACT.NAME, " ")),
				breaks("blank activity subject", "ck_activity_subject", ACTIVITY, ACTIVITY.ID,
						d -> d.update(ACTIVITY).set(ACTIVITY.SUBJECT, "")),
				breaks("upper-case username", "ck_app_user_username", APP_USER, APP_USER.ID,
						d -> d.update(APP_USER).set(APP_USER.USERNAME, "Admin-X")),
				breaks("blank display name", "ck_app_user_names", APP_USER, APP_USER.ID,
						d -> d.update(APP_USER).set(APP_USER.DISPLAY_NAME, " ")),
				breaks("park larger than the zone", "ck_park_area_max", PARK, PARK.ID,
						d -> d.update(PARK).set(PARK.PLANNED_AREA_MU, new BigDecimal("20000"))),
				breaks("plot larger than the zone", "ck_plot_area_max", PLOT, PLOT.ID,
						d -> d.update(PLOT).set(PLOT.AREA_MU, new BigDecimal("14935.60"))),
				breaks("land request larger than the zone", "ck_land_request_area_max", LAND_REQUEST, LAND_REQUEST.ID,
						d -> d.update(LAND_REQUEST).set(LAND_REQUEST.AREA_MU, new BigDecimal("15000"))),
				breaks("allocation larger than the zone", "ck_land_allocation_area_max", LAND_ALLOCATION,
						LAND_ALLOCATION.ID,
						d -> d.update(LAND_ALLOCATION).set(LAND_ALLOCATION.AREA_MU, new BigDecimal("99999"))),
				breaks("reservation expiring before it was made", "ck_land_allocation_dates", LAND_ALLOCATION,
						LAND_ALLOCATION.ID,
						d -> d.update(LAND_ALLOCATION)
							.set(LAND_ALLOCATION.RESERVED_AT, LocalDateTime.of(2026, 5, 1, 9, 0))
							.set(LAND_ALLOCATION.EXPIRES_AT, LocalDateTime.of(2026, 4, 1, 9, 0))),
				breaks("tenant land larger than the zone", "ck_tenant_performance_land_max", TENANT_PERFORMANCE,
						TENANT_PERFORMANCE.ID,
						d -> d.update(TENANT_PERFORMANCE).set(TENANT_PERFORMANCE.LAND_MU, new BigDecimal("15000"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("violations")
	void the_database_refuses_what_the_services_refuse(String description, String constraint, Table<?> table,
			TableField<?, Long> id, Function<DSLContext, org.jooq.UpdateSetMoreStep<?>> update) {
		Long row = this.dsl.select(id).from(table).orderBy(id).limit(1).fetchOne(id);
		assertThat(row).as("a demo row in " + table.getName()).isNotNull();
		Query query = update.apply(this.dsl).where(id.eq(row));
		assertThatThrownBy(query::execute).isInstanceOf(DataAccessException.class).hasMessageContaining(constraint);
	}

	@Test
	void a_saved_filter_needs_a_name() {
		long user = this.dsl.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq("staff"));
		assertThatThrownBy(() -> this.dsl.insertInto(SAVED_FILTER)
			.set(SAVED_FILTER.USER_ID, user)
			.set(SAVED_FILTER.LIST_NAME, "investors")
			.set(SAVED_FILTER.NAME, "  ")
			.set(SAVED_FILTER.CRITERIA, "")
			.execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("ck_saved_filter_name");
	}

	@Test
	void values_at_the_limits_are_accepted() {
		Long project = this.dsl.select(PROJECT.ID).from(PROJECT).orderBy(PROJECT.ID).limit(1).fetchOne(PROJECT.ID);
		assertThat(this.dsl.update(PROJECT)
			.set(PROJECT.LAND_REQUESTED_MU, new BigDecimal("14935.50"))
			.set(PROJECT.INVESTMENT_TOTAL, new BigDecimal("100000000.00"))
			.set(PROJECT.EXPECTED_SIGNING_DATE, LocalDate.of(2099, 12, 31))
			.where(PROJECT.ID.eq(project))
			.execute()).isOne();
	}

	private static Arguments breaks(String description, String constraint, Table<?> table, TableField<?, Long> id,
			Function<DSLContext, org.jooq.UpdateSetMoreStep<?>> update) {
		return Arguments.of(description, constraint, table, id, update);
	}

}
