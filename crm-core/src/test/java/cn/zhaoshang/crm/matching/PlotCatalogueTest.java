package cn.zhaoshang.crm.matching;

import static cn.zhaoshang.crm.db.Tables.LAND_REQUEST;
import static cn.zhaoshang.crm.db.Tables.PLOT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching keeps what does not change of a plot in memory, by version. These tests commit
 * (no rollback around them) and put AP-P-06 back as it was.
 */
@SpringBootTest
class PlotCatalogueTest {

	@Autowired
	MatchingService matching;

	@Autowired
	PlotCatalogue catalogue;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void putBack() {
		this.dsl.update(PLOT).set(PLOT.CODE, "AP-P-06").where(PLOT.CODE.like("AP-P-06%")).execute();
	}

	@Test
	@WithUserDetails("staff")
	void an_edit_made_in_sql_is_matched_at_once() {
		assertThat(bestPlots()).containsExactly("AP-P-06");
		assertThat(this.catalogue.size()).isGreaterThan(10);
		int version = this.dsl.fetchValue(PLOT.VERSION, PLOT.CODE.eq("AP-P-06"));

		this.dsl.update(PLOT).set(PLOT.CODE, "AP-P-06A").where(PLOT.CODE.eq("AP-P-06")).execute();
		assertThat(this.dsl.fetchValue(PLOT.VERSION, PLOT.CODE.eq("AP-P-06A"))).as("raised by the trigger")
			.isEqualTo(version + 1);
		assertThat(bestPlots()).containsExactly("AP-P-06A");

		// a change of the land held is not an edit
		for (int change : new int[] { 1, -1 }) {
			this.dsl.update(PLOT)
				.set(PLOT.HELD_MU, PLOT.HELD_MU.plus(change))
				.where(PLOT.CODE.eq("AP-P-06A"))
				.execute();
			assertThat(this.dsl.fetchValue(PLOT.VERSION, PLOT.CODE.eq("AP-P-06A"))).isEqualTo(version + 1);
		}
	}

	@Test
	@WithUserDetails("staff")
	void what_a_rolled_back_transaction_read_is_not_kept() {
		assertThat(bestPlots()).containsExactly("AP-P-06");
		this.transactions.executeWithoutResult(tx -> {
			this.dsl.update(PLOT).set(PLOT.CODE, "AP-P-06B").where(PLOT.CODE.eq("AP-P-06")).execute();
			assertThat(bestPlots()).as("its own edit").containsExactly("AP-P-06B");
			tx.setRollbackOnly();
		});
		// the same version written again, committed this time: no copy of the rolled-back
		// edit answers for it
		this.dsl.update(PLOT).set(PLOT.CODE, "AP-P-06C").where(PLOT.CODE.eq("AP-P-06")).execute();
		assertThat(bestPlots()).containsExactly("AP-P-06C");
	}

	/** Where 延锋海纳川's request fits best (the smallest plot of the production zone). */
	private List<String> bestPlots() {
		long request = this.dsl.select(LAND_REQUEST.ID)
			.from(LAND_REQUEST)
			.join(PROJECT)
			.on(PROJECT.ID.eq(LAND_REQUEST.PROJECT_ID))
			.where(PROJECT.CODE.eq("ZS-2016-004"))
			.orderBy(LAND_REQUEST.ID)
			.limit(1)
			.fetchSingle(LAND_REQUEST.ID);
		return this.matching.forRequest(request).options().getFirst().plots().stream().map(PlotTake::code).toList();
	}

}
