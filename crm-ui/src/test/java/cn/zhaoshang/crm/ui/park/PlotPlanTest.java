package cn.zhaoshang.crm.ui.park;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.park.PlotStatus;
import org.junit.jupiter.api.Test;

class PlotPlanTest {

	@Test
	void plots_are_drawn_from_their_rectangles_coloured_by_status() {
		String svg = PlotPlan.svg(
				List.of(plot("AP-P-05", PlotStatus.AVAILABLE, "200", "0", 338, 196, 405, 244),
						plot("AP-P-04", PlotStatus.ALLOCATED, "160", "160", 338, 0, 405, 196),
						plot("X-9", PlotStatus.AVAILABLE, "10", "0", null, null, null, null)),
				p -> p.code() + " <&> \"t\"", Locale.SIMPLIFIED_CHINESE);
		assertThat(svg).startsWith("<svg").endsWith("</svg>");
		assertThat(svg).contains("<g class=\"plot plot-available\">")
			.contains("<g class=\"plot plot-allocated\">")
			.contains("x=\"338\" y=\"196\" width=\"405\" height=\"244\" class=\"plot-area\"")
			.contains(">AP-P-05</text>")
			.contains("<title>AP-P-05 &lt;&amp;&gt; &quot;t&quot;</title>");
		assertThat(svg).doesNotContain("X-9"); // no rectangle, not drawn
		assertThat(svg).doesNotContain("plot-free-part"); // nothing partly taken
	}

	@Test
	void a_partly_taken_plot_shows_its_free_share() {
		String svg = PlotPlan.svg(List.of(plot("AP-P-05", PlotStatus.RESERVED, "200", "50", 0, 0, 100, 200)),
				PlotRow::code, Locale.ENGLISH);
		// 150 of 200 亩 free: the band is three quarters of the height
		assertThat(svg).contains("x=\"0\" y=\"50\" width=\"100\" height=\"150\" class=\"plot-free-part\"");
	}

	private static PlotRow plot(String code, PlotStatus status, String area, String held, Integer x, Integer y,
			Integer w, Integer h) {
		BigDecimal taken = new BigDecimal(held);
		return new PlotRow(1, 0, 1, null, null, null, code, new BigDecimal(area),
				(status == PlotStatus.RESERVED) ? taken : BigDecimal.ZERO,
				(status == PlotStatus.ALLOCATED) ? taken : BigDecimal.ZERO, LandUse.INDUSTRIAL, status, null, null,
				null, x, y, w, h, null, null);
	}

}
