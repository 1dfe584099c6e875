package org.newsstance.testing;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.ingest.RawDocument;
import org.newsstance.segment.ParagraphMode;

/**
 * Model-backed analyses shared by the tests of one JVM: the default registry, an analyzer, and the
 * seed article analysed once (CoreNLP models load once per JVM through CoreNlpPipelines).
 */
public final class Analyses {
  private static final ConcurrentHashMap<String, DocumentAnalysis> CACHE =
      new ConcurrentHashMap<>();
  private static volatile ActorRegistry registry;

  private Analyses() {}

  public static ActorRegistry registry() {
    if (registry == null) {
      registry = ActorRegistry.load(List.of());
    }
    return registry;
  }

  public static DocumentAnalyzer analyzer() {
    return new DocumentAnalyzer(AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, registry()));
  }

  /** The seed article, analysed once per JVM. */
  public static DocumentAnalysis seed() {
    return CACHE.computeIfAbsent(
        "seed", k -> analyze(ProjectFiles.read(ProjectFiles.seedArticle())));
  }

  public static DocumentAnalysis analyze(String text) {
    return analyzer()
        .analyze(new RawDocument("test", "given", null, null, null, text, null, "test"));
  }
}
