package org.newsstance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newsstance.analysis.DocumentAnalyzer;

/**
 * Runs the job's analyzer over benchmark documents on several threads (one analyzer per thread,
 * sharing the JVM's pipelines), returning results in input order so that reports are deterministic.
 */
public final class ParallelAnalysis {
  private ParallelAnalysis() {}

  public static <I, O> List<O> map(
      List<I> inputs, int threads, Supplier<DocumentAnalyzer> analyzers, AnalyzeFn<I, O> fn) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<DocumentAnalyzer> analyzer = ThreadLocal.withInitial(analyzers);
    try {
      List<Future<O>> futures = new ArrayList<>(inputs.size());
      for (I input : inputs) {
        futures.add(pool.submit(() -> fn.apply(analyzer.get(), input)));
      }
      List<O> outputs = new ArrayList<>(inputs.size());
      for (Future<O> future : futures) {
        outputs.add(future.get());
      }
      return outputs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Analyses one input with the thread's analyzer. */
  @FunctionalInterface
  public interface AnalyzeFn<I, O> {
    O apply(DocumentAnalyzer analyzer, I input);
  }
}
