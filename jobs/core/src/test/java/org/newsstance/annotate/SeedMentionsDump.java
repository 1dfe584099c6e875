package org.newsstance.annotate;

import java.util.List;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.ingest.RawDocument;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.ProjectFiles;

/** Development aid: prints the seed article's mentions. Not a test. */
public final class SeedMentionsDump {
  public static void main(String[] args) {
    String text = ProjectFiles.read(ProjectFiles.seedArticle());
    DocumentAnalyzer analyzer =
        new DocumentAnalyzer(
            AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, ActorRegistry.load(List.of())));
    long t = System.nanoTime();
    DocumentAnalysis a =
        analyzer.analyze(new RawDocument("seed", "given", null, null, null, text, null, "seed"));
    System.out.printf("first analysis %.1f s%n", (System.nanoTime() - t) / 1e9);
    for (int i = 0; i < 4; i++) {
      t = System.nanoTime();
      a = analyzer.analyze(new RawDocument("seed", "given", null, null, null, text, null, "seed"));
      System.out.printf("next analysis %.2f s%n", (System.nanoTime() - t) / 1e9);
    }
    for (ActorMention m : a.mentions()) {
      System.out.printf(
          "%2d %2d %-28s %-28s %-16s %.2f%n",
          m.paragraphIdx(),
          m.sentenceIdx(),
          m.surface(),
          m.actorId(),
          m.resolution().code(),
          m.confidence());
    }
    System.out.println(a.discoveredActors().keySet());
  }
}
