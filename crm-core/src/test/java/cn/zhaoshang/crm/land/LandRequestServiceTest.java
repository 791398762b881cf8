package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** A project's land requests on the demo data; every test rolls back. */
@SpringBootTest
@Transactional
class LandRequestServiceTest {

	@Autowired
	LandRequestService requests;

	@Autowired
	DSLContext dsl;

	@Autowired
	UserDetailsService users;

	LandFixture demo;

	@BeforeEach
	void fixture() {
		this.demo = new LandFixture(this.dsl, this.users);
	}

	@Test
	void the_owner_adds_edits_and_deletes_a_request_and_every_change_is_audited() {
		this.demo.signInAs("staff2");
		long project = this.demo.project("ZS-2026-004");
		long id = this.requests.save(new LandRequestForm(null, null, project, new BigDecimal("20.005"),
				this.demo.park("AUTO_PARTS"), null, LandUse.COMMERCIAL, null, new BigDecimal("15"), null, " 研发楼 "));
		LandRequestRow row = this.requests.forProject(project)
			.stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(row.areaMu()).isEqualByComparingTo("20.01");
		assertThat(row.parkNameZh()).isEqualTo("汽车零部件产业园");
		assertThat(row.notes()).isEqualTo("研发楼");
		assertThat(row.remainingMu()).isEqualByComparingTo("20.01");

		this.requests.save(new LandRequestForm(id, row.version(), project, new BigDecimal("25"), null, null, LandUse.RD,
				null, null, null, null));
		assertThatThrownBy(() -> this.requests.save(LandRequestForm.of(row)))
			.isInstanceOf(ConcurrentEditException.class);
		this.requests.delete(id, row.version() + 1);
		assertThat(this.dsl.fetchExists(LAND_REQUEST, LAND_REQUEST.ID.eq(id))).isFalse();
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ENTITY_TYPE.eq("land_request").and(AUDIT_EVENT.ENTITY_ID.eq(id))))
			.isEqualTo(3);
	}

	@Test
	void bad_input_is_refused_naming_the_field() {
		this.demo.signInAs("staff2");
		long project = this.demo.project("ZS-2026-004");
		assertThatThrownBy(() -> this.requests
			.save(new LandRequestForm(null, null, project, null, null, null, null, null, null, null, null)))
			.hasMessage("validation.required");
		assertThatThrownBy(() -> this.requests.save(new LandRequestForm(null, null, project, new BigDecimal("-1"), null,
				null, null, null, null, null, null)))
			.hasMessage("land-request.error.area-positive");
		long sme = this.demo.park("SME");
		long production = this.dsl.fetchValue(cn.zhaoshang.crm.db.Tables.PARK_ZONE.ID,
				cn.zhaoshang.crm.db.Tables.PARK_ZONE.CODE.eq("PRODUCTION"));
		assertThatThrownBy(() -> this.requests.save(new LandRequestForm(null, null, project, BigDecimal.TEN, sme,
				production, null, null, null, null, null)))
			.hasMessage("land-request.error.zone-not-in-park");
		assertThatThrownBy(() -> this.requests.save(new LandRequestForm(null, null, project, BigDecimal.TEN, null, null,
				null, new BigDecimal("-5"), null, null, null)))
			.hasMessage("land-request.error.negative");
	}

	@Test
	void a_request_holding_land_is_neither_deleted_nor_shrunk_below_it() {
		this.demo.signInAs("staff2");
		long request = this.demo.request("ZS-2026-003"); // 60 亩, all reserved on AP-P-12
		LandRequestRow row = this.requests.forProject(this.demo.project("ZS-2026-003")).getFirst();
		assertThat(row.heldMu()).isEqualByComparingTo("60");
		assertThat(row.remainingMu()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> this.requests.delete(request, row.version()))
			.hasMessage("land-request.error.holds-land");
		assertThatThrownBy(() -> this.requests.save(new LandRequestForm(request, row.version(), row.projectId(),
				new BigDecimal("50"), null, null, null, null, null, null, null)))
			.hasMessage("land-request.error.below-held");
	}

	@Test
	void others_read_but_do_not_edit() {
		long project = this.demo.project("ZS-2026-003");
		this.demo.signInAs("staff"); // not staff2's collaborator
		assertThatThrownBy(() -> this.requests.forProject(project)).isInstanceOf(AccessDeniedException.class);
		this.demo.signInAs("op_auto"); // the project prefers their park: reads, never
										// edits
		assertThat(this.requests.forProject(project)).hasSize(1);
		assertThatThrownBy(() -> this.requests
			.save(new LandRequestForm(null, null, project, BigDecimal.TEN, null, null, null, null, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
