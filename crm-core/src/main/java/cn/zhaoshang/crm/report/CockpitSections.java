package cn.zhaoshang.crm.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the cockpit's sections side by side, one database connection each, on a pool as
 * wide as the machine has cores ({@code crm.report.parallelism} to set it): at province
 * scale each section counts hundreds of thousands of rows, and they do not depend on one
 * another. Inside a caller's transaction, which may hold rows not yet committed, they run
 * one after another in it.
 */
@Component
class CockpitSections implements DisposableBean {

	private final ExecutorService pool;

	CockpitSections(@Value("${crm.report.parallelism:0}") int parallelism) {
		int threads = (parallelism > 0) ? parallelism : Math.max(2, Runtime.getRuntime().availableProcessors());
		this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("cockpit-", 1).factory());
	}

	/**
	 * A run of sections: side by side, or in the caller's thread if it is in a
	 * transaction.
	 */
	Run start() {
		return new Run(TransactionSynchronizationManager.isActualTransactionActive() ? Runnable::run : this.pool);
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

	/** Sections started at once and joined as they are needed. */
	record Run(Executor executor) {

		<T> CompletableFuture<T> section(Supplier<T> query) {
			return CompletableFuture.supplyAsync(query, this.executor);
		}

		/** The section's result, or what it threw, as it threw it. */
		<T> T join(CompletableFuture<T> section) {
			try {
				return section.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

}
