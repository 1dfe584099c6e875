package org.newsstance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.testing.Analyses;

/**
 * The job builds a {@code DocumentAnalyzer} per Spark partition; the CoreNLP pipelines behind it
 * must be built once per JVM, not per analyzer, partition or document.
 */
class PipelinesBuiltOnceTest {
  @Test
  void newAnalyzersOnManyThreadsReuseTheJvmsPipelines() throws Exception {
    Analyses.seed(); // every pipeline the analysis uses now exists
    int built = CoreNlpPipelines.builtCount();

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<DocumentAnalysis>> analyses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        analyses.add(
            threads.submit(
                () -> Analyses.analyze("Oman hosted the talks. Iran and the United States met.")));
      }
      for (Future<DocumentAnalysis> analysis : analyses) {
        assertThat(analysis.get().sentences()).hasSize(2);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(built).isPositive();
    assertThat(CoreNlpPipelines.builtCount()).isEqualTo(built);
  }
}
