package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing firms and contacts; every test rolls back. */
@SpringBootTest
@Transactional
class InvestorEditingTest {

	@Autowired
	InvestorService investors;

	private static InvestorForm firm(String nameZh, String uscc) {
		return new InvestorForm(null, 0, nameZh, "Test Firm", null, uscc, null, null, "CN", Ownership.PRIVATE, null,
				false, null, null, false, false, null, null, null, null, null);
	}

	private long idOf(String nameZh) {
		return this.investors.list(InvestorFilter.byName(nameZh), PageRequest.first(1)).getFirst().id();
	}

	@Test
	@WithUserDetails("staff")
	void staff_create_a_firm_with_a_valid_code_and_own_it() {
		long id = this.investors.save(firm("华为技术有限公司", "914403001922038216"));
		InvestorForm saved = this.investors.get(id);
		assertThat(saved.nameZh()).isEqualTo("华为技术有限公司");
		assertThat(saved.uscc()).isEqualTo("914403001922038216");
		assertThat(saved.ownerId()).isNotNull();
		assertThat(saved.version()).isZero();
	}

	@Test
	@WithUserDetails("staff")
	void an_invalid_credit_code_is_refused() {
		assertThatThrownBy(() -> this.investors.save(firm("华为技术有限公司", "914403001922038217")))
			.isInstanceOf(DomainException.class)
			.hasMessage("investor.error.uscc-invalid");
	}

	@Test
	@WithUserDetails("staff")
	void a_credit_code_already_in_the_directory_is_refused() {
		this.investors.save(firm("华为技术有限公司", "914403001922038216"));
		assertThatThrownBy(() -> this.investors.save(firm("华为（深圳）", " 9144 0300 1922 0382 16")))
			.isInstanceOf(DomainException.class)
			.hasMessage("investor.error.uscc-taken");
	}

	@Test
	@WithUserDetails("staff")
	void a_similar_name_is_reported_as_a_likely_duplicate() {
		List<InvestorDuplicate> similar = this.investors.duplicatesOf("现代摩比斯株式会社", null, null);
		assertThat(similar).extracting(InvestorDuplicate::nameZh).contains("现代摩比斯");
		assertThat(similar).noneMatch(InvestorDuplicate::sameCode);
	}

	@Test
	@WithUserDetails("staff")
	void bad_input_is_refused_with_a_key_and_nothing_is_written() {
		int before = this.investors.count(InvestorFilter.none());
		assertThatThrownBy(() -> this.investors.save(firm("  ", null))).hasMessage("validation.required");
		assertThatThrownBy(() -> this.investors.save(firm("长".repeat(201), null))).hasMessage("validation.too-long");
		assertThatThrownBy(() -> this.investors.save(firm("坏\u0007名字", null)))
			.hasMessage("validation.control-characters");
		assertThat(this.investors.count(InvestorFilter.none())).isEqualTo(before);
	}

	@Test
	@WithUserDetails("staff2")
	void staff_may_not_edit_another_staff_members_firm() {
		InvestorForm others = this.investors.get(idOf("北京汽车集团有限公司")); // owned by staff
		assertThatThrownBy(() -> this.investors.save(others)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithUserDetails("director")
	void the_second_of_two_concurrent_saves_is_refused() {
		InvestorForm loaded = this.investors.get(idOf("北京汽车集团有限公司"));
		this.investors.save(loaded);
		assertThatThrownBy(() -> this.investors.save(loaded)).isInstanceOf(ConcurrentEditException.class)
			.hasMessage("investor.error.stale");
		assertThat(this.investors.get(loaded.id()).version()).isEqualTo(loaded.version() + 1);
	}

	@Test
	@WithUserDetails("staff")
	void contacts_are_added_edited_and_only_one_is_primary() {
		long investor = this.investors.save(firm("华为技术有限公司", "914403001922038216"));
		long first = this.investors
			.saveContact(new ContactRow(null, 0, investor, "王芳", "投资总监", "13800000000", "wf@example.com", null, true));
		long second = this.investors
			.saveContact(new ContactRow(null, 0, investor, "李强", "经理", null, null, "liqiang", true));
		List<ContactRow> contacts = this.investors.contacts(investor);
		assertThat(contacts).hasSize(2);
		assertThat(contacts).filteredOn(ContactRow::primary).extracting(ContactRow::id).containsExactly(second);
		assertThatThrownBy(() -> this.investors
			.saveContact(new ContactRow(null, 0, investor, "赵六", null, null, "not-an-email", null, false)))
			.hasMessage("contact.error.email-invalid");
		this.investors.deleteContact(investor, first, 0);
		assertThat(this.investors.contacts(investor)).extracting(ContactRow::id).containsExactly(second);
	}

	@Test
	@WithUserDetails("op_auto")
	void park_operators_edit_no_firms() {
		assertThatThrownBy(() -> this.investors.save(firm("华为技术有限公司", null))).isInstanceOf(AccessDeniedException.class);
	}

}
