package cn.zhaoshang.crm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The screen's cockpit runs its sections side by side, each on its own connection; in a
 * caller's transaction they run one after another in it. Both give the same cockpit (the
 * demo data, committed; nothing here writes).
 */
@SpringBootTest
class CockpitSectionsTest {

	@Autowired
	ReportService reports;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@WithUserDetails("director")
	void side_by_side_and_one_after_another_agree() {
		ReportFilter years = new ReportFilter(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31), null, null, 90);
		Cockpit sideBySide = this.reports.cockpit(years);
		Cockpit inOne = this.transactions.execute(tx -> this.reports.cockpit(years));
		assertThat(sideBySide.funnel()).isNotEmpty();
		assertThat(sideBySide.staff()).isNotEmpty();
		assertThat(sideBySide.supervision().byOwner()).isNotEmpty();
		assertThat(sideBySide).isEqualTo(inOne);
	}

	@Test
	@WithUserDetails("staff")
	void a_staff_members_cockpit_agrees_too() {
		ReportFilter years = new ReportFilter(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31), null, null, 90);
		Cockpit sideBySide = this.reports.cockpit(years);
		assertThat(sideBySide.staff()).hasSize(1);
		assertThat(sideBySide).isEqualTo(this.transactions.execute(tx -> this.reports.cockpit(years)));
	}

}
