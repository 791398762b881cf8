package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class SavedFilterTest {

	@Autowired
	InvestorService investors;

	@Autowired
	UserDetailsService users;

	@Test
	@WithUserDetails("staff")
	void a_filter_is_saved_by_name_restored_exactly_and_replaced_under_the_same_name() {
		var korean = new InvestorFilter("现代", IndustryCluster.AUTO, Ownership.FOREIGN, false, "KR",
				java.util.Set.of(InvestorFilter.Flag.FORTUNE_500, InvestorFilter.Flag.LISTED), true);
		long id = this.investors.saveFilter("我的韩资汽车零部件目标", korean);
		assertThat(this.investors.savedFilters()).extracting(SavedFilter::id, SavedFilter::filter)
			.contains(org.assertj.core.groups.Tuple.tuple(id, korean));

		var wider = new InvestorFilter(null, IndustryCluster.AUTO, null, null);
		this.investors.saveFilter("我的韩资汽车零部件目标", wider);
		assertThat(this.investors.savedFilters()).filteredOn(f -> f.name().equals("我的韩资汽车零部件目标"))
			.singleElement()
			.extracting(SavedFilter::filter)
			.isEqualTo(wider);
	}

	@Test
	@WithUserDetails("staff")
	void filters_are_private_to_their_user() {
		long id = this.investors.saveFilter("央企", new InvestorFilter(null, null, Ownership.CENTRAL_SOE, null));
		signInAs("staff2");
		assertThat(this.investors.savedFilters()).extracting(SavedFilter::id).doesNotContain(id);
		assertThatThrownBy(() -> this.investors.deleteFilter(id)).isInstanceOf(AccessDeniedException.class);
		signInAs("staff");
		this.investors.deleteFilter(id);
		assertThat(this.investors.savedFilters()).extracting(SavedFilter::id).doesNotContain(id);
	}

	@Test
	@WithUserDetails("staff")
	void a_filter_needs_a_name() {
		assertThatThrownBy(() -> this.investors.saveFilter("  ", InvestorFilter.none()))
			.hasMessage("validation.required");
	}

	private void signInAs(String username) {
		var user = this.users.loadUserByUsername(username);
		TestSecurityContextHolder
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
