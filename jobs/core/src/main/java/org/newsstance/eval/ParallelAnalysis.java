package org.newsstance.eval;

import java.util.List;
import java.util.function.Supplier;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.util.InOrder;

/**
 * Runs the job's analyzer over benchmark documents on several threads (one analyzer per thread,
 * sharing the JVM's pipelines), returning results in input order so that reports are deterministic.
 */
public final class ParallelAnalysis {
  private ParallelAnalysis() {}

  public static <I, O> List<O> map(
      List<I> inputs, int threads, Supplier<DocumentAnalyzer> analyzers, AnalyzeFn<I, O> fn) {
    ThreadLocal<DocumentAnalyzer> analyzer = ThreadLocal.withInitial(analyzers);
    return InOrder.map(inputs, threads, "analysis", input -> fn.apply(analyzer.get(), input));
  }

  /** Analyses one input with the thread's analyzer. */
  @FunctionalInterface
  public interface AnalyzeFn<I, O> {
    O apply(DocumentAnalyzer analyzer, I input);
  }
}
