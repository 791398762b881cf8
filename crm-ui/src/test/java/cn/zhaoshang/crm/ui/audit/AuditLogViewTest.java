package cn.zhaoshang.crm.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.zhaoshang.crm.audit.AuditEntry;
import cn.zhaoshang.crm.audit.AuditFilter;
import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.audit.FieldChange;
import cn.zhaoshang.crm.audit.AuditService;
import cn.zhaoshang.crm.investor.InvestorForm;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.reference.ParkRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserForm;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The audit log as a director searches it; each test rolls back. */
@WithUserDetails("director")
@Transactional
class AuditLogViewTest extends BrowserlessTestBase {

	@Autowired
	AuditService audit;

	@Autowired
	InvestorService investors;

	@Autowired
	AuditLog auditLog;

	@Autowired
	UserAdminService userAdmin;

	@Autowired
	ReferenceData reference;

	/** Three audited changes by the director (the demo data has no audit rows). */
	@BeforeEach
	void someChanges() {
		for (String name : new String[] { "审计视图甲公司", "审计视图乙公司", "审计视图丙公司" }) {
			this.investors.save(new InvestorForm(null, 0, name, null, null, null, null, null, "CN", null, null, false,
					null, null, false, false, null, null, null, null, null));
		}
	}

	@Test
	void the_grid_pages_through_exactly_what_crm_core_finds() {
		AuditLogView view = navigate(AuditLogView.class);
		int all = this.audit.count(AuditFilter.none());
		assertThat(all).isGreaterThanOrEqualTo(3);
		assertThat(test(view.grid).size()).isEqualTo(all);
		assertThat(view.total.getText()).isEqualTo("共 " + all + " 条");
	}

	@Test
	void searching_by_user_entity_and_period_narrows_it_in_sql() {
		AuditLogView view = navigate(AuditLogView.class);
		test(view.username).setValue("director");
		test(view.entityType).selectItem("客商");
		test(view.from).setValue(LocalDate.of(2000, 1, 1));
		test(view.to).setValue(LocalDate.now());
		var filter = new AuditFilter("director", "investor", null, null, LocalDate.of(2000, 1, 1), LocalDate.now());
		assertThat(test(view.grid).size()).isEqualTo(this.audit.count(filter)).isGreaterThanOrEqualTo(3);
		for (int i = 0; i < test(view.grid).size(); i++) {
			AuditEntry row = test(view.grid).getRow(i);
			assertThat(row.username()).isEqualTo("director");
			assertThat(row.entityType()).isEqualTo("investor");
		}
	}

	@Test
	void a_period_that_ends_before_it_starts_is_explained_at_the_field() {
		AuditLogView view = navigate(AuditLogView.class);
		int before = test(view.grid).size();
		test(view.from).setValue(LocalDate.of(2026, 5, 1));
		test(view.to).setValue(LocalDate.of(2026, 4, 1));
		assertThat(view.to.isInvalid()).isTrue();
		assertThat(view.to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
		assertThat(test(view.grid).size()).isEqualTo(before);
	}

	@Test
	void a_record_number_needs_its_kind() {
		AuditLogView view = navigate(AuditLogView.class);
		test(view.entityId).setValue(12);
		assertThat(view.entityId.isInvalid()).isTrue();
		assertThat(view.entityId.getErrorMessage()).isEqualTo("按编号查询时请先选择对象类型。");
	}

	/**
	 * The trail keeps codes (roles, a park's id, Spring Security's name for why a sign-in
	 * failed); the administrator reads words, in the UI's language.
	 */
	@Test
	@WithUserDetails("admin")
	void roles_parks_and_failed_sign_ins_read_as_words_in_both_languages() {
		ParkRef park = this.reference.parks().getFirst();
		long id = this.userAdmin.create(
				new UserForm(null, 0, "audit.view.op", "审计视图运营", null, Set.of("PARK_OPERATOR"), park.id()),
				"Audit-View-2026");
		this.auditLog.recordFor(id, "audit.view.op", AuditLog.LOGIN_FAILED, "DisabledException");

		AuditLogView view = navigate(AuditLogView.class);
		test(view.entityType).selectItem("用户");
		test(view.entityId).setValue((int) id);
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(changesOf(view, "LOGIN_FAILED")).isEqualTo("账号已停用");
		assertThat(changesOf(view, "CREATE")).contains("角色：— → 园区运营方", "园区：— → " + park.nameZh())
			.doesNotContain("PARK_OPERATOR");

		UI.getCurrent().setLocale(Locale.ENGLISH);
		AuditLogView english = navigate(AuditLogView.class);
		test(english.entityType).selectItem("User");
		test(english.entityId).setValue((int) id);
		assertThat(changesOf(english, "LOGIN_FAILED")).isEqualTo("account disabled");
		assertThat(changesOf(english, "CREATE")).contains("Roles: — → Park operator", "Park: — → " + park.nameEn());
	}

	@Test
	void an_activitys_type_and_time_read_as_the_ui_shows_them() {
		AuditLogView view = navigate(AuditLogView.class);
		var created = new AuditEntry(1, LocalDateTime.of(2026, 12, 5, 19, 39), "staff", "CREATE", "activity", 18L,
				"project", 20L, null, null,
				List.of(new FieldChange("type", null, "SITE_INSPECTION"),
						new FieldChange("occurredAt", null, "2026-12-05T19:39"), new FieldChange("ownerId", null, "1"),
						new FieldChange("projectId", null, "20")),
				Map.of("ownerId:1", new AuditEntry.Name("张伟", null), "projectId:20",
						new AuditEntry.Name("ZS-2026-020", null)));
		assertThat(view.grid.changes(created))
			.isEqualTo("类型：— → 实地考察；活动时间：— → 2026-12-05 19:39；负责人：— → 张伟；项目：— → ZS-2026-020");
		var firm = new AuditEntry(2, LocalDateTime.of(2026, 12, 5, 19, 39), "staff", "UPDATE", "investor", 24L, null,
				null, null, null, List.of(new FieldChange("ownership", "PRIVATE", "CENTRAL_SOE"),
						new FieldChange("source", null, "TENANT_REFERRAL")),
				Map.of());
		assertThat(view.grid.changes(firm)).isEqualTo("企业性质：民营 → 央企；来源：— → 以商招商");
	}

	private String changesOf(AuditLogView view, String action) {
		for (int i = 0; i < test(view.grid).size(); i++) {
			AuditEntry row = test(view.grid).getRow(i);
			if (row.action().equals(action)) {
				return view.grid.changes(row);
			}
		}
		throw new AssertionError("no " + action + " row");
	}

}
