package cn.zhaoshang.crm.land;

import java.util.Locale;

/** Why an allocation was released. */
public enum ReleaseKind {

	/** by a user, with a reason */
	MANUAL,

	/** the reservation ran out unconfirmed */
	EXPIRED,

	/** the project was lost (终止) */
	PROJECT_LOST,

	/** the project exited (退出) */
	PROJECT_EXITED;

	public String messageKey() {
		return "allocation.release-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
