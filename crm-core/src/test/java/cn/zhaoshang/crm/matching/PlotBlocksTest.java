package cn.zhaoshang.crm.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.zhaoshang.crm.park.LandUse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The block search in whole units against the same search written plainly in BigDecimal
 * (as the engine had it until December 2026), on random zones: the same blocks, in the
 * same order, ties included.
 */
class PlotBlocksTest {

	@Test
	void grows_each_block_by_its_biggest_neighbour_and_keeps_the_least_over_the_need() {
		// a row of four: 40 | 30 | 20 | 45
		List<MatchPlot> row = List.of(plot(1, "40", 0), plot(2, "30", 1), plot(3, "20", 2), plot(4, "45", 3));
		// 60 asked: 40+30 = 70 from either of the first two, 20+45 = 65 from either of
		// the last two
		assertThat(new PlotBlocks(row, new BigDecimal("60")).smallestEnough()).extracting(MatchPlot::id)
			.containsExactly(3L, 4L);
		// 75 asked: 40+30+20 = 90 beats 20+45+30 = 95
		assertThat(new PlotBlocks(row, new BigDecimal("75")).smallestEnough()).extracting(MatchPlot::id)
			.containsExactly(1L, 2L, 3L);
		assertThat(new PlotBlocks(row, new BigDecimal("136")).smallestEnough()).isNull();
		assertThat(new PlotBlocks(row, new BigDecimal("136")).largest()).extracting(MatchPlot::id)
			.containsExactly(1L, 2L, 3L, 4L);
	}

	@Test
	void hundredths_of_a_mu_count() {
		List<MatchPlot> pair = List.of(plot(1, "10.25", 0), plot(2, "10.25", 1));
		assertThat(new PlotBlocks(pair, new BigDecimal("20.5")).smallestEnough()).hasSize(2);
		assertThat(new PlotBlocks(pair, new BigDecimal("20.51")).smallestEnough()).isNull();
	}

	@Test
	void the_same_blocks_as_the_search_in_big_decimals_on_random_zones() {
		Random random = new Random(20261205);
		int blocksOfSeveral = 0;
		for (int zone = 0; zone < 3_000; zone++) {
			List<MatchPlot> plots = randomZone(random);
			BigDecimal needed = BigDecimal.valueOf(1 + random.nextInt(600), random.nextInt(3));
			PlotBlocks blocks = new PlotBlocks(plots, needed);
			assertThat(blocks.smallestEnough()).as("zone %d, %s mu", zone, needed)
				.isEqualTo(Oracle.smallestBlock(needed, plots));
			assertThat(blocks.largest()).as("zone %d", zone).isEqualTo(Oracle.largestBlock(plots));
			List<MatchPlot> block = blocks.smallestEnough();
			blocksOfSeveral += (block != null && block.size() > 1) ? 1 : 0;
		}
		// the zones exercise the search, not only its way out
		assertThat(blocksOfSeveral).isGreaterThan(300);
	}

	/** Up to 30 plots on a 6 x 6 grid of cells, some spanning two, some not drawn. */
	private static List<MatchPlot> randomZone(Random random) {
		List<MatchPlot> plots = new ArrayList<>();
		int n = random.nextInt(31);
		for (int i = 0; i < n; i++) {
			// few distinct areas, so that ties happen
			BigDecimal free = BigDecimal.valueOf(5 * (1 + random.nextInt(12)) * 100L + random.nextInt(2) * 25L, 2);
			MatchPlot.Rect rect = (random.nextInt(8) == 0) ? null
					: new MatchPlot.Rect(random.nextInt(6), random.nextInt(6), 1 + random.nextInt(2), 1);
			plots
				.add(new MatchPlot(i + 1, "Z-%02d".formatted(i + 1), LandUse.INDUSTRIAL, free, null, null, null, rect));
		}
		return plots;
	}

	private static MatchPlot plot(long id, String freeMu, int x) {
		return new MatchPlot(id, "R-" + id, LandUse.INDUSTRIAL, new BigDecimal(freeMu), null, null, null,
				new MatchPlot.Rect(x, 0, 1, 1));
	}

	/** The search as it was, with a new BigDecimal for every sum. */
	private static final class Oracle {

		static @Nullable List<MatchPlot> smallestBlock(BigDecimal needed, List<MatchPlot> usable) {
			int n = usable.size();
			List<MatchPlot> best = null;
			BigDecimal bestTotal = null;
			for (int start = 0; start < n; start++) {
				boolean[] inBlock = new boolean[n];
				boolean[] next = new boolean[n];
				List<MatchPlot> block = new ArrayList<>();
				int add = start;
				BigDecimal total = BigDecimal.ZERO;
				while (add >= 0) {
					inBlock[add] = true;
					block.add(usable.get(add));
					total = total.add(usable.get(add).freeMu());
					for (int j = 0; j < n; j++) {
						next[j] |= adjacent(usable, add, j);
					}
					if (total.compareTo(needed) >= 0) {
						break;
					}
					add = -1;
					for (int i = 0; i < n; i++) {
						if (next[i] && !inBlock[i]
								&& (add < 0 || usable.get(i).freeMu().compareTo(usable.get(add).freeMu()) > 0)) {
							add = i;
						}
					}
				}
				if (total.compareTo(needed) >= 0 && (best == null || total.compareTo(bestTotal) < 0
						|| (total.compareTo(bestTotal) == 0 && block.size() < best.size()))) {
					best = block;
					bestTotal = total;
				}
			}
			return best;
		}

		static List<MatchPlot> largestBlock(List<MatchPlot> usable) {
			int n = usable.size();
			List<MatchPlot> largest = List.of();
			BigDecimal largestTotal = BigDecimal.ZERO;
			boolean[] seen = new boolean[n];
			for (int start = 0; start < n; start++) {
				if (seen[start]) {
					continue;
				}
				seen[start] = true;
				List<MatchPlot> block = new ArrayList<>();
				BigDecimal total = BigDecimal.ZERO;
				ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
				while (!queue.isEmpty()) {
					int p = queue.poll();
					block.add(usable.get(p));
					total = total.add(usable.get(p).freeMu());
					for (int j = 0; j < n; j++) {
						if (!seen[j] && adjacent(usable, p, j)) {
							seen[j] = true;
							queue.add(j);
						}
					}
				}
				if (total.compareTo(largestTotal) > 0) {
					largest = block;
					largestTotal = total;
				}
			}
			return largest;
		}

		private static boolean adjacent(List<MatchPlot> plots, int i, int j) {
			MatchPlot.Rect a = plots.get(i).plan();
			MatchPlot.Rect b = plots.get(j).plan();
			return i != j && a != null && b != null && a.adjacentTo(b);
		}

	}

}
