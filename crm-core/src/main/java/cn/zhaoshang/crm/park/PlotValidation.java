package cn.zhaoshang.crm.park;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The plot form's rules. The first argument of every refusal is the form's field name, so
 * the UI can show it next to that field. Returns the form trimmed and with figures
 * rounded (HALF_UP) to their columns' scale.
 */
final class PlotValidation {

	static final int PLAN_SIZE = 1000;

	/** More than the zone's whole construction land (14935 亩) is a typing error. */
	static final BigDecimal AREA_MAX = new BigDecimal("14935");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

	private PlotValidation() {
	}

	static PlotForm check(PlotForm f) {
		String code = TextRules.required(f.code(), "code", 30);
		if (!CODE.matcher(code).matches()) {
			throw new DomainException("plot.error.code-format", "code");
		}
		if (f.areaMu() == null) {
			throw new DomainException("validation.required", "areaMu");
		}
		BigDecimal area = f.areaMu().setScale(2, RoundingMode.HALF_UP);
		if (area.signum() <= 0) {
			throw new DomainException("plot.error.area-positive", "areaMu");
		}
		if (area.compareTo(AREA_MAX) > 0) {
			throw new DomainException("plot.error.area-too-large", "areaMu", AREA_MAX);
		}
		if (f.landUse() == null) {
			throw new DomainException("validation.required", "landUse");
		}
		checkPlan(f);
		return new PlotForm(f.id(), f.version(), f.parkId(), f.zoneId(), code.toUpperCase(java.util.Locale.ROOT), area,
				f.landUse(), nonNegative(f.powerKva(), "powerKva"), nonNegative(f.waterTPerDay(), "waterTPerDay"),
				nonNegative(f.gasM3PerDay(), "gasM3PerDay"), f.planX(), f.planY(), f.planW(), f.planH(),
				nonNegative(f.landPrice(), "landPrice"), TextRules.multiline(f.notes(), "notes", 500));
	}

	/** All four rectangle numbers or none; inside the 1000 × 1000 plan. */
	private static void checkPlan(PlotForm f) {
		Integer[] plan = { f.planX(), f.planY(), f.planW(), f.planH() };
		int given = 0;
		for (Integer value : plan) {
			given += (value != null) ? 1 : 0;
		}
		if (given == 0) {
			return;
		}
		if (given < 4) {
			throw new DomainException("plot.error.plan-incomplete", "plan");
		}
		int x = f.planX();
		int y = f.planY();
		int w = f.planW();
		int h = f.planH();
		if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > PLAN_SIZE || y + h > PLAN_SIZE) {
			throw new DomainException("plot.error.plan-outside", "plan", PLAN_SIZE);
		}
	}

	private static @Nullable BigDecimal nonNegative(@Nullable BigDecimal value, String field) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new DomainException("plot.error.negative", field);
		}
		if (value.compareTo(new BigDecimal("9999999999")) > 0) {
			throw new DomainException("plot.error.too-large", field);
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
