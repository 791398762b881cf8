package cn.zhaoshang.crm.security;

import static cn.zhaoshang.crm.security.Roles.ADMIN;
import static cn.zhaoshang.crm.security.Roles.DIRECTOR;
import static cn.zhaoshang.crm.security.Roles.PARK_OPERATOR;
import static cn.zhaoshang.crm.security.Roles.STAFF;

import java.util.Collection;
import java.util.Set;

/**
 * What a role may do, feature by feature: the one table the service methods' checks
 * ({@code @PreAuthorize("@access.may('…')")}) and the views read. Ownership and park
 * scope narrow it further per record (see {@link Access}). README's access matrix is this
 * table; a test keeps the two equal.
 */
public enum Capability {

	/** The investor directory: list, search, a firm with its contacts and group. */
	INVESTOR_READ("Investor directory: read", STAFF, DIRECTOR, ADMIN),

	/** Create and edit firms and contacts (staff: own or unowned firms), import. */
	INVESTOR_WRITE("Investors and contacts: create, edit, import", STAFF, DIRECTOR, ADMIN),

	/** Export the investor list to Excel (audited). */
	INVESTOR_EXPORT("Investors: export to Excel", STAFF, DIRECTOR, ADMIN),

	/**
	 * Projects: list, page, board (staff: own/shared; operators: their park's,
	 * read-only).
	 */
	PROJECT_READ("Projects: read (scoped)", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Projects: create, edit, move stages, share (staff: own/shared). */
	PROJECT_WRITE("Projects: create, edit, move stage, share", STAFF, DIRECTOR, ADMIN),

	/** Hand a project to another owner. */
	PROJECT_ASSIGN("Projects: reassign owner", DIRECTOR, ADMIN),

	/** Log activities and follow-ups, "My work". */
	ACTIVITY("Activities and follow-ups", STAFF, DIRECTOR, ADMIN),

	/** Parks and their land (operators: their own park). */
	PARK_READ("Parks and land: read (scoped)", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Pick colleagues to share a project with. */
	COLLEAGUES("Colleague list (sharing)", STAFF, DIRECTOR, ADMIN),

	/** Industries, parks and zones the forms offer. */
	REFERENCE_READ("Reference lists (industries, parks, zones): read", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Export the project list to Excel, the rows the caller sees (audited). */
	PROJECT_EXPORT("Projects: export to Excel (scoped)", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Create and resize plots under the park-area invariant. */
	PLOT_EDIT("Plots: create and edit (operators: their park)", PARK_OPERATOR, ADMIN),

	/** A project's land requests (staff: own/shared projects). */
	LAND_REQUEST_WRITE("Land requests: create, edit, delete", STAFF, DIRECTOR, ADMIN),

	/** Reserve a plot for a project, release land by hand. */
	LAND_RESERVE("Land: reserve and release (operators: their park)", STAFF, DIRECTOR, PARK_OPERATOR),

	/** Confirm a reservation of a signed project. */
	LAND_CONFIRM("Land: confirm an allocation (供地)", DIRECTOR, PARK_OPERATOR),

	/** Move a plot through IDLE, RECLAIMING and back to AVAILABLE. */
	LAND_RECOVERY("Idle land: mark idle, recover, offer again (腾笼换鸟)", DIRECTOR, PARK_OPERATOR),

	/** The open projects that fit a park. */
	MATCHED_TENANTS("Matching: a park's matched projects", DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Cockpit and monthly report (staff: own projects; operators: their park's land). */
	REPORTS("Cockpit and monthly reports (scoped)", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Admission rules, a project's evaluations and the zone budgets. */
	ADMISSION_READ("Admission rules, evaluations, budgets: read", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Evaluate a project against a park's rules. */
	ADMISSION_EVALUATE("Admission: evaluate a project", STAFF, DIRECTOR, ADMIN),

	/** New versions of admission rules and grading cut-offs. */
	POLICY_EDIT("Admission rules and grading cut-offs: edit", DIRECTOR, ADMIN),

	/** A director's written override of a failed evaluation. */
	ADMISSION_OVERRIDE("Admission: override a FAIL before signing", DIRECTOR),

	/** Commitments beside actuals, progress, funds in place, idle-land clocks. */
	FULFILMENT("Commitments vs. actuals: read, progress, funds (scoped)", STAFF, DIRECTOR, PARK_OPERATOR, ADMIN),

	/** The contracted commitments of a signed project. */
	COMMITMENTS_WRITE("Commitments: record a signed project's contract", STAFF, DIRECTOR, ADMIN),

	/** 履约率, 开工率, 投产率, 资金到位率. */
	FULFILMENT_RATES("Fulfilment rates (zone or park)", DIRECTOR, PARK_OPERATOR, ADMIN),

	/** 亩均效益 figures, grades and recovery candidates. */
	TENANT_PERFORMANCE("Tenant performance: figures, import, grades (scoped)", DIRECTOR, PARK_OPERATOR, ADMIN),

	/** Search the whole audit trail. */
	AUDIT_SEARCH("Audit log: search", DIRECTOR, ADMIN),

	/** Users: create, roles, park, reset password, disable. */
	USER_ADMIN("Users: create, roles, park, password, disable", ADMIN);

	private final String feature;

	private final Set<String> roles;

	Capability(String feature, String... roles) {
		this.feature = feature;
		this.roles = Set.of(roles);
	}

	/** A short English name of the feature, for README's matrix. */
	public String feature() {
		return this.feature;
	}

	public Set<String> roles() {
		return this.roles;
	}

	public boolean grantedTo(Collection<String> userRoles) {
		return userRoles.stream().anyMatch(this.roles::contains);
	}

}
