package cn.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.shared.LeadSource;
import org.jspecify.annotations.Nullable;

/**
 * Everything a project records, as the caller may see it. When {@code nameHidden}, the
 * project is code-named and the caller has no need-to-know: {@code name} is the code name
 * and the investor's name and the description (which would give it away) are null.
 *
 * @param editable whether the caller may edit it and move its stage
 * @param figures the derived figures (投资强度, 亩均产值/税收, major project)
 */
public record ProjectDetail(long id, int version, String code, String name, boolean nameHidden,
		@Nullable String codeName, boolean confidential, long investorId, @Nullable String investorName,
		@Nullable Long industryId, Stage stage, @Nullable Stage stageBeforeHold, LocalDateTime stageChangedAt,
		@Nullable String lostReason, @Nullable BigDecimal investmentTotal, @Nullable BigDecimal investmentForeignUsd,
		@Nullable BigDecimal fixedAssetInvestment, @Nullable BigDecimal landRequestedMu,
		@Nullable BigDecimal buildingAreaM2, @Nullable Long preferredParkId, @Nullable Long preferredZoneId,
		@Nullable BigDecimal annualOutput, @Nullable BigDecimal annualTax, @Nullable Integer jobs,
		@Nullable BigDecimal energyTce, @Nullable BigDecimal codT, @Nullable BigDecimal nh3nT,
		@Nullable BigDecimal so2T, @Nullable BigDecimal noxT, @Nullable BigDecimal powerKva,
		@Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay, @Nullable String capacityText,
		@Nullable LocalDate expectedSigningDate, long ownerId, String ownerName, @Nullable LeadSource source,
		@Nullable String description, boolean editable, LocalDateTime createdAt, LocalDateTime updatedAt,
		ProjectFigures figures) {

}
