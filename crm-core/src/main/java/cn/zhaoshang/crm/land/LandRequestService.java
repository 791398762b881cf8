package cn.zhaoshang.crm.land;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.db.tables.records.LandRequestRecord;
import cn.zhaoshang.crm.park.ParkAccess;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's land requests (用地需求): area, preferred park and zone, land use and utility
 * needs. Whoever sees the project reads them (a park operator: those for their park or
 * for no park); whoever may edit the project edits them. The first argument of a refusal
 * names the form's field.
 */
@Service
@Transactional(readOnly = true)
public class LandRequestService {

	static final String ENTITY = "land_request";

	/** The zone's whole construction land: more is a typing error. */
	static final BigDecimal AREA_MAX = new BigDecimal("14935");

	private final LandRepository land;

	private final ProjectService projects;

	private final ParkAccess parks;

	private final AuditLog audit;

	public LandRequestService(LandRepository land, ProjectService projects, ParkAccess parks, AuditLog audit) {
		this.land = land;
		this.projects = projects;
		this.parks = parks;
		this.audit = audit;
	}

	@PreAuthorize("@access.may('PARK_READ')")
	public List<LandRequestRow> forProject(long projectId) {
		this.projects.get(projectId); // refuses a project the caller may not see
		return this.land.requests(projectId, this.parks.scope());
	}

	/** Creates or edits a request and returns its id. */
	@Transactional
	@PreAuthorize("@access.may('LAND_REQUEST_WRITE')")
	public long save(LandRequestForm form) {
		mayEdit(form.projectId());
		LandRequestForm f = check(form);
		if (f.id() == null) {
			long id = this.land.insertRequest(f);
			this.audit.record("CREATE", ENTITY, id, describe(f));
			return id;
		}
		LandRequestRecord before = this.land.lockRequest(f.id())
			.orElseThrow(() -> new DomainException("land-request.error.not-found"));
		if (before.getProjectId() != f.projectId()) {
			throw new AccessDeniedException("a land request does not move to another project");
		}
		BigDecimal held = this.land.heldForRequest(f.id());
		if (Objects.requireNonNull(f.areaMu()).compareTo(held) < 0) {
			throw new DomainException("land-request.error.below-held", "areaMu", held);
		}
		if (!this.land.updateRequest(f)) {
			throw new ConcurrentEditException("land-request.error.stale");
		}
		this.audit.record("UPDATE", ENTITY, f.id(), "was: " + before.getAreaMu() + " mu; now: " + describe(f));
		return f.id();
	}

	/** Deletes a request that holds no land. */
	@Transactional
	@PreAuthorize("@access.may('LAND_REQUEST_WRITE')")
	public void delete(long id, int version) {
		LandRequestRecord request = this.land.lockRequest(id)
			.orElseThrow(() -> new DomainException("land-request.error.not-found"));
		mayEdit(request.getProjectId());
		if (this.land.heldForRequest(id).signum() > 0) {
			throw new DomainException("land-request.error.holds-land");
		}
		if (!this.land.deleteRequest(id, version)) {
			throw new ConcurrentEditException("land-request.error.stale");
		}
		this.audit.record("DELETE", ENTITY, id,
				"project " + request.getProjectId() + ", " + request.getAreaMu() + " mu");
	}

	private void mayEdit(long projectId) {
		ProjectDetail project = this.projects.get(projectId);
		if (!project.editable()) {
			throw new AccessDeniedException("project " + projectId + " is not editable by the caller");
		}
	}

	private LandRequestForm check(LandRequestForm f) {
		if (f.areaMu() == null) {
			throw new DomainException("validation.required", "areaMu");
		}
		BigDecimal area = f.areaMu().setScale(2, RoundingMode.HALF_UP);
		if (area.signum() <= 0) {
			throw new DomainException("land-request.error.area-positive", "areaMu");
		}
		if (area.compareTo(AREA_MAX) > 0) {
			throw new DomainException("land-request.error.area-too-large", "areaMu", AREA_MAX);
		}
		if (f.zoneId() != null && f.parkId() == null) {
			throw new DomainException("land-request.error.zone-without-park", "zoneId");
		}
		if (f.parkId() != null && !this.land.parkExists(f.parkId())) {
			throw new DomainException("land-request.error.park-not-found", "parkId");
		}
		if (f.zoneId() != null && !this.land.zoneInPark(Objects.requireNonNull(f.parkId()), f.zoneId())) {
			throw new DomainException("land-request.error.zone-not-in-park", "zoneId");
		}
		return new LandRequestForm(f.id(), f.version(), f.projectId(), area, f.parkId(), f.zoneId(), f.landUse(),
				nonNegative(f.powerKva(), "powerKva"), nonNegative(f.waterTPerDay(), "waterTPerDay"),
				nonNegative(f.gasM3PerDay(), "gasM3PerDay"), TextRules.multiline(f.notes(), "notes", 500));
	}

	private static @Nullable BigDecimal nonNegative(@Nullable BigDecimal value, String field) {
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new DomainException("land-request.error.negative", field);
		}
		if (value.compareTo(new BigDecimal("9999999999")) > 0) {
			throw new DomainException("land-request.error.too-large", field);
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static String describe(LandRequestForm f) {
		return "project " + f.projectId() + ", " + f.areaMu() + " mu, park " + f.parkId() + ", zone " + f.zoneId()
				+ ", " + f.landUse() + ", power " + f.powerKva() + " kVA, water " + f.waterTPerDay() + " t/d, gas "
				+ f.gasM3PerDay() + " m3/d";
	}

}
