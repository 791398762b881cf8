package cn.zhaoshang.crm.ui.park;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The parks and their land: free, reserved, allocated and idle. A park operator gets one
 * row, their own park: the scope is applied in crm-core's SQL, not here. A row opens the
 * park's page.
 */
@Route("parks")
@Menu(order = 20, icon = "vaadin:map-marker", title = "menu.parks")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class ParkListView extends VerticalLayout implements HasDynamicTitle {

	final Grid<ParkOverview> grid = new Grid<>();

	ParkListView(ParkService parks) {
		setSizeFull();
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		this.grid.setId("park-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setSizeFull();
		this.grid.addColumn(p -> chinese ? p.nameZh() : p.nameEn())
			.setHeader(getTranslation("park.field.name"))
			.setKey("name")
			.setFlexGrow(3);
		areaColumn("plannedArea", "park.field.planned-area", ParkOverview::plannedAreaMu, locale);
		this.grid.addColumn(p -> Formats.wanYuan(p.plannedInvestment(), locale))
			.setHeader(getTranslation("park.field.planned-investment"))
			.setKey("plannedInvestment")
			.setFlexGrow(2);
		this.grid.addColumn(ParkOverview::plotCount)
			.setHeader(getTranslation("park.field.plots"))
			.setKey("plots")
			.setAutoWidth(true)
			.setFlexGrow(0);
		areaColumn("available", "park.field.available", ParkOverview::availableMu, locale);
		areaColumn("reserved", "park.field.reserved", ParkOverview::reservedMu, locale);
		areaColumn("allocated", "park.field.allocated", ParkOverview::allocatedMu, locale);
		areaColumn("idle", "park.field.idle", ParkOverview::idleMu, locale);
		// four parks of reference data: one small query, no paging needed
		this.grid.setItems(parks.overview());
		this.grid
			.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ParkView.class, click.getItem().id())));
		add(this.grid);
	}

	private void areaColumn(String key, String headerKey, Function<ParkOverview, BigDecimal> area, Locale locale) {
		this.grid.addColumn(p -> Formats.area(area.apply(p), locale))
			.setHeader(getTranslation(headerKey))
			.setKey(key)
			.setFlexGrow(2);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.parks");
	}

}
