package cn.zhaoshang.crm.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.zhaoshang.crm.audit.AuditEntry;
import cn.zhaoshang.crm.audit.AuditFilter;
import cn.zhaoshang.crm.audit.AuditService;
import cn.zhaoshang.crm.investor.InvestorForm;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
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

}
