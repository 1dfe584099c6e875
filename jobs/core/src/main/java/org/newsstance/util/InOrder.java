package org.newsstance.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a list on a few threads and returns the results in the inputs' order, so that what is built
 * from them (reports, quarantine rows) does not depend on which thread finished first.
 */
public final class InOrder {
  private InOrder() {}

  /**
   * @param what what is being done, for the error when one input fails ("annotation")
   * @throws IllegalStateException with the first failure (in input order) as its cause
   */
  public static <I, O> List<O> map(
      List<I> inputs, int threads, String what, Function<? super I, ? extends O> fn) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<? extends O>> futures = new ArrayList<>(inputs.size());
      for (I input : inputs) {
        futures.add(pool.submit(() -> fn.apply(input)));
      }
      List<O> outputs = new ArrayList<>(inputs.size());
      for (Future<? extends O> future : futures) {
        outputs.add(future.get());
      }
      return outputs;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
