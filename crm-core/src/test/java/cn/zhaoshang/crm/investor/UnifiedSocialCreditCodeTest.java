package cn.zhaoshang.crm.investor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

	/** Published codes of real firms (华为技术有限公司, 深圳市腾讯计算机系统有限公司). */
	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "9144030071526726XG" })
	void real_codes_pass(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038217", // wrong check character
			"914403001922038261", // two characters swapped
			"91440300192203821", // 17 characters
			"9144030019220382160", // 19 characters
			"9I4403001922038216", // I is not in the alphabet
			"914403001922O38216", // nor is O
			"" })
	void corrupted_codes_fail(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { " 9144030071526726xg ", "9144 0300 7152 6726 XG" })
	void pasted_codes_are_normalised_first(String pasted) {
		assertThat(UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.normalize(pasted))).isTrue();
	}

}
