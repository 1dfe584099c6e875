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
   * Past the analysed length (4,000,000 characters by default; 40 windows of 100 here), a document
   * is kept but not segmented, so that one dump in a corpus cannot run an executor out of memory.
   */
  @Test
  void aDocumentPastTheAnalysedLengthIsAnalysedUpToThereAndMarkedDegraded() {
    AnalysisSettings d =
        AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, ActorRegistry.load(List.of()));
    DocumentAnalyzer limited =
        new DocumentAnalyzer(
            new AnalysisSettings(
                d.paragraphMode(),
                d.light(),
                d.parsing(),
                d.coreference(),
                d.maxSentenceTokens(),
                100,
                4_000,
                d.registry(),
                d.topics()));
    String paragraph = "Iran rejected the offer on Monday, officials said in Tehran. ";
    String text = String.join("\n\n", Collections.nCopies(90, paragraph.strip()));
    DocumentAnalysis analysis = limited.analyze(doc(text));

    assertThat(analysis.paragraphs()).hasSize(90);
    int lastAnalysed = analysis.sentences().get(analysis.sentences().size() - 1).paragraphIdx();
    assertThat(analysis.paragraphs().get(lastAnalysed).charBegin()).isLessThan(4_000);
    assertThat(analysis.paragraphs().get(lastAnalysed + 1).charBegin())
        .isGreaterThanOrEqualTo(4_000);
    assertThat(analysis.mentions()).isNotEmpty();
    assertThat(analysis.degraded()).containsExactly(DocumentAnalyzer.LONG_DOCUMENT);
    assertThat(analyzer.analyze(doc(text)).degraded()).isEmpty();
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

  /**
   * PerSenT dev 3414 (its first three paragraphs): NER tags "Bitcoin" in one sentence only; in the
   * others the resolver finds it as the same one-word name, after the parse was chosen. Those
   * sentences are parsed too, so their mentions are scored by the classifier, not the words-only
   * fallback.
   */
  @Test
  void aSentenceWhoseNameIsFoundOnlyByResolutionIsParsedAndScoredByTheClassifier() {
    String text =
        "If you bought a Bitcoin in early 2017  when one cost less than $900  you could have a "
            + "profit of more than 1 200 percent now. But you almost certainly didn\u2019t do that. "
            + "Perhaps you dipped in a toe in November or December  as the price hit headline-grabbing "
            + "records\u2014$10 000  then $15 000  then higher. If you were very unlucky and bought at "
            + "the peak of about $20 000 on Dec. 17  you\u2019d have lost more than 40 percent of your "
            + "money as of Jan. 16  when the price was $11 200. More than $2 000 of that decline came "
            + "in about 24 hours  after South Korean Finance Minister Kim Dong-yeon indicated the "
            + "country may crack down on cryptocurrency trading to discourage speculation. It\u2019s "
            + "not every asset that can feel like it\u2019s in a bubble and a crash at the same "
            + "time.\n\nBut based on no other valuation metric than what it cost a year ago  the price "
            + "of  Bitcoin  is still dizzyingly high. For the many doubters who can\u2019t believe "
            + "things have come this far\u2014and for  Bitcoin  owners who can see how much they might "
            + "lose\u2014the big question is what it would take to knock the price back further.\n\nIn "
            + "past episodes  \u201c Bitcoin  and digital currencies have been incredibly resilient to "
            + "bad news \u201d says Meltem Demirors  director of development at Digital Currency Group "
            + " which invests in  Bitcoin  and related technologies. Cryptocurrency exchanges such as "
            + "Mt. Gox  Bitfinex  and BTC-e have been hacked over the years  with hundreds of millions "
            + "of dollars\u2019 worth of  Bitcoin  stolen. China in September moved to shut down "
            + "exchange trading of the cryptocurrency. None of these permanently stopped  Bitcoin "
            + "\u2019s rise up the price charts  especially after  it  drew the attention of hedge "
            + "fund traders and futures markets.";
    DocumentAnalysis analysis = analyzer.analyze(doc(text));

    assertThat(analysis.mentions())
        .filteredOn(m -> m.paragraphIdx() == 1)
        .extracting(m -> m.surface() + "/" + m.resolution().code())
        .as("NER tags it in the third paragraph only")
        .containsExactly("Bitcoin/name_merge");
    assertThat(analysis.sentiments())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.methods()).containsExactly("classifier"));
  }
}
