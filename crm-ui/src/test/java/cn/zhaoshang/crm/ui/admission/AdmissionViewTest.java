package cn.zhaoshang.crm.ui.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Budgets, rates and rules versions; each test rolls back. */
@Transactional
class AdmissionViewTest extends BrowserlessTestBase {

	@Test
	@WithUserDetails("director")
	void the_director_sees_the_budget_gauges_the_rates_and_saves_a_new_version_of_the_rules() {
		AdmissionView view = navigate(AdmissionView.class);
		assertThat(find(ProgressBar.class).from(view.budgets).all()).hasSize(5);
		Div energy = find(Div.class).from(view.budgets).withId("budget-energy").single();
		assertThat(energy.getElement().getTextRecursively()).startsWith("用能空间：已占用 22,900.00 / 35,000.00 吨标煤/年（65.4%）");
		assertThat(find(ProgressBar.class).from(energy).single().getValue()).isCloseTo(0.6543,
				org.assertj.core.data.Offset.offset(0.001));
		assertThat(view.rates.isVisible()).isTrue();
		assertThat(view.rates.getElement().getTextRecursively()).contains("履约率66.7%（4/6）");

		assertThat(view.park.getValue().code()).isEqualTo("AUTO_PARTS");
		assertThat(test(view.history).size()).isEqualTo(1);
		test(view.edit).click();
		roundTrip();
		RulesDialog dialog = find(RulesDialog.class).single();
		dialog.thresholds.get("minInvestmentIntensity").setValue(new BigDecimal("250"));
		test(dialog.note).setValue("提高门槛");
		test(dialog.save).click();
		assertThat(test(view.history).size()).isEqualTo(2);
		assertThat(test(view.history).getRow(0).version()).isEqualTo(2);
		assertThat(test(view.history).getRow(0).minInvestmentIntensity()).isEqualByComparingTo("250");
	}

	@Test
	@WithUserDetails("director")
	void a_negative_threshold_is_refused_at_its_field() {
		AdmissionView view = navigate(AdmissionView.class);
		test(view.edit).click();
		roundTrip();
		RulesDialog dialog = find(RulesDialog.class).single();
		dialog.thresholds.get("minTaxPerMu").setValue(new BigDecimal("-1"));
		test(dialog.save).click();
		assertThat(dialog.thresholds.get("minTaxPerMu").isInvalid()).isTrue();
		assertThat(dialog.isOpened()).isTrue();
	}

	@Test
	@WithUserDetails("staff")
	void staff_read_the_rules_and_budgets_but_neither_edit_nor_see_the_rates() {
		AdmissionView view = navigate(AdmissionView.class);
		assertThat(view.edit.isVisible()).isFalse();
		assertThat(view.rates.isVisible()).isFalse();
		assertThat(find(ProgressBar.class).from(view.budgets).all()).hasSize(5);
	}

}
