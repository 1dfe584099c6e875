package org.newsstance.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.ingest.RawDocument;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.segment.Sentence;
import org.newsstance.segment.Token;
import org.newsstance.testing.ProjectFiles;

class DocumentAnalyzerTest {
  private final DocumentAnalyzer analyzer =
      new DocumentAnalyzer(
          AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, ActorRegistry.load(List.of())));

  private static RawDocument doc(String text) {
    return new RawDocument("d", "given", null, null, null, text, null, "test");
  }

  @Test
  void seedSentencesAndTokensSliceBackToTheDocumentText() {
    String text = ProjectFiles.read(ProjectFiles.seedArticle());
    DocumentAnalysis analysis = analyzer.analyze(doc(text));

    assertThat(analysis.paragraphs()).hasSize(28);
    assertThat(analysis.sentences()).hasSizeGreaterThan(40);
    for (int i = 0; i < analysis.sentences().size(); i++) {
      Sentence s = analysis.sentences().get(i);
      assertThat(s.sentenceIdx()).isEqualTo(i);
      assertThat(text.substring(s.charBegin(), s.charEnd())).isEqualTo(s.text());
      var paragraph = analysis.paragraphs().get(s.paragraphIdx());
      assertThat(s.charBegin()).isGreaterThanOrEqualTo(paragraph.charBegin());
      assertThat(s.charEnd()).isLessThanOrEqualTo(paragraph.charEnd());
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.charBegin(), t.charEnd())).isEqualTo(t.text());
      }
    }
    assertThat(analysis.sentences().get(0).text())
        .startsWith("Global markets and regional powers")
        .endsWith("return to the negotiating table in Oman.");
    assertThat(analysis.degraded()).isEmpty();
  }

  @Test
  void aSentenceOfFiveHundredTokensIsKeptWholeAndMarkedDegraded() {
    String longSentence = String.join(" ", Collections.nCopies(500, "word")) + ".";
    DocumentAnalysis analysis = analyzer.analyze(doc("Short one. " + longSentence));
    assertThat(analysis.sentences()).hasSize(2);
    assertThat(analysis.sentences().get(1).tokens()).hasSize(501);
    assertThat(analysis.sentences().get(1).degraded()).isEqualTo("long_sentence");
    assertThat(analysis.sentences().get(0).degraded()).isNull();
    assertThat(analysis.degraded()).containsExactly("long_sentence");
  }

  /**
   * Mojibake (UTF-8 read as Latin-1, as a third of PerSenT's articles hold it) glues the apostrophe
   * to the name, so Schumer's possessive is not found. The analysis repairs it, says so, and keeps
   * every offset in the repaired text it stores.
   */
  @Test
  void repairsMojibakeSoThatNamesAreFoundAndOffsetsPointIntoTheRepairedText() {
    String broken =
        "Tehran\u00e2\u0080\u0099s negotiators met Witkoff in Muscat. \u00e2\u0080\u009cWe are"
            + " ready,\u00e2\u0080\u009d Oman\u00e2\u0080\u0099s foreign minister said.";
    DocumentAnalysis analysis = analyzer.analyze(doc(broken));

    String text = analysis.document().text();
    assertThat(text)
        .isEqualTo(
            "Tehran\u2019s negotiators met Witkoff in Muscat. \u201cWe are ready,\u201d"
                + " Oman\u2019s foreign minister said.");
    assertThat(analysis.degraded()).containsExactly(DocumentAnalyzer.REPAIRED_MOJIBAKE);
    assertThat(analysis.mentions())
        .extracting(m -> text.substring(m.charBegin(), m.charEnd()))
        .containsExactly("Tehran", "Witkoff", "Oman");
    for (Sentence s : analysis.sentences()) {
      assertThat(text.substring(s.charBegin(), s.charEnd())).isEqualTo(s.text());
    }
  }
}
