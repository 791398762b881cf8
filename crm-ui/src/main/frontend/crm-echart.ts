// <crm-echart>: one Apache ECharts chart, fed by the server (cn.zhaoshang.crm.ui.base.EChart).
// The server sets the property "option" to ECharts' option object as JSON; the chart
// follows the element's size. Only the chart types the CRM uses are bundled.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, GaugeChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, FunnelChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class CrmEchart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionJson?: string;

  set option(json: string | undefined) {
    this.optionJson = json;
    this.render();
  }

  get option(): string | undefined {
    return this.optionJson;
  }

  connectedCallback(): void {
    // a value set before this element was upgraded sits on the instance: take it over
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const early = (this as unknown as { option?: string }).option;
      delete (this as unknown as { option?: string }).option;
      this.optionJson = early;
    }
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render(): void {
    if (this.chart && this.optionJson) {
      this.chart.setOption(JSON.parse(this.optionJson), true);
    }
  }
}

if (!customElements.get('crm-echart')) {
  customElements.define('crm-echart', CrmEchart);
}
