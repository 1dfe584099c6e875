package org.newsstance.job;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.ingest.RawDocument;

/**
 * Loads every CoreNLP model on the driver in local mode, where the driver is the executor, in a
 * background thread started with the run: the load (10–25 s) overlaps reading and planning, which
 * use about one core, instead of adding to them. The runs table's {@code load_models} is the wait
 * that is left before the analysis. On a cluster the executors load their own models and nothing
 * starts here. A run with nothing to analyse never waits; its load just stops with the JVM.
 */
final class ModelWarmUp {
  private static final RawDocument SAMPLE =
      new RawDocument(
          "warm-up",
          "given",
          null,
          null,
          null,
          "Iran and the United States met in Muscat on Friday. Both sides called the talks useful.",
          Map.of(),
          "warm-up");

  private final CompletableFuture<Void> loaded;

  private ModelWarmUp(CompletableFuture<Void> loaded) {
    this.loaded = loaded;
  }

  static ModelWarmUp start(SparkSession spark, AnalysisSettings settings) {
    if (!spark.sparkContext().isLocal()) {
      return new ModelWarmUp(null);
    }
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                load(settings);
                loaded.complete(null);
              } catch (Throwable e) { // rethrown by await(), to the run that needs the models
                loaded.completeExceptionally(e);
              }
            },
            "newsstance-model-load");
    thread.setDaemon(true);
    thread.start();
    return new ModelWarmUp(loaded);
  }

  /** Whether models load here (local mode). */
  boolean started() {
    return loaded != null;
  }

  /** Waits until the models are loaded; fails as the load failed. */
  void await() {
    try {
      loaded.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static void load(AnalysisSettings settings) {
    DocumentAnalyzer.loadModels(settings);
    // One short document also runs the code paths once, so the first real task is not the one
    // that pays for class loading.
    new DocumentAnalyzer(settings).analyze(SAMPLE);
  }
}
