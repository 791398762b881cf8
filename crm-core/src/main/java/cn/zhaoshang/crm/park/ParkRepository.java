package cn.zhaoshang.crm.park;

import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import cn.zhaoshang.crm.db.enums.PlotStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class ParkRepository {

	private final DSLContext dsl;

	ParkRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** All parks, or only {@code parkScope} when the caller is confined to one. */
	List<ParkOverview> overview(Optional<Long> parkScope) {
		return this.dsl
			.select(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN, PARK.PLANNED_AREA_MU, PARK.PLANNED_INVESTMENT,
					count(PLOT.ID), areaIn(PlotStatus.AVAILABLE), areaIn(PlotStatus.RESERVED),
					areaIn(PlotStatus.ALLOCATED), areaIn(PlotStatus.IDLE, PlotStatus.RECLAIMING))
			.from(PARK)
			.leftJoin(PLOT)
			.on(PLOT.PARK_ID.eq(PARK.ID))
			.where(parkScope.map(PARK.ID::eq).orElse(noCondition()))
			.groupBy(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN, PARK.PLANNED_AREA_MU, PARK.PLANNED_INVESTMENT,
					PARK.SORT_ORDER)
			.orderBy(PARK.SORT_ORDER, PARK.ID)
			.fetch(r -> new ParkOverview(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					(r.value6() != null) ? r.value6() : BigDecimal.ZERO, r.value7(), r.value8(), r.value9(),
					r.value10(), r.value11()));
	}

	private static Field<BigDecimal> areaIn(PlotStatus... statuses) {
		return coalesce(sum(when(PLOT.STATUS.in(statuses), PLOT.AREA_MU).otherwise(BigDecimal.ZERO)), BigDecimal.ZERO);
	}

}
