package cn.zhaoshang.crm.ui.investor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhaoshang.crm.investor.InvestorFilter;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The investor form: errors next to the field, nothing written until it is right. */
@WithUserDetails("staff")
@Transactional
class InvestorEditorTest extends BrowserlessTestBase {

	@Autowired
	InvestorService investors;

	@Test
	void a_new_firm_with_a_chinese_name_is_saved_and_listed() {
		InvestorListView view = navigate(InvestorListView.class);
		int before = test(view.grid).size();
		test(view.create).click();
		roundTrip();
		InvestorEditor editor = view.editor;
		test(editor.nameZh).setValue("华为技术有限公司");
		test(editor.uscc).setValue("914403001922038216");
		test(editor.industry).selectItem("智能制造");
		test(editor.source).selectItem("展会");
		test(editor.save).click();
		assertThat(editor.isOpened()).isFalse();
		assertThat(test(view.grid).size()).isEqualTo(before + 1);
		var huawei = this.investors.list(InvestorFilter.byName("华为"), cn.zhaoshang.crm.shared.PageRequest.first(5));
		assertThat(huawei).hasSize(1);
		assertThat(huawei.getFirst().industryZh()).isEqualTo("智能制造");
		assertThat(this.investors.get(huawei.getFirst().id()).source())
			.isEqualTo(cn.zhaoshang.crm.shared.LeadSource.EXHIBITION);
	}

	@Test
	void a_wrong_credit_code_is_shown_next_to_the_field_and_nothing_is_written() {
		InvestorListView view = navigate(InvestorListView.class);
		int before = this.investors.count(InvestorFilter.none());
		test(view.create).click();
		roundTrip();
		InvestorEditor editor = view.editor;
		test(editor.nameZh).setValue("华为技术有限公司");
		test(editor.uscc).setValue("914403001922038217");
		test(editor.save).click();
		assertThat(editor.isOpened()).isTrue();
		assertThat(editor.uscc.isInvalid()).isTrue();
		assertThat(editor.uscc.getErrorMessage()).contains("统一社会信用代码无效");
		assertThat(this.investors.count(InvestorFilter.none())).isEqualTo(before);
	}

	@Test
	void an_empty_name_is_refused_at_the_field() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.create).click();
		roundTrip();
		test(view.editor.save).click();
		assertThat(view.editor.nameZh.isInvalid()).isTrue();
		assertThat(view.editor.nameZh.getErrorMessage()).isEqualTo("此项必填");
	}

	@Test
	void a_code_already_used_is_refused_by_crm_core_and_shown_at_the_field() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.create).click();
		roundTrip();
		test(view.editor.nameZh).setValue("北汽某公司");
		test(view.editor.uscc).setValue("911100003940505012"); // 北京汽车集团有限公司's code in the
																// demo data
		test(view.editor.save).click();
		assertThat(view.editor.uscc.isInvalid()).isTrue();
		assertThat(view.editor.uscc.getErrorMessage()).contains("北京汽车集团有限公司");
	}

	@Test
	void a_similar_name_warns_of_a_duplicate() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.create).click();
		roundTrip();
		test(view.editor.nameZh).setValue("现代摩比斯株式会社");
		assertThat(view.editor.duplicates.getText()).contains("可能重复").contains("现代摩比斯");
	}

	@Test
	void contacts_are_added_to_an_existing_firm() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.name).setValue("北京汽车集团"); // owned by staff in the demo data
		test(view.grid).clickRow(0);
		roundTrip();
		InvestorEditor editor = view.editor;
		int before = test(editor.contacts).size();
		var fields = find(com.vaadin.flow.component.textfield.TextField.class).withCaption("姓名").single();
		test(fields).setValue("陈静");
		test(find(com.vaadin.flow.component.button.Button.class).withId("contact-add").single()).click();
		roundTrip();
		assertThat(test(editor.contacts).size()).isEqualTo(before + 1);
	}

	@Test
	void a_subsidiary_shows_its_parent_and_its_group_with_totals() {
		InvestorListView view = navigate(InvestorListView.class);
		test(view.name).setValue("北汽岱摩斯");
		test(view.grid).clickRow(0);
		roundTrip();
		InvestorEditor editor = view.editor;
		assertThat(editor.parent.getValue().nameZh()).isEqualTo("北京汽车集团有限公司");
		assertThat(test(editor.group).getRow(0).nameZh()).isEqualTo("北京汽车集团有限公司");
		assertThat(test(editor.group).size()).isGreaterThanOrEqualTo(4);
		var root = test(editor.group).getRow(0);
		assertThat(editor.group.getTreeData().getRootItems()).containsExactly(root);
		assertThat(editor.group.getTreeData().getChildren(root)).isNotEmpty()
			.allSatisfy(child -> assertThat(child.depth()).isEqualTo(1));
		assertThat(find(com.vaadin.flow.component.html.Span.class).withId("group-totals").single().getText())
			.startsWith("集团共 " + test(editor.group).size() + " 家企业");
	}

}
