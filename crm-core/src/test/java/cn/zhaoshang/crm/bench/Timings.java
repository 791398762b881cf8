package cn.zhaoshang.crm.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Times an action: warm-up runs first (JIT, caches), then median and p95 over the
 * measured runs.
 */
public record Timings(String name, int runs, double medianMs, double p95Ms, double minMs, double maxMs) {

	public static Timings of(String name, int warmup, int runs, Callable<?> action) throws Exception {
		for (int i = 0; i < warmup; i++) {
			action.call();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			action.call();
			ms[i] = (System.nanoTime() - started) / 1e6;
		}
		return of(name, ms);
	}

	public static Timings of(String name, double[] ms) {
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		return new Timings(name, sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[0],
				sorted[sorted.length - 1]);
	}

	/** Nearest-rank percentile. */
	static double percentile(double[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	public String json() {
		return "{\"name\":\"%s\",\"runs\":%d,\"median_ms\":%.3f,\"p95_ms\":%.3f,\"min_ms\":%.3f,\"max_ms\":%.3f}"
			.formatted(this.name, this.runs, this.medianMs, this.p95Ms, this.minMs, this.maxMs);
	}

}
