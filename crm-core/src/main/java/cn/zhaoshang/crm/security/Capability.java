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
