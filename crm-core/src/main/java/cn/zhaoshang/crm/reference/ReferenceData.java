package cn.zhaoshang.crm.reference;

import static cn.zhaoshang.crm.db.Tables.INDUSTRY;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static cn.zhaoshang.crm.db.Tables.PARK_ZONE;

import java.util.List;

import cn.zhaoshang.crm.investor.IndustryCluster;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists every signed-in user may read: they carry no confidential figures.
 * Read whole because they are a few dozen rows that only migrations change.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

	private final DSLContext dsl;

	public ReferenceData(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Industries in the plan's order (cluster, then sort order). */
	@PreAuthorize("@access.may('REFERENCE_READ')")
	public List<IndustryRef> industries() {
		return this.dsl.select(INDUSTRY.ID, INDUSTRY.CODE, INDUSTRY.NAME_ZH, INDUSTRY.NAME_EN, INDUSTRY.CLUSTER)
			.from(INDUSTRY)
			.orderBy(INDUSTRY.CLUSTER, INDUSTRY.SORT_ORDER, INDUSTRY.ID)
			.fetch(r -> new IndustryRef(r.value1(), r.value2(), r.value3(), r.value4(),
					IndustryCluster.valueOf(r.value5().name())));
	}

	@PreAuthorize("@access.may('REFERENCE_READ')")
	public List<ParkRef> parks() {
		return this.dsl.select(PARK.ID, PARK.CODE, PARK.NAME_ZH, PARK.NAME_EN)
			.from(PARK)
			.orderBy(PARK.SORT_ORDER, PARK.ID)
			.fetch(r -> new ParkRef(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/**
	 * Zones of all parks, ordered by park then zone; a form narrows them to the chosen
	 * park.
	 */
	@PreAuthorize("@access.may('REFERENCE_READ')")
	public List<ZoneRef> zones() {
		return this.dsl.select(PARK_ZONE.ID, PARK_ZONE.PARK_ID, PARK_ZONE.CODE, PARK_ZONE.NAME_ZH, PARK_ZONE.NAME_EN)
			.from(PARK_ZONE)
			.join(PARK)
			.on(PARK.ID.eq(PARK_ZONE.PARK_ID))
			.orderBy(PARK.SORT_ORDER, PARK_ZONE.SORT_ORDER, PARK_ZONE.ID)
			.fetch(r -> new ZoneRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

}
