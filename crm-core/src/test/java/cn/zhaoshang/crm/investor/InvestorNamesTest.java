package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvestorNamesTest {

	@Test
	void legal_forms_brackets_and_width_do_not_matter() {
		String key = InvestorNames.normalize("北京现代汽车有限公司");
		assertThat(InvestorNames.normalize("北京现代汽车（中国）有限公司")).isEqualTo(key);
		assertThat(InvestorNames.normalize("北京现代汽车股份有限公司")).isEqualTo(key);
		assertThat(InvestorNames.normalize(" 北京现代汽车 ")).isEqualTo(key);
	}

	@Test
	void english_suffixes_and_full_width_letters_are_ignored() {
		assertThat(InvestorNames.normalize("Hyundai Mobis Co., Ltd."))
			.isEqualTo(InvestorNames.normalize("HYUNDAI MOBIS"));
		assertThat(InvestorNames.normalize("ＢＡＩＣ Group")).isEqualTo(InvestorNames.normalize("BAIC"));
	}

	@Test
	void different_firms_stay_different() {
		assertThat(InvestorNames.normalize("北京现代汽车有限公司")).isNotEqualTo(InvestorNames.normalize("北京汽车集团有限公司"));
	}

}
