package org.newsstance.score.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.score.eval.MentionSpan;
import org.newsstance.score.eval.SentenceAnnotator;

/**
 * The committed models load and score real sentences the way the job annotates them (light, then
 * parsing with the job's length cap; pipelines shared through CoreNlpPipelines). Nothing here
 * trains.
 */
class MentionSentimentScorerTest {
  private static final SentenceAnnotator ANNOTATOR =
      new SentenceAnnotator(AnalysisSettings.DEFAULT_MAX_SENTENCE_TOKENS, 1);
  private final MentionSentimentScorer scorer = MentionSentimentScorer.load();

  /** The mention's sentiment; the mention is the first occurrence of {@code mention} in text. */
  private MentionSentiment score(String text, String mention) {
    List<CoreMap> sentences = ANNOTATOR.annotate(text);
    int from = text.indexOf(mention);
    MentionSpan span = MentionSpan.locate(sentences, from, from + mention.length()).orElseThrow();
    return scorer.score(sentences.get(span.sentence()), span.tokenBegin(), span.tokenEnd());
  }

  @Test
  void committedModelLoadsAndScoresADistribution() {
    assertThat(MentionSentimentScorer.MODEL_VERSION).matches("[0-9a-f]{12}");
    assertThat(MentionSentimentScorer.load()).isSameAs(scorer);

    MentionSentiment s =
        score("Oman's foreign minister welcomed the progress made in the talks.", "Oman");
    assertThat(s.method()).isEqualTo("classifier");
    assertThat(s.negative() + s.neutral() + s.positive()).isCloseTo(1.0, within(1e-9));
    assertThat(s.score())
        .isCloseTo(s.positive() - s.negative(), within(1e-12))
        .isBetween(-1.0, 1.0);
    assertThat(s.confidence()).isGreaterThanOrEqualTo(1 / 3.0);
    assertThat(s.label()).isIn("negative", "neutral", "positive");
  }

  @Test
  void oneSentencePraisingOneActorAndCondemningAnotherScoresThemWithOppositeSigns() {
    String text =
        "Merkel praised Macron for his courage, but she condemned Orban for his attacks on the press.";
    assertThat(score(text, "Macron").score()).isPositive();
    assertThat(score(text, "Orban").score()).isNegative();
  }

  /**
   * Where negative words dominate a sentence the classifier often scores both actors below zero
   * (NewsMTSC train has few sentences whose targets differ in sign), but it still ranks the praised
   * one above the condemned one.
   */
  @Test
  void thePraisedActorOutranksTheCondemnedOneInTheSameSentence() {
    String[][] sentences = {
      {
        "Protesters hailed Mandela as a hero of peace, while they accused Mugabe of brutal repression"
            + " and corruption.",
        "Mandela",
        "Mugabe"
      },
      {
        "While Warren was widely praised for her honesty, Cruz was criticized for his dishonest"
            + " attacks.",
        "Warren",
        "Cruz"
      },
    };
    for (String[] s : sentences) {
      assertThat(score(s[0], s[1]).score()).as(s[0]).isGreaterThan(score(s[0], s[2]).score());
    }
  }

  @Test
  void negationMovesTheScoreOfTheSameFrameTowardsPositive() {
    MentionSentiment condemned = score("The council condemned Ahmadi for the attack.", "Ahmadi");
    MentionSentiment notCondemned =
        score("The council did not condemn Ahmadi for the attack.", "Ahmadi");
    assertThat(condemned.score()).isNegative();
    assertThat(notCondemned.score()).isGreaterThan(condemned.score() + 0.1);
  }

  @Test
  void aSentenceOverTheParserCapIsScoredByTheUnparsedFallback() {
    StringBuilder text = new StringBuilder("The ministers praised Oman for its patient mediation");
    while (text.length() < 900) {
      text.append(", and the delegations thanked the hosts for the calm and constructive talks");
    }
    text.append('.');
    List<CoreMap> sentences = ANNOTATOR.annotate(text.toString());
    assertThat(sentences).hasSize(1);
    assertThat(MentionFeatures.isParsed(sentences.get(0))).isFalse();
    int from = text.indexOf("Oman");
    MentionSpan span = MentionSpan.locate(sentences, from, from + 4).orElseThrow();

    MentionSentiment s = scorer.score(sentences.get(0), span.tokenBegin(), span.tokenEnd());
    assertThat(s.method()).isEqualTo("fallback_unparsed");
    assertThat(s.score()).isPositive();
  }
}
