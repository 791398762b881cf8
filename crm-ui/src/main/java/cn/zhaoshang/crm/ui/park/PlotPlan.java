package cn.zhaoshang.crm.ui.park;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.zhaoshang.crm.park.PlotRow;
import cn.zhaoshang.crm.park.PlotStatus;
import cn.zhaoshang.crm.ui.base.Formats;

/**
 * The park plan as SVG, drawn from the plots' stored rectangles on the park's 1000 × 1000
 * grid and coloured by status; no map tiles, so it works without internet. A partly taken
 * plot shows its free share as a lighter band at the bottom.
 */
final class PlotPlan {

	static final int SIZE = 1000;

	private PlotPlan() {
	}

	/**
	 * @param label the tooltip of a plot (code, status, area, free land), in the user's
	 * language
	 */
	static String svg(List<PlotRow> plots, Function<PlotRow, String> label, Locale locale) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(SIZE)
			.append(' ')
			.append(SIZE)
			.append("\" class=\"plot-plan-svg\" role=\"img\">");
		svg.append("<rect x=\"0\" y=\"0\" width=\"1000\" height=\"1000\" class=\"plan-ground\"/>");
		for (PlotRow p : plots) {
			if (!p.drawn()) {
				continue;
			}
			int x = p.planX();
			int y = p.planY();
			int w = p.planW();
			int h = p.planH();
			svg.append("<g class=\"plot plot-").append(p.status().name().toLowerCase(Locale.ROOT)).append("\">");
			svg.append("<title>").append(escape(label.apply(p))).append("</title>");
			rect(svg, x, y, w, h, "plot-area");
			if (!p.status().outOfSupply() && p.status() != PlotStatus.AVAILABLE && p.freeArea().signum() > 0) {
				int band = Math.max(1, (int) Math.round(h * p.freeArea().doubleValue() / p.areaMu().doubleValue()));
				rect(svg, x, y + h - band, w, band, "plot-free-part");
			}
			int size = Math.max(14, Math.min(34, Math.min(w / 5, h / 3)));
			text(svg, x + w / 2, y + h / 2, size, "plot-code", p.code());
			text(svg, x + w / 2, y + h / 2 + size + 2, (int) (size * 0.8), "plot-mu",
					Formats.decimal(p.areaMu(), locale));
			svg.append("</g>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static void rect(StringBuilder svg, int x, int y, int w, int h, String cssClass) {
		svg.append("<rect x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" width=\"")
			.append(w)
			.append("\" height=\"")
			.append(h)
			.append("\" class=\"")
			.append(cssClass)
			.append("\"/>");
	}

	private static void text(StringBuilder svg, int x, int y, int size, String cssClass, String content) {
		svg.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y)
			.append("\" font-size=\"")
			.append(size)
			.append("\" text-anchor=\"middle\" class=\"")
			.append(cssClass)
			.append("\">")
			.append(escape(content))
			.append("</text>");
	}

	/** Text into SVG markup: the five XML specials escaped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
