package cn.zhaoshang.crm.ui.base;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart (npm {@code echarts}, Apache-2.0), rendered by the small custom
 * element in {@code src/main/frontend/crm-echart.ts}. The view hands over ECharts' option
 * object as maps and lists; every chart in the CRM also has its numbers in a table.
 */
@Tag("crm-echart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./crm-echart.ts")
public class EChart extends Component implements HasSize {

	/** Pinned: the committed frontend bundles were built with exactly this one. */
	public static final String ECHARTS_VERSION = "6.1.0";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String optionJson = "{}";

	public EChart() {
		setWidthFull();
		setHeight("320px");
	}

	/** Replaces the chart's option (ECharts' {@code setOption(option, true)}). */
	public void setOption(Map<String, ?> option) {
		this.optionJson = JSON.writeValueAsString(option);
		getElement().setProperty("option", this.optionJson);
	}

	/** The option as sent to the browser, as JSON. */
	public String getOptionJson() {
		return this.optionJson;
	}

}
