package org.newsstance.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.sentiment.SentimentEvidence;
import org.newsstance.testing.Analyses;

/** Per-actor, per-paragraph sentiment as the analyzer produces it, on real text. */
class ActorSentimentTest {
  private static ActorSentiment of(DocumentAnalysis analysis, String actorId) {
    return analysis.sentiments().stream()
        .filter(s -> s.actorId().equals(actorId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(actorId + " not in " + analysis.sentiments()));
  }

  @Test
  void actorsPraisedAndCondemnedInOneSentenceGetScoresOfOppositeSign() {
    DocumentAnalysis analysis =
        Analyses.analyze(
            "Angela Merkel praised Emmanuel Macron for his courage, but she condemned Viktor Orban"
                + " for his attacks on the press.");
    double macron = of(analysis, "person:emmanuel-macron").score();
    double orban = of(analysis, "person:viktor-orban").score();
    assertThat(macron).isPositive();
    assertThat(orban).isNegative();
  }

  @Test
  void negationLiftsTheScoreOfTheSameFrame() {
    double condemned =
        of(Analyses.analyze("Jordan condemned Israel for the strikes on Monday."), "country:isr")
            .score();
    double notCondemned =
        of(
                Analyses.analyze("Jordan did not condemn Israel for the strikes on Monday."),
                "country:isr")
            .score();
    assertThat(condemned).isNegative();
    assertThat(notCondemned).isGreaterThan(condemned + 0.1);
  }

  @Test
  void theSeedsFirstTwoParagraphsScoreTheirActorsWithEvidenceThatSlicesBack() {
    DocumentAnalysis seed = Analyses.seed();
    Set<Integer> firstTwo =
        seed.paragraphs().stream()
            .filter(p -> "body".equals(p.kind().code()))
            .limit(2)
            .map(p -> p.paragraphIdx())
            .collect(Collectors.toSet());
    List<ActorSentiment> rows =
        seed.sentiments().stream().filter(s -> firstTwo.contains(s.paragraphIdx())).toList();
    Set<String> mentioned =
        seed.mentions().stream()
            .filter(m -> firstTwo.contains(m.paragraphIdx()))
            .map(m -> m.paragraphIdx() + "/" + m.actorId())
            .collect(Collectors.toSet());
    assertThat(mentioned).isNotEmpty();
    assertThat(rows)
        .extracting(s -> s.paragraphIdx() + "/" + s.actorId())
        .containsExactlyInAnyOrderElementsOf(mentioned);
    String text = seed.document().text();
    for (ActorSentiment row : seed.sentiments()) {
      assertThat(row.score()).isBetween(-1.0, 1.0);
      assertThat(row.negative() + row.neutral() + row.positive()).isCloseTo(1.0, within(1e-9));
      assertThat(row.evidence()).isNotEmpty();
      for (SentimentEvidence e : row.evidence()) {
        String sentence = text.substring(e.charBegin(), e.charEnd());
        assertThat(sentence).isEqualTo(seed.sentences().get(e.sentenceIdx()).text());
        assertThat(sentence).contains(e.mention());
      }
    }
  }

  @Test
  void analysingTheSeedTwiceGivesIdenticalScores() {
    DocumentAnalysis again = Analyses.analyzer().analyze(Analyses.seed().document());
    assertThat(again.sentiments()).isEqualTo(Analyses.seed().sentiments());
    assertThat(again.paragraphTones()).isEqualTo(Analyses.seed().paragraphTones());
  }

  @Test
  void toneCountsOpinionWordsPerHundredWords() {
    DocumentAnalysis analysis =
        Analyses.analyze("The talks failed amid bitter accusations.\n\nThe summit was a success.");
    assertThat(analysis.paragraphTones().get(0).value()).isNegative();
    assertThat(analysis.paragraphTones().get(1).value()).isPositive();
    assertThat(analysis.documentTone().words())
        .isEqualTo(
            analysis.paragraphTones().get(0).words() + analysis.paragraphTones().get(1).words());
  }
}
