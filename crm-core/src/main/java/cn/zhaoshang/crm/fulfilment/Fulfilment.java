package cn.zhaoshang.crm.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A project's commitments beside its actuals, for the project page.
 *
 * @param commitmentsEditable the caller may record the contract's commitments
 * @param progressEditable the caller may record progress and funds (also the park's
 * operator)
 * @param signed the project is at SIGNED or later: commitments may be recorded
 * @param commitment null until recorded
 * @param years the tenant's yearly figures for this project, oldest first
 * @param idleLand the idle-land clock today, null when none runs
 */
public record Fulfilment(long projectId, boolean signed, boolean commitmentsEditable, boolean progressEditable,
		@Nullable Commitment commitment, List<FundsEntry> funds, List<YearActual> years,
		@Nullable IdleLandClock idleLand) {

	public Fulfilment {
		funds = List.copyOf(funds);
		years = List.copyOf(years);
	}

	public BigDecimal fundsInPlace() {
		return this.funds.stream().map(FundsEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal fundsInPlace(FundsKind kind) {
		return this.funds.stream()
			.filter(f -> f.kind() == kind)
			.map(FundsEntry::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal fundsFrom(FundsOrigin origin) {
		return this.funds.stream()
			.filter(f -> f.origin() == origin)
			.map(FundsEntry::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The commitments in figures beside their actuals (empty until commitments are
	 * recorded).
	 */
	public List<FigureLine> figureLines() {
		Commitment c = this.commitment;
		if (c == null) {
			return List.of();
		}
		YearActual year = latestYear();
		Integer y = (year != null) ? year.year() : null;
		return List.of(new FigureLine(FigureLine.Item.INVESTMENT, c.investment(), fundsInPlace(), null),
				new FigureLine(FigureLine.Item.FIXED_ASSETS, c.fixedAssetInvestment(),
						fundsInPlace(FundsKind.FIXED_ASSET), null),
				new FigureLine(FigureLine.Item.OUTPUT, c.annualOutput(), (year != null) ? year.output() : null, y),
				new FigureLine(FigureLine.Item.TAX, c.annualTax(), (year != null) ? year.tax() : null, y),
				new FigureLine(FigureLine.Item.JOBS, (c.jobs() != null) ? BigDecimal.valueOf(c.jobs()) : null,
						(year != null && year.employees() != null) ? BigDecimal.valueOf(year.employees()) : null, y));
	}

	/** The dated commitments beside their actual dates on {@code asOf}. */
	public List<DateLine> dateLines(LocalDate asOf) {
		Commitment c = this.commitment;
		if (c == null) {
			return List.of();
		}
		return List.of(DateLine.of(DateLine.Milestone.START, c.constructionStart(), c.actualStart(), asOf),
				DateLine.of(DateLine.Milestone.PRODUCTION, c.productionDate(), c.actualProduction(), asOf),
				DateLine.of(DateLine.Milestone.CAPACITY, null, c.actualCapacity(), asOf));
	}

	/** The most recent year with figures, null when none. */
	public @Nullable YearActual latestYear() {
		return this.years.isEmpty() ? null : this.years.getLast();
	}

}
