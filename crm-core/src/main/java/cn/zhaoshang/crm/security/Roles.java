package cn.zhaoshang.crm.security;

import java.util.List;

/** The four roles of the CRM (Spring authorities are {@code ROLE_} + these names). */
public final class Roles {

	/** 招商专员: owns leads and projects. */
	public static final String STAFF = "STAFF";

	/** 招商局长/主任: sees every lead, reviews the pipeline, approves. */
	public static final String DIRECTOR = "DIRECTOR";

	/** 园区运营方: scoped to one park. */
	public static final String PARK_OPERATOR = "PARK_OPERATOR";

	/** 管理员: users, roles, reference data. */
	public static final String ADMIN = "ADMIN";

	public static final List<String> ALL = List.of(STAFF, DIRECTOR, PARK_OPERATOR, ADMIN);

	private Roles() {
	}

}
