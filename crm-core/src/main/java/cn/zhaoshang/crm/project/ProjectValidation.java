package cn.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.regex.Pattern;

import cn.zhaoshang.crm.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The project form's rules, checked in crm-core whatever the UI let through. Returns the
 * form with texts trimmed (blank to null) and every figure rounded (HALF_UP) to the scale
 * of its column.
 */
final class ProjectValidation {

	static final int NAME_MAX = 200;

	static final int CODE_NAME_MAX = 100;

	static final int CAPACITY_TEXT_MAX = 200;

	static final int DESCRIPTION_MAX = 5000;

	static final int NOTE_MAX = 1000;

	static final int LOST_REASON_MAX = 500;

	/**
	 * The zone's land inside the planned construction area: 9.957 km² × 1500 = 14,935.5
	 * 亩. The database has the same limit (V011).
	 */
	public static final BigDecimal LAND_MAX_MU = new BigDecimal("14935.5");

	/** 10,000 亿元 in 万元: more is a typing error. */
	public static final BigDecimal INVESTMENT_MAX = new BigDecimal("100000000");

	/** Expected signing dates outside these years are typing errors (also in V011). */
	static final LocalDate DATE_MIN = LocalDate.of(2000, 1, 1);

	static final LocalDate DATE_MAX = LocalDate.of(2099, 12, 31);

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	private ProjectValidation() {
	}

	static ProjectForm check(ProjectForm f) {
		String name = name(f.name());
		String codeName = text(f.codeName(), "codeName", CODE_NAME_MAX);
		if (f.confidential() && codeName == null) {
			throw new DomainException("project.error.code-name-required");
		}
		if (f.investorId() == null) {
			throw new DomainException("project.error.investor-required");
		}
		if (f.preferredZoneId() != null && f.preferredParkId() == null) {
			throw new DomainException("project.error.zone-without-park");
		}
		BigDecimal investmentTotal = investment(decimal(f.investmentTotal(), "investmentTotal", 14, 2),
				"investmentTotal");
		BigDecimal fixedAssets = investment(decimal(f.fixedAssetInvestment(), "fixedAssetInvestment", 14, 2),
				"fixedAssetInvestment");
		BigDecimal land = decimal(f.landRequestedMu(), "landRequestedMu", 12, 2);
		if (land != null && land.compareTo(LAND_MAX_MU) > 0) {
			throw new DomainException("project.error.land-too-large", LAND_MAX_MU);
		}
		if (f.jobs() != null && f.jobs() < 0) {
			throw new DomainException("project.error.negative", "jobs");
		}
		if (f.expectedSigningDate() != null
				&& (f.expectedSigningDate().isBefore(DATE_MIN) || f.expectedSigningDate().isAfter(DATE_MAX))) {
			throw new DomainException("project.error.date-out-of-range", "expectedSigningDate", DATE_MIN.getYear(),
					DATE_MAX.getYear());
		}
		return new ProjectForm(f.id(), f.version(), name, codeName, f.confidential(), f.investorId(), f.industryId(),
				investmentTotal,
				investment(decimal(f.investmentForeignUsd(), "investmentForeignUsd", 14, 2), "investmentForeignUsd"),
				fixedAssets, land, decimal(f.buildingAreaM2(), "buildingAreaM2", 14, 2), f.preferredParkId(),
				f.preferredZoneId(), decimal(f.annualOutput(), "annualOutput", 14, 2),
				decimal(f.annualTax(), "annualTax", 14, 2), f.jobs(), decimal(f.energyTce(), "energyTce", 12, 2),
				decimal(f.codT(), "codT", 12, 3), decimal(f.nh3nT(), "nh3nT", 12, 3), decimal(f.so2T(), "so2T", 12, 3),
				decimal(f.noxT(), "noxT", 12, 3), decimal(f.powerKva(), "powerKva", 12, 2),
				decimal(f.waterTPerDay(), "waterTPerDay", 12, 2), decimal(f.gasM3PerDay(), "gasM3PerDay", 12, 2),
				text(f.capacityText(), "capacityText", CAPACITY_TEXT_MAX), f.expectedSigningDate(), f.source(),
				multiline(f.description(), "description", DESCRIPTION_MAX), f.ownerId());
	}

	/** The note of a stage move: trimmed, at most {@value #NOTE_MAX} characters. */
	static @Nullable String note(@Nullable String note) {
		return multiline(note, "note", NOTE_MAX);
	}

	static @Nullable String lostReason(@Nullable String reason) {
		return multiline(reason, "lostReason", LOST_REASON_MAX);
	}

	private static String name(@Nullable String text) {
		String value = blankToNull(text);
		if (value == null) {
			throw new DomainException("project.error.name-required");
		}
		if (length(value) > NAME_MAX) {
			throw new DomainException("project.error.name-too-long", NAME_MAX);
		}
		if (CONTROL.matcher(value).find()) {
			throw new DomainException("project.error.name-control-characters");
		}
		return value;
	}

	private static @Nullable String text(@Nullable String text, String field, int max) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		if (length(value) > max) {
			throw new DomainException("project.error.text-too-long", field, max);
		}
		if (CONTROL.matcher(value).find()) {
			throw new DomainException("project.error.text-control-characters", field);
		}
		return value;
	}

	private static @Nullable String multiline(@Nullable String text, String field, int max) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		if (length(value) > max) {
			throw new DomainException("project.error.text-too-long", field, max);
		}
		if (CONTROL_BUT_LINES.matcher(value).find()) {
			throw new DomainException("project.error.text-control-characters", field);
		}
		return value;
	}

	/**
	 * Non-negative, rounded to the column's scale, and small enough for its precision.
	 */
	private static @Nullable BigDecimal decimal(@Nullable BigDecimal value, String field, int precision, int scale) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new DomainException("project.error.negative", field);
		}
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		if (rounded.precision() - rounded.scale() > precision - scale) {
			throw new DomainException("project.error.number-too-large", field);
		}
		return rounded;
	}

	private static @Nullable BigDecimal investment(@Nullable BigDecimal value, String field) {
		if (value != null && value.compareTo(INVESTMENT_MAX) > 0) {
			throw new DomainException("project.error.investment-too-large", field, INVESTMENT_MAX);
		}
		return value;
	}

	/** Characters as the database counts them (code points, not UTF-16 units). */
	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
