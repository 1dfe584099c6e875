package org.newsstance.score.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Scores how a sentence portrays one mention in it. One instance per JVM ({@link #load()}), shared
 * by every thread: it holds only immutable models.
 *
 * <p>Input: a sentence annotated by {@code NlpSettings.light()} then {@code
 * NlpSettings.parsing(maxTokens)}, and the 0-based token span of the mention. A parsed sentence is
 * scored by the trained target-dependent classifier ({@link ScoringMethod#CLASSIFIER}); a sentence
 * the parser skipped (longer than its cap, so no tree or only the parser's flat stand-in) by a
 * second classifier trained on the words around the mention only ({@link
 * ScoringMethod#FALLBACK_UNPARSED}). The raw-RNTN baselines stay available for evaluation.
 */
public final class MentionSentimentScorer {
  /** The classifier for parsed sentences. */
  public static final String PARSED_MODEL = "mention-sentiment.model.tsv";

  /** The classifier for sentences without a parse. */
  public static final String UNPARSED_MODEL = "mention-sentiment-unparsed.model.tsv";

  /** What the trainer measured when it wrote the models (cross-validation figures). */
  public static final String TRAINING_REPORT = "mention-sentiment.training.txt";

  /**
   * A stable id of the committed models (first 12 hex digits of the SHA-256 of both files), written
   * beside every score so that scores from different models are never mixed unknowingly.
   */
  public static final String MODEL_VERSION = ModelResources.version(PARSED_MODEL, UNPARSED_MODEL);

  private static final class Shared {
    static final MentionSentimentScorer INSTANCE =
        new MentionSentimentScorer(
            ModelResources.model(PARSED_MODEL),
            ModelResources.model(UNPARSED_MODEL),
            OpinionLexicon.load());
  }

  private final LinearModel parsedModel;
  private final LinearModel unparsedModel;
  private final MentionFeatures features;
  private final OpinionLexicon lexicon;

  public MentionSentimentScorer(
      LinearModel parsedModel, LinearModel unparsedModel, OpinionLexicon lexicon) {
    if (unparsedModel.groups().stream().anyMatch(FeatureGroup::needsParse)) {
      throw new IllegalArgumentException(
          "the unparsed model must not use parse features: " + unparsedModel.groups());
    }
    this.parsedModel = parsedModel;
    this.unparsedModel = unparsedModel;
    this.features = new MentionFeatures(lexicon);
    this.lexicon = lexicon;
  }

  /** The opinion lexicon the scorer reads (also the job's plain-tone lexicon). */
  public OpinionLexicon lexicon() {
    return lexicon;
  }

  /** The JVM's scorer, loaded from the committed model files on first use. */
  public static MentionSentimentScorer load() {
    return Shared.INSTANCE;
  }

  /** The job's scoring: the classifier, or the unparsed fallback. */
  public MentionSentiment score(CoreMap sentence, int tokenBegin, int tokenEnd) {
    return score(sentence, tokenBegin, tokenEnd, ScoringMethod.CLASSIFIER);
  }

  /**
   * Scores with a given method (evaluation compares them). Any method falls back to {@link
   * ScoringMethod#FALLBACK_UNPARSED} when the sentence has no parse.
   */
  public MentionSentiment score(
      CoreMap sentence, int tokenBegin, int tokenEnd, ScoringMethod method) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokenBegin < 0 || tokenEnd > tokens.size() || tokenBegin >= tokenEnd) {
      throw new IllegalArgumentException(
          "token span ["
              + tokenBegin
              + ", "
              + tokenEnd
              + ") outside a sentence of "
              + tokens.size());
    }
    boolean parsed = RntnTree.of(sentence, tokens).isPresent();
    if (!parsed || method == ScoringMethod.FALLBACK_UNPARSED) {
      return classify(
          unparsedModel, sentence, tokenBegin, tokenEnd, ScoringMethod.FALLBACK_UNPARSED);
    }
    if (method == ScoringMethod.CLASSIFIER) {
      return classify(parsedModel, sentence, tokenBegin, tokenEnd, method);
    }
    return RntnBaseline.score(sentence, tokenBegin, tokenEnd, method).orElseThrow();
  }

  private MentionSentiment classify(
      LinearModel model, CoreMap sentence, int begin, int end, ScoringMethod method) {
    double[] p = model.probabilities(features.extract(sentence, begin, end, model.groups()));
    return MentionSentiment.of(p, method.id());
  }
}
