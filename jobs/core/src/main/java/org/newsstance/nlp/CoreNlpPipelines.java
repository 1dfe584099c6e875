package org.newsstance.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One CoreNLP pipeline per JVM and settings, built on first use and shared by every thread of the
 * JVM. Loading the models costs 10–25 s and 1–1.5 GB of heap, so a pipeline per row, per partition
 * or per deserialised task object would dominate the job; the annotators the job uses are
 * thread-safe for concurrent {@code annotate} calls on different documents (proved by {@code
 * CoreNlpThreadSafetyTest}).
 */
public final class CoreNlpPipelines {
  private static final ConcurrentHashMap<NlpSettings, StanfordCoreNLP> PIPELINES =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  private CoreNlpPipelines() {}

  /**
   * The pipeline for these settings; the first caller builds it, concurrent callers wait for it.
   */
  public static StanfordCoreNLP get(NlpSettings settings) {
    return PIPELINES.computeIfAbsent(settings, CoreNlpPipelines::build);
  }

  /** How many pipelines this JVM has built: PipelinesBuiltOnceTest proves analyzers reuse them. */
  public static int builtCount() {
    return BUILT.get();
  }

  private static StanfordCoreNLP build(NlpSettings settings) {
    BUILT.incrementAndGet();
    return new StanfordCoreNLP(settings.toProperties());
  }
}
