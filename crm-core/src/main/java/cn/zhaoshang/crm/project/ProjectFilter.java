package cn.zhaoshang.crm.project;

import java.time.LocalDate;

import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.investor.Ownership;
import org.jspecify.annotations.Nullable;

/**
 * What the project list is narrowed to. Every criterion is optional.
 *
 * @param name start of the project's name, code name or code (prefix search); a hidden
 * real name never matches
 * @param stage only projects at this stage
 * @param expectedSigningFrom expected signing on or after this day
 * @param expectedSigningTo expected signing on or before this day
 * @param industryId the project's industry (产业)
 * @param cluster the cluster of the project's industry (汽车/新兴/传统)
 * @param ownership 企业性质 of the project's investor
 * @param countryCode country of the project's investor, e.g. KR
 */
public record ProjectFilter(@Nullable String name, @Nullable Stage stage, @Nullable Long investorId,
		@Nullable Long ownerId, @Nullable Long preferredParkId, @Nullable LocalDate expectedSigningFrom,
		@Nullable LocalDate expectedSigningTo, @Nullable Long industryId, @Nullable IndustryCluster cluster,
		@Nullable Ownership ownership, @Nullable String countryCode) {

	public ProjectFilter(@Nullable String name, @Nullable Stage stage, @Nullable Long investorId,
			@Nullable Long ownerId, @Nullable Long preferredParkId, @Nullable LocalDate expectedSigningFrom,
			@Nullable LocalDate expectedSigningTo) {
		this(name, stage, investorId, ownerId, preferredParkId, expectedSigningFrom, expectedSigningTo, null, null,
				null, null);
	}

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, null, null, null);
	}

	public static ProjectFilter byName(String name) {
		return new ProjectFilter(name, null, null, null, null, null, null);
	}

	public static ProjectFilter byStage(Stage stage) {
		return new ProjectFilter(null, stage, null, null, null, null, null);
	}

}
