package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The investor directory on the real database with the demo data as fixture. */
@SpringBootTest
class InvestorServiceTest {

	@Autowired
	InvestorService investors;

	@Test
	@WithUserDetails("staff")
	void lists_the_seed_firms_in_chinese_sorted_in_sql() {
		int total = this.investors.count(InvestorFilter.none());
		List<InvestorRow> ascending = this.investors.list(InvestorFilter.none(),
				PageRequest.first(200, Sort.asc("nameZh")));
		List<InvestorRow> descending = this.investors.list(InvestorFilter.none(),
				PageRequest.first(200, Sort.desc("nameZh")));
		assertThat(ascending).hasSize(total)
			.extracting(InvestorRow::nameZh)
			.contains("现代摩比斯", "隆泰迪管道科技有限公司", "北汽岱摩斯（沧州）汽车系统有限公司");
		assertThat(descending).extracting(InvestorRow::nameZh)
			.containsExactlyElementsOf(ascending.reversed().stream().map(InvestorRow::nameZh).toList());
	}

	@Test
	@WithUserDetails("staff")
	void filters_by_the_start_of_the_chinese_or_english_name() {
		List<InvestorRow> chinese = this.investors.list(InvestorFilter.byName("北汽"), PageRequest.first(50));
		assertThat(chinese).isNotEmpty().allSatisfy(row -> assertThat(row.nameZh()).startsWith("北汽"));
		assertThat(this.investors.count(InvestorFilter.byName("北汽"))).isEqualTo(chinese.size());

		List<InvestorRow> english = this.investors.list(InvestorFilter.byName("Hyundai Mobis"), PageRequest.first(50));
		assertThat(english).extracting(InvestorRow::nameZh).containsExactly("现代摩比斯");
	}

	@Test
	@WithUserDetails("director")
	void filters_by_ownership_cluster_and_tenancy_in_sql() {
		var soe = new InvestorFilter(null, null, Ownership.CENTRAL_SOE, null);
		assertThat(this.investors.list(soe, PageRequest.first(50))).isNotEmpty()
			.allSatisfy(row -> assertThat(row.ownership()).isEqualTo(Ownership.CENTRAL_SOE));

		var autoTenants = new InvestorFilter(null, IndustryCluster.AUTO, null, true);
		List<InvestorRow> rows = this.investors.list(autoTenants, PageRequest.first(50));
		assertThat(rows).isNotEmpty().allSatisfy(row -> {
			assertThat(row.cluster()).isEqualTo(IndustryCluster.AUTO);
			assertThat(row.existingTenant()).isTrue();
		});
		assertThat(this.investors.count(autoTenants)).isEqualTo(rows.size());
	}

	@Test
	@WithUserDetails("staff")
	void pages_are_stable_and_do_not_overlap() {
		int total = this.investors.count(InvestorFilter.none());
		Set<Long> seen = new HashSet<>();
		for (int offset = 0; offset < total; offset += 4) {
			var page = new PageRequest(offset, 4, List.of(Sort.asc("countryCode")));
			for (InvestorRow row : this.investors.list(InvestorFilter.none(), page)) {
				assertThat(seen.add(row.id())).as("row %s seen twice", row.id()).isTrue();
			}
		}
		assertThat(seen).hasSize(total);
	}

	@Test
	@WithUserDetails("staff")
	void refuses_a_sort_key_that_is_not_whitelisted() {
		var page = PageRequest.first(10, Sort.asc("password_hash"));
		assertThatThrownBy(() -> this.investors.list(InvestorFilter.none(), page))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@WithUserDetails("op_auto")
	void a_park_operator_may_not_browse_the_directory() {
		assertThatThrownBy(() -> this.investors.list(InvestorFilter.none(), PageRequest.first(10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.investors.count(InvestorFilter.none())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void nobody_signed_in_gets_nothing() {
		assertThatThrownBy(() -> this.investors.count(InvestorFilter.none()))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	@WithUserDetails("staff")
	void filters_by_country_tags_and_my_own_firms() {
		var korean = new InvestorFilter(null, null, null, null, "kr", java.util.Set.of(), false);
		assertThat(this.investors.list(korean, PageRequest.first(50))).isNotEmpty()
			.allSatisfy(row -> assertThat(row.countryCode()).isEqualTo("KR"));

		var fortune = new InvestorFilter(null, null, null, null, null,
				java.util.Set.of(InvestorFilter.Flag.FORTUNE_500), false);
		List<InvestorRow> big = this.investors.list(fortune, PageRequest.first(50));
		assertThat(big).isNotEmpty().allSatisfy(row -> assertThat(row.fortune500Rank()).isNotNull());
		assertThat(this.investors.count(fortune)).isEqualTo(big.size());

		var mine = new InvestorFilter(null, null, null, null, null, java.util.Set.of(), true);
		List<InvestorRow> own = this.investors.list(mine, PageRequest.first(100));
		assertThat(own).isNotEmpty().allSatisfy(row -> assertThat(row.ownerName()).isEqualTo("张伟"));
		assertThat(this.investors.count(mine)).isEqualTo(own.size())
			.isLessThan(this.investors.count(InvestorFilter.none()));
	}

}
