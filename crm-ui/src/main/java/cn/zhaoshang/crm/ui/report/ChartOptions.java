package cn.zhaoshang.crm.ui.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * ECharts option objects for the cockpit, as plain maps: bars, a funnel, gauges. Numbers
 * go in as the cockpit has them (BigDecimal stays exact in the JSON).
 */
final class ChartOptions {

	/** A named row of values, one per category. */
	record Series(String name, List<? extends @Nullable Number> values) {
	}

	private ChartOptions() {
	}

	private static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	/**
	 * Bars per category; {@code stacked} piles the series, {@code horizontal} lays them
	 * down.
	 */
	static Map<String, Object> bars(List<String> categories, List<Series> series, boolean stacked, boolean horizontal) {
		List<Object> out = new ArrayList<>();
		for (Series s : series) {
			Map<String, Object> bar = map("name", s.name(), "type", "bar", "data", labelled(s.values()), "label",
					map("show", true, "position", stacked ? "inside" : (horizontal ? "right" : "top")));
			if (stacked) {
				bar.put("stack", "total");
				// small segments would print their labels on top of each other
				bar.put("labelLayout", map("hideOverlap", true));
			}
			out.add(bar);
		}
		Map<String, Object> categoryAxis = map("type", "category", "data", categories, "axisLabel",
				map("interval", 0, "hideOverlap", true));
		if (horizontal) {
			// first category on top, as in the tables
			categoryAxis.put("inverse", true);
		}
		Map<String, Object> valueAxis = map("type", "value");
		return map("tooltip", map("trigger", "axis"), "legend", map("top", 0), "grid",
				map("left", 8, "right", 24, "bottom", 8, "top", 36, "containLabel", true), "xAxis",
				horizontal ? valueAxis : categoryAxis, "yAxis", horizontal ? categoryAxis : valueAxis, "series", out);
	}

	/**
	 * Values as data items; a zero or empty value gets no label, so bars stay readable.
	 */
	private static List<Object> labelled(List<? extends @Nullable Number> values) {
		List<Object> data = new ArrayList<>();
		for (Number value : values) {
			if (value == null || new java.math.BigDecimal(value.toString()).signum() == 0) {
				data.add(map("value", (value != null) ? value : 0, "label", map("show", false)));
			}
			else {
				data.add(value);
			}
		}
		return data;
	}

	/** A funnel: one value per step, widest first. */
	static Map<String, Object> funnel(String name, List<String> steps, List<? extends Number> values) {
		List<Object> data = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			data.add(map("name", steps.get(i), "value", values.get(i)));
		}
		return map("tooltip", map("trigger", "item"), "series",
				List.of(map("name", name, "type", "funnel", "sort", "none", "minSize", "8%", "gap", 2, "left", "10%",
						"width", "80%", "label", map("show", true, "position", "inside", "formatter", "{b}: {c}"),
						"data", data)));
	}

	/** One gauge per figure, side by side, each from 0 to 100 (%). */
	static Map<String, Object> gauges(List<String> names, List<? extends @Nullable Number> percents) {
		List<Object> series = new ArrayList<>();
		int n = names.size();
		for (int i = 0; i < n; i++) {
			Number value = percents.get(i);
			String center = ((100 * (2 * i + 1)) / (2 * n)) + "%";
			series.add(map("type", "gauge", "center", List.of(center, "58%"), "radius", "80%", "min", 0, "max", 100,
					"progress", map("show", true, "width", 12), "axisLine", map("lineStyle", map("width", 12)),
					"splitLine", map("length", 8), "axisLabel", map("distance", 16, "fontSize", 10), "pointer",
					map("show", false), "title", map("offsetCenter", List.of(0, "80%"), "fontSize", 13), "detail",
					map("valueAnimation", false, "offsetCenter", List.of(0, "0%"), "fontSize", 22, "formatter",
							"{value}%"),
					"data", List.of(map("name", names.get(i), "value", (value != null) ? value : 0))));
		}
		return map("series", series);
	}

}
