package org.newsstance.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstance.ingest.RawDocument;

/** The reuse rule alone; {@code WireCopyRunTest} checks the job's rows for copies. */
class WireCopiesTest {
  private final List<String> analysed = new ArrayList<>();

  /** Records which documents were really analysed; repairs "Ã©" to "é" as mojibake repair does. */
  private DocumentAnalysis analyse(RawDocument doc) {
    if (doc.text().contains("boom")) {
      throw new IllegalStateException("analysis failed");
    }
    analysed.add(doc.docId());
    RawDocument repaired = doc.withText(doc.text().replace("Ã©", "é"));
    return new DocumentAnalysis(
        repaired,
        "hash-of-" + repaired.text(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void aCopyThatFollowsItsOriginalIsNotAnalysedAgainButKeepsItsOwnIdAndMetadata() {
    WireCopies copies = new WireCopies(this::analyse);

    DocumentAnalysis first = copies.analyze(doc("ap-1", "AP", "Iran and the US met in Muscat."));
    DocumentAnalysis copy =
        copies.analyze(doc("local-7", "Gazette", "Iran and the US met in Muscat."));
    copies.analyze(doc("other", "AP", "Oman hosted the talks."));
    copies.analyze(doc("late-copy", "AP", "Iran and the US met in Muscat."));

    assertThat(analysed).containsExactly("ap-1", "other", "late-copy");
    assertThat(copies.copies()).isEqualTo(1);
    assertThat(copy.document().docId()).isEqualTo("local-7");
    assertThat(copy.document().source()).isEqualTo("Gazette");
    assertThat(copy.contentHash()).isEqualTo(first.contentHash());
    assertThat(copy.mentions()).isSameAs(first.mentions());
  }

  @Test
  void aCopyGetsTheRepairedTextItsOriginalWasAnalysedWith() {
    WireCopies copies = new WireCopies(this::analyse);

    copies.analyze(doc("a", "AP", "CafÃ© talks in Muscat."));
    DocumentAnalysis copy = copies.analyze(doc("b", "AP", "CafÃ© talks in Muscat."));

    assertThat(analysed).containsExactly("a");
    assertThat(copy.document().text()).isEqualTo("Café talks in Muscat.");
  }

  @Test
  void aCopyOfADocumentWhoseAnalysisFailedIsAnalysedAgain() {
    WireCopies copies = new WireCopies(this::analyse);

    assertThatThrownBy(() -> copies.analyze(doc("a", "AP", "boom")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> copies.analyze(doc("b", "AP", "boom")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(copies.copies()).isZero();
  }

  private static RawDocument doc(String id, String source, String text) {
    return new RawDocument(id, "given", "Title", source, "2026-02-06", text, Map.of(), id + ".txt");
  }
}
