package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import cn.zhaoshang.crm.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("director")
class InvestorGroupTest {

	@Autowired
	InvestorService investors;

	private long idOf(String prefix) {
		return this.investors.list(InvestorFilter.byName(prefix), PageRequest.first(1)).getFirst().id();
	}

	@Test
	void a_subsidiary_shows_its_whole_group_from_the_top_with_project_totals() {
		GroupTree group = this.investors.group(idOf("北汽岱摩斯"));
		assertThat(group.members().getFirst().nameZh()).isEqualTo("北京汽车集团有限公司");
		assertThat(group.members().getFirst().depth()).isZero();
		assertThat(group.members()).extracting(GroupMember::nameZh)
			.contains("北京新能源汽车股份有限公司", "北汽岱摩斯（沧州）汽车系统有限公司", "北汽韩一（沧州）汽车饰件有限公司");
		assertThat(group.members()).filteredOn(m -> m.nameZh().startsWith("北汽"))
			.allSatisfy(m -> assertThat(m.depth()).isPositive());
		assertThat(group.projectCount()).isEqualTo(group.members().stream().mapToInt(GroupMember::projectCount).sum())
			.isPositive();
		assertThat(group.investmentTotal()).isGreaterThan(BigDecimal.ZERO);
	}

	@Test
	void a_firm_without_a_group_is_a_group_of_one() {
		GroupTree group = this.investors.group(idOf("隆泰迪"));
		assertThat(group.members()).hasSize(1);
	}

	@Test
	void lookup_finds_firms_by_the_start_of_their_name() {
		assertThat(this.investors.lookup("北京")).extracting(InvestorRef::nameZh)
			.isNotEmpty()
			.allSatisfy(name -> assertThat(name).startsWith("北京"));
	}

}
