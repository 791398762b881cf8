package cn.zhaoshang.crm.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

	@Test
	void land_is_in_mu_and_english_adds_hectares() {
		assertThat(Formats.area(new BigDecimal("1500"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,500.00 亩");
		assertThat(Formats.area(new BigDecimal("1500"), Locale.ENGLISH)).isEqualTo("1,500.00 mu (100.00 ha)");
	}

	@Test
	void money_is_in_wan_yuan_and_english_in_millions() {
		assertThat(Formats.wanYuan(new BigDecimal("600000"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("600,000.00 万元");
		assertThat(Formats.wanYuan(new BigDecimal("600000"), Locale.ENGLISH)).isEqualTo("CNY 6,000.00 m");
	}

	@Test
	void nothing_shows_as_empty() {
		assertThat(Formats.area(null, Locale.ENGLISH)).isEmpty();
		assertThat(Formats.wanYuan(null, Locale.ENGLISH)).isEmpty();
	}

}
