package cn.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.zhaoshang.crm.shared.LeadSource;
import org.jspecify.annotations.Nullable;

/**
 * What the project form edits. The stage is not part of it: a new project starts at
 * {@link Stage#LEAD} and moves only through {@link ProjectService#moveStage}. The code
 * (项目编号) is given by the service on create.
 *
 * @param id null for a new project
 * @param version the version the form was loaded at (optimistic locking)
 * @param codeName 项目代号, required when {@code confidential}
 * @param ownerId null: the current user on create, unchanged on update
 */
public record ProjectForm(@Nullable Long id, int version, @Nullable String name, @Nullable String codeName,
		boolean confidential, @Nullable Long investorId, @Nullable Long industryId,
		@Nullable BigDecimal investmentTotal, @Nullable BigDecimal investmentForeignUsd,
		@Nullable BigDecimal fixedAssetInvestment, @Nullable BigDecimal landRequestedMu,
		@Nullable BigDecimal buildingAreaM2, @Nullable Long preferredParkId, @Nullable Long preferredZoneId,
		@Nullable BigDecimal annualOutput, @Nullable BigDecimal annualTax, @Nullable Integer jobs,
		@Nullable BigDecimal energyTce, @Nullable BigDecimal codT, @Nullable BigDecimal nh3nT,
		@Nullable BigDecimal so2T, @Nullable BigDecimal noxT, @Nullable BigDecimal powerKva,
		@Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay, @Nullable String capacityText,
		@Nullable LocalDate expectedSigningDate, @Nullable LeadSource source, @Nullable String description,
		@Nullable Long ownerId) {

	/** An empty form for a new project of {@code investorId}. */
	public static ProjectForm create(String name, long investorId) {
		return new ProjectForm(null, 0, name, null, false, investorId, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The form for editing a loaded project. Only callers who see the real name may edit,
	 * so a detail with a hidden name has no form.
	 */
	public static ProjectForm of(ProjectDetail d) {
		if (d.nameHidden()) {
			throw new IllegalStateException("project " + d.id() + " is shown under its code name");
		}
		return new ProjectForm(d.id(), d.version(), d.name(), d.codeName(), d.confidential(), d.investorId(),
				d.industryId(), d.investmentTotal(), d.investmentForeignUsd(), d.fixedAssetInvestment(),
				d.landRequestedMu(), d.buildingAreaM2(), d.preferredParkId(), d.preferredZoneId(), d.annualOutput(),
				d.annualTax(), d.jobs(), d.energyTce(), d.codT(), d.nh3nT(), d.so2T(), d.noxT(), d.powerKva(),
				d.waterTPerDay(), d.gasM3PerDay(), d.capacityText(), d.expectedSigningDate(), d.source(),
				d.description(), d.ownerId());
	}

	/** The same form with another owner. */
	public ProjectForm withOwner(long owner) {
		return new ProjectForm(this.id, this.version, this.name, this.codeName, this.confidential, this.investorId,
				this.industryId, this.investmentTotal, this.investmentForeignUsd, this.fixedAssetInvestment,
				this.landRequestedMu, this.buildingAreaM2, this.preferredParkId, this.preferredZoneId,
				this.annualOutput, this.annualTax, this.jobs, this.energyTce, this.codT, this.nh3nT, this.so2T,
				this.noxT, this.powerKva, this.waterTPerDay, this.gasM3PerDay, this.capacityText,
				this.expectedSigningDate, this.source, this.description, owner);
	}

}
