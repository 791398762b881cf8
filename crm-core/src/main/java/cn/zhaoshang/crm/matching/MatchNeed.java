package cn.zhaoshang.crm.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.zhaoshang.crm.park.LandUse;
import cn.zhaoshang.crm.project.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A project's land request as matching sees it, with the figures a tenant decision needs
 * (never the staff's notes). The project's name is its code name and the investor is null
 * when the caller has no need-to-know.
 *
 * @param industryLine the project's industry and the sectors above it
 * @param areaMu land still to find for the request
 * @param figuresLandMu the land the per-亩 figures are computed on (the project's land
 * requested, else the request's area)
 * @param investmentTotal 万元; annualOutput, annualTax 万元/年; energyTce tce/年
 */
public record MatchNeed(long landRequestId, long projectId, String projectCode, String projectName,
		@Nullable String investorName, Stage stage, @Nullable Long industryId, @Nullable String industryNameZh,
		@Nullable String industryNameEn, Set<Long> industryLine, boolean highPollution, BigDecimal areaMu,
		BigDecimal requestAreaMu, @Nullable LandUse landUse, @Nullable Long preferredParkId,
		@Nullable Long preferredZoneId, @Nullable BigDecimal powerKva, @Nullable BigDecimal waterTPerDay,
		@Nullable BigDecimal gasM3PerDay, @Nullable BigDecimal investmentTotal, BigDecimal figuresLandMu,
		@Nullable BigDecimal annualOutput, @Nullable BigDecimal annualTax, @Nullable BigDecimal energyTce,
		@Nullable LocalDate expectedSigningDate) {

	public MatchNeed {
		industryLine = Set.copyOf(industryLine);
	}

}
