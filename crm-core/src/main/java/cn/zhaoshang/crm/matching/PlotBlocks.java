package cn.zhaoshang.crm.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The blocks of adjacent plots of one zone (rectangles sharing a border on the park plan)
 * for the {@link MatchingEngine}. Land is added up in whole units of the smallest decimal
 * place the plots and the need use, exactly as BigDecimal would: the greedy search adds
 * land thousands of times per request, and a new BigDecimal for each sum made up a fifth
 * of all that matching allocated.
 */
final class PlotBlocks {

	private final List<MatchPlot> plots;

	/** Free land per plot, in units of {@code 10^-scale} 亩. */
	private final long[] free;

	private final long needed;

	/** Per plot, the plots it shares a border with, by position, ascending. */
	private final int[][] adjacent;

	/**
	 * @param plots every one with free land (the search relies on each added plot adding
	 * some)
	 */
	PlotBlocks(List<MatchPlot> plots, BigDecimal neededMu) {
		this.plots = plots;
		int scale = Math.max(0, neededMu.scale());
		for (MatchPlot p : plots) {
			scale = Math.max(scale, p.freeMu().scale());
		}
		this.free = new long[plots.size()];
		for (int i = 0; i < this.free.length; i++) {
			this.free[i] = units(plots.get(i).freeMu(), scale);
		}
		this.needed = units(neededMu, scale);
		this.adjacent = adjacency(plots);
	}

	private static long units(BigDecimal mu, int scale) {
		// DECIMAL(12,2) land is far inside a long
		return mu.setScale(scale).unscaledValue().longValueExact();
	}

	/**
	 * Grows a block from each plot, always adding the adjacent plot with the most free
	 * land (the first of equals), until it has enough; the block with the least land over
	 * the need, then the fewest plots, then the first found; null when none has enough.
	 */
	@Nullable List<MatchPlot> smallestEnough() {
		int n = this.free.length;
		long all = 0;
		for (long f : this.free) {
			all += f;
		}
		if (all < this.needed) {
			return null; // not even all of it
		}
		// which start put a plot in the block or next to it (start + 1): no clearing per
		// start
		int[] inBlock = new int[n];
		int[] near = new int[n];
		int[] block = new int[n];
		int[] frontier = new int[n];
		int[] best = null;
		long bestTotal = Long.MAX_VALUE;
		for (int start = 0; start < n; start++) {
			int mark = start + 1;
			int size = 0;
			int nearCount = 0;
			long total = 0;
			int add = start;
			while (add >= 0) {
				inBlock[add] = mark;
				block[size++] = add;
				total += this.free[add];
				if (total >= this.needed || (best != null && total >= bestTotal)) {
					// enough, or (land only grows) it can no longer beat the best
					break;
				}
				for (int next : this.adjacent[add]) {
					if (near[next] != mark) {
						near[next] = mark;
						frontier[nearCount++] = next;
					}
				}
				add = -1;
				for (int k = 0; k < nearCount; k++) {
					int i = frontier[k];
					if (inBlock[i] != mark && (add < 0 || this.free[i] > this.free[add]
							|| (this.free[i] == this.free[add] && i < add))) {
						add = i;
					}
				}
			}
			if (total >= this.needed
					&& (best == null || total < bestTotal || (total == bestTotal && size < best.length))) {
				best = Arrays.copyOf(block, size);
				bestTotal = total;
			}
		}
		return (best != null) ? pick(best) : null;
	}

	/**
	 * The connected block with the most free land (the first of equals), in the order
	 * found; empty when there are no plots.
	 */
	List<MatchPlot> largest() {
		int n = this.free.length;
		boolean[] seen = new boolean[n];
		int[] queue = new int[n];
		int[] largest = new int[0];
		long largestTotal = 0;
		for (int start = 0; start < n; start++) {
			if (seen[start]) {
				continue;
			}
			seen[start] = true;
			int head = 0;
			int tail = 0;
			queue[tail++] = start;
			long total = 0;
			while (head < tail) {
				int p = queue[head++];
				total += this.free[p];
				for (int next : this.adjacent[p]) {
					if (!seen[next]) {
						seen[next] = true;
						queue[tail++] = next;
					}
				}
			}
			if (total > largestTotal) {
				largest = Arrays.copyOf(queue, tail);
				largestTotal = total;
			}
		}
		return pick(largest);
	}

	private List<MatchPlot> pick(int[] positions) {
		List<MatchPlot> picked = new ArrayList<>(positions.length);
		for (int i : positions) {
			picked.add(this.plots.get(i));
		}
		return picked;
	}

	/**
	 * A plot not drawn on the plan touches none. Each pair is tested once (adjacency is
	 * mutual): a zone's pairs are tested for every request that needs a block.
	 */
	private static int[][] adjacency(List<MatchPlot> plots) {
		int n = plots.size();
		MatchPlot.Rect[] plan = new MatchPlot.Rect[n];
		for (int i = 0; i < n; i++) {
			plan[i] = plots.get(i).plan();
		}
		boolean[] touching = new boolean[n * n];
		int[] degree = new int[n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; plan[i] != null && j < n; j++) {
				if (plan[j] != null && plan[i].adjacentTo(plan[j])) {
					touching[i * n + j] = true;
					touching[j * n + i] = true;
					degree[i]++;
					degree[j]++;
				}
			}
		}
		int[][] adjacent = new int[n][];
		for (int i = 0; i < n; i++) {
			adjacent[i] = new int[degree[i]];
			for (int j = 0, k = 0; k < degree[i]; j++) {
				if (touching[i * n + j]) {
					adjacent[i][k++] = j;
				}
			}
		}
		return adjacent;
	}

}
