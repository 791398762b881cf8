package cn.zhaoshang.crm.matching;

import static cn.zhaoshang.crm.db.Tables.PLOT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.zhaoshang.crm.park.LandUse;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What matching needs of a plot besides its free land, kept in memory by plot id and
 * version. Matching one project weighs the free plots of every admitting park (about
 * 4,200 in a province): reading all their columns on every request cost 20 ms of the 33,
 * reading id, version and free land costs a third of that. A copy is used only while the
 * database has the same version (the CRM raises the version on every edit, a trigger on
 * edits made in SQL: V020), so each node stays right without being told of changes. Only
 * what a read-only transaction (or none) read is kept: a writing transaction may yet roll
 * back an edit whose version would then be written again with other values.
 */
@Component
class PlotCatalogue {

	/** A province has about 20,000 plots; past this many, start again. */
	private static final int MAX_PLOTS = 200_000;

	private final DSLContext dsl;

	private final Map<Long, Entry> plots = new ConcurrentHashMap<>();

	PlotCatalogue(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A plot's unchanging part at a version. */
	record Entry(long id, int version, long parkId, @Nullable Long zoneId, String code, LandUse landUse,
			@Nullable BigDecimal powerKva, @Nullable BigDecimal waterTPerDay, @Nullable BigDecimal gasM3PerDay,
			MatchPlot.@Nullable Rect plan) {

		MatchPlot withFree(BigDecimal freeMu) {
			return new MatchPlot(this.id, this.code, this.landUse, freeMu, this.powerKva, this.waterTPerDay,
					this.gasM3PerDay, this.plan);
		}

	}

	/**
	 * The plots at the versions given (id to version), read from the database where no
	 * copy of that version is held.
	 */
	Map<Long, Entry> at(Map<Long, Integer> versions) {
		Map<Long, Entry> found = new HashMap<>(versions.size() * 2);
		List<Long> missing = new ArrayList<>();
		versions.forEach((id, version) -> {
			Entry held = held(id, version);
			if (held != null) {
				found.put(id, held);
			}
			else {
				missing.add(id);
			}
		});
		if (!missing.isEmpty()) {
			Map<Long, Entry> loaded = load(missing);
			found.putAll(loaded);
			if (!TransactionSynchronizationManager.isActualTransactionActive()
					|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
				if (this.plots.size() + loaded.size() > MAX_PLOTS) {
					this.plots.clear();
				}
				this.plots.putAll(loaded);
			}
		}
		return found;
	}

	/** The copy held of the plot at this version, if any. */
	@Nullable Entry held(long id, int version) {
		Entry held = this.plots.get(id);
		return (held != null && held.version() == version) ? held : null;
	}

	private Map<Long, Entry> load(Collection<Long> ids) {
		Map<Long, Entry> loaded = new HashMap<>();
		this.dsl
			.select(PLOT.ID, PLOT.VERSION, PLOT.PARK_ID, PLOT.ZONE_ID, PLOT.CODE, PLOT.LAND_USE, PLOT.POWER_KVA,
					PLOT.WATER_T_PER_DAY, PLOT.GAS_M3_PER_DAY, PLOT.PLAN_X, PLOT.PLAN_Y, PLOT.PLAN_W, PLOT.PLAN_H)
			.from(PLOT)
			.where(PLOT.ID.in(ids))
			.forEach(r -> {
				boolean drawn = r.value10() != null && r.value11() != null && r.value12() != null
						&& r.value13() != null;
				loaded.put(r.value1(),
						new Entry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
								LandUse.valueOf(r.value6().getLiteral()), r.value7(), r.value8(), r.value9(),
								drawn ? new MatchPlot.Rect(r.value10(), r.value11(), r.value12(), r.value13()) : null));
			});
		return loaded;
	}

	/** How many plots are held (for tests). */
	int size() {
		return this.plots.size();
	}

}
