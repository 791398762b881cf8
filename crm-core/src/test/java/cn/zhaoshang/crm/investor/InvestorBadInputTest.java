package cn.zhaoshang.crm.investor;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.CONTACT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.SAVED_FILTER;
import static cn.zhaoshang.crm.shared.TestRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investor form, its contacts and saved filters refuse bad input with the key the UI
 * shows next to the field, and write nothing (no row, no audit row). Every case rolls
 * back.
 */
@SpringBootTest
@Transactional
@WithUserDetails("staff")
class InvestorBadInputTest {

	private static final InvestorForm GOOD = new InvestorForm(null, 0, "沧州测试有限公司", "Cangzhou Test Co", null, null, null,
			null, "CN", Ownership.PRIVATE, null, false, null, null, false, false, null, null, null, null, null);

	@Autowired
	InvestorService investors;

	@Autowired
	DSLContext dsl;

	static Stream<Arguments> badFirms() {
		return Stream.of(
				// required name
				bad("empty name", "nameZh", "", "validation.required"),
				bad("blank name", "nameZh", "   ", "validation.required"),
				bad("tab-only name", "nameZh", "\t\t", "validation.required"),
				bad("201-character name", "nameZh", "长".repeat(201), "validation.too-long"),
				bad("bell in name", "nameZh", "沧州\u0007公司", "validation.control-characters"),
				bad("NUL in name", "nameZh", "沧州\u0000公司", "validation.control-characters"),
				bad("escape sequence in name", "nameZh", "\u001b[31m沧州公司", "validation.control-characters"),
				bad("line break in a one-line name", "nameZh", "沧州\n公司", "validation.control-characters"),
				bad("DEL in name", "nameZh", "沧州\u007f公司", "validation.control-characters"),
				// other texts
				bad("201-character English name", "nameEn", "x".repeat(201), "validation.too-long"),
				bad("201-character local name", "nameLocal", "한".repeat(201), "validation.too-long"),
				bad("control character in English name", "nameEn", "Test\u0008Co", "validation.control-characters"),
				bad("21-character exchange", "listedExchange", "X".repeat(21), "validation.too-long"),
				bad("21-character ticker", "listedTicker", "9".repeat(21), "validation.too-long"),
				bad("201-character website", "website", "https://" + "a".repeat(200), "validation.too-long"),
				bad("301-character address", "address", "路".repeat(301), "validation.too-long"),
				bad("5001-character notes", "notes", "注".repeat(5001), "validation.too-long"),
				bad("NUL in notes", "notes", "备注\u0000", "validation.control-characters"),
				// credit codes (GB 32100)
				bad("wrong check character", "uscc", "914403001922038217", "investor.error.uscc-invalid"),
				bad("17 characters", "uscc", "91440300192203821", "investor.error.uscc-invalid"),
				bad("19 characters", "uscc", "9144030019220382160", "investor.error.uscc-invalid"),
				bad("letter I (not in the alphabet)", "uscc", "91440300192203821I", "investor.error.uscc-invalid"),
				bad("letter O (not in the alphabet)", "uscc", "9144030O1922038216", "investor.error.uscc-invalid"),
				bad("letter S (not in the alphabet)", "uscc", "S14403001922038216", "investor.error.uscc-invalid"),
				bad("letter Z (not in the alphabet)", "uscc", "Z14403001922038216", "investor.error.uscc-invalid"),
				bad("hyphenated", "uscc", "91440300-1922038216", "investor.error.uscc-invalid"),
				bad("Chinese characters", "uscc", "九一四四零三零零一九二二零三八二一六", "investor.error.uscc-invalid"),
				bad("15-digit old registration number", "uscc", "440301103097413", "investor.error.uscc-invalid"),
				bad("all zeros with a wrong check", "uscc", "000000000000000001", "investor.error.uscc-invalid"),
				// country
				bad("one-letter country", "countryCode", "C", "investor.error.country-invalid"),
				bad("three-letter country", "countryCode", "CHN", "investor.error.country-invalid"),
				bad("digits as country", "countryCode", "86", "investor.error.country-invalid"),
				bad("Chinese country", "countryCode", "中国", "investor.error.country-invalid"),
				bad("blank country", "countryCode", "  ", "investor.error.country-invalid"),
				// numbers
				bad("Fortune 500 rank 0", "fortune500Rank", 0, "investor.error.fortune500-range"),
				bad("negative Fortune 500 rank", "fortune500Rank", -3, "investor.error.fortune500-range"),
				bad("Fortune 500 rank 501", "fortune500Rank", 501, "investor.error.fortune500-range"),
				bad("absurd Fortune 500 rank", "fortune500Rank", 1_000_000, "investor.error.fortune500-range"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFirms")
	void a_bad_firm_is_refused_and_nothing_is_written(String description, InvestorForm form, String key) {
		int firms = this.dsl.fetchCount(INVESTOR);
		int audit = this.dsl.fetchCount(AUDIT_EVENT);
		assertThatThrownBy(() -> this.investors.save(form)).isInstanceOf(DomainException.class).hasMessage(key);
		assertThat(this.dsl.fetchCount(INVESTOR)).isEqualTo(firms);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT)).isEqualTo(audit);
	}

	static Stream<Arguments> badContacts() {
		return Stream.of(contact("empty contact name", "name", "", "validation.required"),
				contact("blank contact name", "name", "  ", "validation.required"),
				contact("101-character contact name", "name", "王".repeat(101), "validation.too-long"),
				contact("control character in contact name", "name", "王\u0007经理", "validation.control-characters"),
				contact("101-character title", "title", "总".repeat(101), "validation.too-long"),
				contact("41-character phone", "phone", "1".repeat(41), "validation.too-long"),
				contact("61-character WeChat", "wechat", "w".repeat(61), "validation.too-long"),
				contact("e-mail without domain", "email", "wang@", "contact.error.email-invalid"),
				contact("e-mail without name", "email", "@example.com", "contact.error.email-invalid"),
				contact("e-mail with a space", "email", "wang jing@example.com", "contact.error.email-invalid"),
				contact("e-mail without dot", "email", "wang@localhost", "contact.error.email-invalid"),
				contact("e-mail with two @", "email", "wang@@example.com", "contact.error.email-invalid"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badContacts")
	void a_bad_contact_is_refused_and_nothing_is_written(String description, String component, Object value,
			String key) {
		long firm = this.investors.save(GOOD);
		ContactRow contact = with(new ContactRow(null, 0, firm, "王经理", null, null, null, null, false), component,
				value);
		int contacts = this.dsl.fetchCount(CONTACT);
		assertThatThrownBy(() -> this.investors.saveContact(contact)).isInstanceOf(DomainException.class)
			.hasMessage(key);
		assertThat(this.dsl.fetchCount(CONTACT)).isEqualTo(contacts);
	}

	static Stream<Arguments> badFilterNames() {
		return Stream.of(Arguments.of("empty filter name", "", "validation.required"),
				Arguments.of("blank filter name", "   ", "validation.required"),
				Arguments.of("101-character filter name", "筛".repeat(101), "validation.too-long"),
				Arguments.of("control character in filter name", "韩国\u0007客商", "validation.control-characters"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFilterNames")
	void a_bad_filter_name_is_refused(String description, String name, String key) {
		int filters = this.dsl.fetchCount(SAVED_FILTER);
		assertThatThrownBy(() -> this.investors.saveFilter(name, InvestorFilter.none()))
			.isInstanceOf(DomainException.class)
			.hasMessage(key);
		assertThat(this.dsl.fetchCount(SAVED_FILTER)).isEqualTo(filters);
	}

	private static Arguments bad(String description, String component, Object value, String key) {
		return Arguments.of(description, with(GOOD, component, value), key);
	}

	private static Arguments contact(String description, String component, Object value, String key) {
		return Arguments.of(description, component, value, key);
	}

}
