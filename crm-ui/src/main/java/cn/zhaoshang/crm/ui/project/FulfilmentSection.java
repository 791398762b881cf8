package cn.zhaoshang.crm.ui.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import cn.zhaoshang.crm.fulfilment.DateLine;
import cn.zhaoshang.crm.fulfilment.FigureLine;
import cn.zhaoshang.crm.fulfilment.Fulfilment;
import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.fulfilment.FundsEntry;
import cn.zhaoshang.crm.fulfilment.FundsKind;
import cn.zhaoshang.crm.fulfilment.FundsOrigin;
import cn.zhaoshang.crm.fulfilment.IdleLandClock;
import cn.zhaoshang.crm.fulfilment.YearActual;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.ui.base.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * 履约监管 on the project page of a signed project: each commitment beside its actual with
 * the gap, the funds in place by kind and source, the yearly figures, and the idle-land
 * clock when one runs.
 */
class FulfilmentSection extends VerticalLayout {

	final Paragraph idleLand = new Paragraph();

	final Paragraph empty = new Paragraph();

	final Grid<FigureLine> figures = new Grid<>();

	final Grid<DateLine> dates = new Grid<>();

	final Paragraph fundsSummary = new Paragraph();

	final Grid<FundsEntry> funds = new Grid<>();

	final Grid<YearActual> years = new Grid<>();

	final Button commitments = new Button();

	final Button progress = new Button();

	final Button addFunds = new Button();

	private final FulfilmentService fulfilment;

	private @Nullable Fulfilment shown;

	private @Nullable ProjectDetail projectDefaults;

	private long projectId;

	FulfilmentSection(FulfilmentService fulfilment) {
		this.fulfilment = fulfilment;
		setPadding(false);
		setId("fulfilment-section");
		Locale locale = getLocale();
		this.idleLand.addClassName("idle-land-warning");
		this.idleLand.setId("idle-land");
		this.empty.setText(getTranslation("fulfilment.empty"));

		this.figures.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.figures.setAllRowsVisible(true);
		this.figures.addColumn(l -> getTranslation(l.item().messageKey()))
			.setHeader(getTranslation("fulfilment.field.item"))
			.setFlexGrow(2);
		this.figures.addColumn(l -> figure(l.item(), l.committed(), locale))
			.setHeader(getTranslation("fulfilment.field.committed"))
			.setAutoWidth(true);
		this.figures
			.addColumn(l -> figure(l.item(), l.actual(), locale) + ((l.year() != null)
					? " (" + getTranslation("fulfilment.field.year-n", String.valueOf(l.year())) + ")" : ""))
			.setHeader(getTranslation("fulfilment.field.actual"))
			.setAutoWidth(true);
		this.figures.addColumn(l -> figure(l.item(), l.gap(), locale))
			.setHeader(getTranslation("fulfilment.field.gap"))
			.setPartNameGenerator(l -> (l.gap() != null && l.gap().signum() < 0) ? "gap-short" : null)
			.setAutoWidth(true);

		this.dates.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.dates.setAllRowsVisible(true);
		this.dates.addColumn(l -> getTranslation(l.milestone().messageKey()))
			.setHeader(getTranslation("fulfilment.field.milestone"))
			.setFlexGrow(2);
		this.dates.addColumn(l -> date(l.committed()))
			.setHeader(getTranslation("fulfilment.field.committed-date"))
			.setAutoWidth(true);
		this.dates.addColumn(l -> date(l.actual()))
			.setHeader(getTranslation("fulfilment.field.actual-date"))
			.setAutoWidth(true);
		this.dates.addColumn(this::lateness)
			.setHeader(getTranslation("fulfilment.field.gap"))
			.setPartNameGenerator(l -> (l.daysLate() != null && l.daysLate() > 0) ? "gap-short" : null)
			.setAutoWidth(true);

		this.funds.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.funds.setAllRowsVisible(true);
		this.funds.addColumn(f -> f.receivedOn().toString())
			.setHeader(getTranslation("fulfilment.funds.received-on"))
			.setAutoWidth(true);
		this.funds.addColumn(f -> Formats.wanYuan(f.amount(), locale))
			.setHeader(getTranslation("fulfilment.funds.amount"))
			.setAutoWidth(true);
		this.funds.addColumn(f -> getTranslation(f.kind().messageKey()))
			.setHeader(getTranslation("fulfilment.funds.kind"))
			.setAutoWidth(true);
		this.funds.addColumn(f -> getTranslation(f.origin().messageKey()))
			.setHeader(getTranslation("fulfilment.funds.origin"))
			.setAutoWidth(true);
		this.funds.addColumn(FundsEntry::note).setHeader(getTranslation("fulfilment.funds.note")).setFlexGrow(2);
		this.funds.addColumn(FundsEntry::createdByName)
			.setHeader(getTranslation("fulfilment.funds.by"))
			.setAutoWidth(true);
		this.funds.addComponentColumn(f -> {
			Button remove = new Button(getTranslation("fulfilment.funds.remove"), click -> {
				this.fulfilment.removeFunds(f.id(), f.version());
				reload();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			Fulfilment now = this.shown;
			remove.setVisible(now != null && now.progressEditable());
			return remove;
		}).setAutoWidth(true);

		this.years.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.years.setAllRowsVisible(true);
		this.years.addColumn(YearActual::year).setHeader(getTranslation("fulfilment.field.year")).setAutoWidth(true);
		this.years.addColumn(y -> Formats.wanYuan(y.output(), locale))
			.setHeader(getTranslation("fulfilment.item.output"))
			.setAutoWidth(true);
		this.years.addColumn(y -> Formats.wanYuan(y.tax(), locale))
			.setHeader(getTranslation("fulfilment.item.tax"))
			.setAutoWidth(true);
		this.years.addColumn(y -> (y.employees() != null) ? String.valueOf(y.employees()) : "")
			.setHeader(getTranslation("fulfilment.item.jobs"))
			.setAutoWidth(true);
		this.years.addColumn(y -> (y.grade() != null) ? y.grade() : "")
			.setHeader(getTranslation("tenant.field.grade"))
			.setAutoWidth(true);

		this.commitments.setText(getTranslation("fulfilment.action.commitments"));
		this.commitments.addClickListener(click -> {
			Fulfilment f = this.shown;
			if (f != null) {
				new CommitmentDialog(this.fulfilment, f, this.projectDefaults, this::reload).open();
			}
		});
		this.progress.setText(getTranslation("fulfilment.action.progress"));
		this.progress.addClickListener(click -> {
			Fulfilment f = this.shown;
			if (f != null && f.commitment() != null) {
				new ProgressDialog(this.fulfilment, f.commitment(), this::reload).open();
			}
		});
		this.addFunds.setText(getTranslation("fulfilment.action.funds"));
		this.addFunds.addClickListener(click -> new FundsDialog(this.fulfilment, this.projectId, this::reload).open());
		var actions = new HorizontalLayout(this.commitments, this.progress, this.addFunds);
		add(new H3(getTranslation("fulfilment.title")), this.idleLand, this.empty, actions, this.figures, this.dates,
				new H4(getTranslation("fulfilment.funds.title")), this.fundsSummary, this.funds,
				new H4(getTranslation("fulfilment.years.title")), this.years);
	}

	/** Shown for signed projects only. */
	void load(ProjectDetail p) {
		this.projectId = p.id();
		this.projectDefaults = p;
		reload();
	}

	private void reload() {
		Fulfilment f = this.fulfilment.fulfilment(this.projectId, LocalDate.now());
		this.shown = f;
		setVisible(f.signed());
		boolean recorded = f.commitment() != null;
		this.empty.setVisible(!recorded);
		this.commitments.setVisible(f.commitmentsEditable());
		this.progress.setVisible(f.progressEditable());
		this.addFunds.setVisible(f.progressEditable());
		LocalDate today = LocalDate.now();
		this.figures.setItems(f.figureLines());
		this.dates.setItems(f.dateLines(today));
		this.figures.setVisible(recorded);
		this.dates.setVisible(recorded);
		this.funds.setItems(f.funds());
		this.years.setItems(f.years());
		Locale locale = getLocale();
		this.fundsSummary.setText(getTranslation("fulfilment.funds.summary", Formats.wanYuan(f.fundsInPlace(), locale),
				Formats.wanYuan(f.fundsInPlace(FundsKind.FIXED_ASSET), locale),
				Formats.wanYuan(f.fundsInPlace(FundsKind.WORKING_CAPITAL), locale),
				Formats.wanYuan(f.fundsFrom(FundsOrigin.OUTSIDE_PROVINCE), locale),
				Formats.wanYuan(f.fundsFrom(FundsOrigin.PROVINCE_OUTSIDE_CITY), locale),
				Formats.wanYuan(f.fundsFrom(FundsOrigin.IN_CITY), locale)));
		IdleLandClock clock = f.idleLand();
		this.idleLand.setVisible(clock != null);
		if (clock != null) {
			this.idleLand.setText(idleText(clock, locale));
		}
	}

	/** The idle-land clock in a sentence, with the date each consequence falls due. */
	String idleText(IdleLandClock clock, Locale locale) {
		String fee = (clock.fee() != null) ? Formats.wanYuan(clock.fee(), locale)
				: getTranslation("fulfilment.idle.fee-unknown");
		return getTranslation("fulfilment.idle.text", getTranslation("fulfilment.idle.basis." + clock.basis().name()),
				clock.since().toString(), clock.idleFrom().toString(), fee, clock.takeBackFrom().toString(),
				getTranslation("fulfilment.idle.status." + clock.status().name()));
	}

	private String figure(FigureLine.Item item, @Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return "—";
		}
		return (item == FigureLine.Item.JOBS) ? value.toPlainString() : Formats.wanYuan(value, locale);
	}

	private String lateness(DateLine l) {
		if (l.daysLate() == null) {
			return "";
		}
		if (l.actual() == null) {
			return getTranslation("fulfilment.date.overdue", l.daysLate());
		}
		return (l.daysLate() > 0) ? getTranslation("fulfilment.date.late", l.daysLate())
				: getTranslation("fulfilment.date.on-time");
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "—";
	}

}
