package cn.zhaoshang.crm.land;

import static cn.zhaoshang.crm.db.Tables.LAND_ALLOCATION;
import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;

import cn.zhaoshang.crm.db.enums.LandAllocationStatus;
import cn.zhaoshang.crm.db.tables.records.LandAllocationRecord;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Looks up demo rows by their natural keys and signs in demo users. */
record LandFixture(DSLContext dsl, UserDetailsService users) {

	long plot(String code) {
		return this.dsl.fetchValue(PLOT.ID, PLOT.CODE.eq(code));
	}

	long park(String code) {
		return this.dsl.fetchValue(PARK.ID, PARK.CODE.eq(code));
	}

	long project(String code) {
		return this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq(code));
	}

	/** The (first) land request of a project. */
	long request(String projectCode) {
		return this.dsl.select(LAND_REQUEST.ID)
			.from(LAND_REQUEST)
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID))
			.where(PROJECT.CODE.eq(projectCode))
			.orderBy(LAND_REQUEST.ID)
			.limit(1)
			.fetchSingle(LAND_REQUEST.ID);
	}

	/** The running allocation of a project on a plot. */
	LandAllocationRecord open(String plotCode, String projectCode) {
		return this.dsl.selectFrom(LAND_ALLOCATION)
			.where(LAND_ALLOCATION.PLOT_ID.eq(plot(plotCode)))
			.and(LAND_ALLOCATION.PROJECT_ID.eq(project(projectCode)))
			.and(LAND_ALLOCATION.STATUS.in(LandAllocationStatus.RESERVED, LandAllocationStatus.CONFIRMED))
			.fetchSingle();
	}

	LandAllocationRecord allocation(long id) {
		return this.dsl.selectFrom(LAND_ALLOCATION).where(LAND_ALLOCATION.ID.eq(id)).fetchSingle();
	}

	String plotStatus(String code) {
		return this.dsl.fetchValue(PLOT.STATUS, PLOT.CODE.eq(code)).getLiteral();
	}

	void signInAs(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
