package cn.zhaoshang.crm.matching;

import java.math.BigDecimal;

import cn.zhaoshang.crm.park.LandUse;
import org.jspecify.annotations.Nullable;

/**
 * A plot as matching sees it: its free land, land use, utilities and its rectangle on the
 * park plan (null when not drawn: then it is adjacent to nothing).
 */
public record MatchPlot(long id, String code, LandUse landUse, BigDecimal freeMu, @Nullable BigDecimal powerKva,
		@Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay, @Nullable Rect plan) {

	/** A rectangle on the park's plan grid. */
	public record Rect(int x, int y, int w, int h) {

		/** The two share a stretch of border (touching corners do not count). */
		boolean adjacentTo(Rect o) {
			boolean sideBySide = (this.x + this.w == o.x || o.x + o.w == this.x) && overlap(this.y, this.h, o.y, o.h);
			boolean aboveBelow = (this.y + this.h == o.y || o.y + o.h == this.y) && overlap(this.x, this.w, o.x, o.w);
			return sideBySide || aboveBelow;
		}

		private static boolean overlap(int a, int aLength, int b, int bLength) {
			return Math.min(a + aLength, b + bLength) > Math.max(a, b);
		}

	}

}
