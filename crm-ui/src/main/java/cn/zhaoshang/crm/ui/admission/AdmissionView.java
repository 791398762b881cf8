package cn.zhaoshang.crm.ui.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.zhaoshang.crm.admission.AdmissionRules;
import cn.zhaoshang.crm.admission.AdmissionService;
import cn.zhaoshang.crm.admission.BudgetUse;
import cn.zhaoshang.crm.fulfilment.FulfilmentRates;
import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.fulfilment.Rate;
import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.reference.ReferenceData;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 准入与履约: the zone's energy and emission budgets as gauges, the fulfilment rates, and each
 * park's admission rules with their versions (directors and administrators edit them; a
 * new version each time).
 */
@Route("admission")
@Menu(order = 30, icon = "vaadin:scale", title = "menu.admission")
@RolesAllowed({ Roles.STAFF, Roles.DIRECTOR, Roles.PARK_OPERATOR, Roles.ADMIN })
class AdmissionView extends VerticalLayout implements HasDynamicTitle {

	final VerticalLayout budgets = new VerticalLayout();

	final HorizontalLayout rates = new HorizontalLayout();

	final ComboBox<ParkOverview> park = new ComboBox<>();

	final FormLayout rules = new FormLayout();

	final Grid<AdmissionRules> history = new Grid<>();

	final Button edit = new Button();

	private final AdmissionService admission;

	private final List<IndustryRef> industries;

	AdmissionView(AdmissionService admission, FulfilmentService fulfilment, ParkService parks, ReferenceData reference,
			CurrentUser currentUser) {
		this.admission = admission;
		this.industries = reference.industries();
		CrmUser user = currentUser.require();
		Locale locale = getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());

		this.budgets.setPadding(false);
		this.budgets.setId("budgets");
		for (BudgetUse use : admission.budgets()) {
			this.budgets.add(gauge(use, locale));
		}

		boolean seesRates = user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN)
				|| user.hasRole(Roles.PARK_OPERATOR);
		this.rates.setId("rates");
		this.rates.setVisible(seesRates);
		if (seesRates) {
			FulfilmentRates r = fulfilment.rates(LocalDate.now(), null);
			this.rates.add(rate("fulfilment.rate.fulfilment", r.fulfilment()), rate("fulfilment.rate.start", r.start()),
					rate("fulfilment.rate.production", r.production()),
					figure("fulfilment.rate.funds",
							getTranslation("fulfilment.rate.funds-value", percent(r.fundsRate()),
									Formats.wanYuan(r.fundsInPlace(), locale),
									Formats.wanYuan(r.fundsCommitted(), locale))));
		}

		this.park.setLabel(getTranslation("admission.field.park"));
		this.park.setWidth("22em");
		this.park.setItems(parks.overview()); // four parks; an operator gets their own
		this.park.setItemLabelGenerator(p -> chinese ? p.nameZh() : p.nameEn());
		this.park.addValueChangeListener(e -> showRules(e.getValue()));
		this.edit.setText(getTranslation("admission.rules.edit"));
		this.edit.setVisible(user.hasRole(Roles.DIRECTOR) || user.hasRole(Roles.ADMIN));
		this.edit.addClickListener(click -> {
			ParkOverview p = this.park.getValue();
			if (p != null) {
				new RulesDialog(admission, this.industries, admission.rules(p.id()), saved -> showRules(p)).open();
			}
		});
		var parkBar = new HorizontalLayout(this.park, this.edit);
		parkBar.setAlignItems(Alignment.BASELINE);

		this.rules.setId("rules");
		this.history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.history.setAllRowsVisible(true);
		this.history.addColumn(AdmissionRules::version)
			.setHeader(getTranslation("admission.field.rules-version"))
			.setAutoWidth(true);
		this.history.addColumn(r -> Formats.dateTime(r.createdAt()))
			.setHeader(getTranslation("admission.field.date"))
			.setAutoWidth(true);
		this.history
			.addColumn(r -> (r.createdByName() != null) ? r.createdByName() : getTranslation("admission.rules.seeded"))
			.setHeader(getTranslation("admission.field.by"))
			.setAutoWidth(true);
		this.history.addColumn(r -> summary(r, locale))
			.setHeader(getTranslation("admission.rules.thresholds"))
			.setFlexGrow(3);
		this.history.addColumn(AdmissionRules::note).setHeader(getTranslation("admission.rules.note")).setFlexGrow(2);

		add(new H3(getTranslation("admission.budgets.title")), new Paragraph(getTranslation("admission.budgets.help")),
				this.budgets);
		if (seesRates) {
			add(new H3(getTranslation("fulfilment.rates.title")), this.rates);
		}
		add(new H3(getTranslation("admission.rules.title")), new Paragraph(getTranslation("admission.rules.help")),
				parkBar, this.rules, new H3(getTranslation("admission.rules.history")), this.history);
		this.park.getListDataView().getItems().findFirst().ifPresent(this.park::setValue);
	}

	private void showRules(@Nullable ParkOverview p) {
		this.rules.removeAll();
		if (p == null) {
			this.history.setItems(List.of());
			return;
		}
		Locale locale = getLocale();
		AdmissionRules r = this.admission.rules(p.id());
		item("admission.rules.version", String.valueOf(r.version()));
		item("admission.rules.min-intensity", perMu(r.minInvestmentIntensity(), locale));
		item("admission.rules.min-output", perMu(r.minOutputPerMu(), locale));
		item("admission.rules.min-tax", perMu(r.minTaxPerMu(), locale));
		item("admission.rules.max-energy", (r.maxEnergyPerOutput() != null)
				? Formats.decimal(r.maxEnergyPerOutput(), locale, 4) + " " + getTranslation("unit.tce-per-wan") : "");
		item("admission.rules.max-cod", tonnes(r.maxCodT(), locale));
		item("admission.rules.max-nh3n", tonnes(r.maxNh3nT(), locale));
		item("admission.rules.max-so2", tonnes(r.maxSo2T(), locale));
		item("admission.rules.max-nox", tonnes(r.maxNoxT(), locale));
		item("admission.rules.band", Formats.decimal(r.conditionalBandPct(), locale) + "%");
		item("admission.rules.veto", getTranslation(r.vetoHighPollution() ? "common.yes" : "common.no"));
		item("admission.rules.excluded", String.join(getTranslation("common.list-separator"), excludedNames(r)));
		this.history.setItems(this.admission.ruleHistory(p.id()));
	}

	private List<String> excludedNames(AdmissionRules r) {
		boolean chinese = "zh".equals(getLocale().getLanguage());
		return this.industries.stream()
			.filter(i -> r.excludedIndustryIds().contains(i.id()))
			.map(i -> chinese ? i.nameZh() : i.nameEn())
			.toList();
	}

	private void item(String labelKey, String value) {
		this.rules.addFormItem(new Span(value.isBlank() ? "—" : value), getTranslation(labelKey));
	}

	private String summary(AdmissionRules r, Locale locale) {
		return getTranslation("admission.rules.summary", Formats.decimal(r.minInvestmentIntensity(), locale),
				Formats.decimal(r.minOutputPerMu(), locale), Formats.decimal(r.minTaxPerMu(), locale),
				Formats.decimal(r.maxEnergyPerOutput(), locale, 4), Formats.decimal(r.conditionalBandPct(), locale));
	}

	/** A gauge: how much of the budget the signed projects take. */
	private Div gauge(BudgetUse use, Locale locale) {
		ProgressBar bar = new ProgressBar(0, 1, Math.min(use.share().doubleValue(), 1));
		if (use.overdrawn()) {
			bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
		}
		else if (use.share().compareTo(new BigDecimal("0.8")) >= 0) {
			bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
		}
		String unit = getTranslation(use.kind().unitKey());
		Span label = new Span(getTranslation("admission.budget.gauge", getTranslation(use.kind().messageKey()),
				Formats.decimal(use.used(), locale), Formats.decimal(use.total(), locale), unit,
				Formats.decimal(use.share().movePointRight(2), locale, 1), Formats.decimal(use.remaining(), locale)));
		Span source = new Span(use.sourceRef());
		source.addClassName("budget-source");
		Div gauge = new Div(label, bar, source);
		gauge.addClassName("budget-gauge");
		gauge.setId("budget-" + use.kind().name().toLowerCase(Locale.ROOT));
		return gauge;
	}

	private Div rate(String key, Rate r) {
		return figure(key, getTranslation("fulfilment.rate.value", percent(r.percent()), r.count(), r.of()));
	}

	private Div figure(String labelKey, String value) {
		Span caption = new Span(getTranslation(labelKey));
		caption.addClassName("rate-caption");
		Span number = new Span(value);
		number.addClassName("rate-value");
		Div box = new Div(caption, number);
		box.addClassName("rate-box");
		return box;
	}

	private String percent(@Nullable BigDecimal value) {
		return Optional.ofNullable(value).map(v -> Formats.decimal(v, getLocale(), 1) + "%").orElse("—");
	}

	private String perMu(@Nullable BigDecimal value, Locale locale) {
		return (value != null) ? Formats.decimal(value, locale) + " " + getTranslation("unit.wan-per-mu") : "";
	}

	private String tonnes(@Nullable BigDecimal value, Locale locale) {
		return (value != null) ? Formats.decimal(value, locale, 3) + " " + getTranslation("unit.t-per-year") : "";
	}

	@Override
	public String getPageTitle() {
		return getTranslation("menu.admission");
	}

}
