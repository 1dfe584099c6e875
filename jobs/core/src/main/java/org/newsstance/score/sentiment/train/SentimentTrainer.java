package org.newsstance.score.sentiment.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsstance.score.eval.ClassificationMetrics;
import org.newsstance.score.eval.LabeledMention;
import org.newsstance.score.eval.NewsMtsc;
import org.newsstance.score.sentiment.FeatureGroup;
import org.newsstance.score.sentiment.LinearModel;
import org.newsstance.score.sentiment.MentionFeatures;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.sentiment.OpinionLexicon;
import org.newsstance.score.sentiment.RntnBaseline;
import org.newsstance.score.sentiment.ScoringMethod;

/**
 * Trains the two mention-sentiment models on NewsMTSC train and writes them: chooses the feature
 * set and the regularisation together, by k-fold cross-validation on the training file alone (its
 * dev split is too small to choose by, and is only for the final figure), then trains on all of it.
 * Deterministic: fixed fold seed, fixed candidate order, deterministic optimiser, sorted output.
 */
public final class SentimentTrainer {
  /** Feature sets compared for parsed sentences, from the raw tree to everything. */
  static final List<Set<FeatureGroup>> PARSED_CANDIDATES =
      List.of(
          EnumSet.of(FeatureGroup.TREE),
          EnumSet.of(FeatureGroup.TREE, FeatureGroup.LEXICON, FeatureGroup.SENTENCE_LEXICON),
          EnumSet.of(
              FeatureGroup.TREE,
              FeatureGroup.LEXICON,
              FeatureGroup.SENTENCE_LEXICON,
              FeatureGroup.DEPENDENCY),
          EnumSet.of(
              FeatureGroup.TREE,
              FeatureGroup.LEXICON,
              FeatureGroup.SENTENCE_LEXICON,
              FeatureGroup.DEPENDENCY,
              FeatureGroup.GOVERNOR_WORDS),
          EnumSet.complementOf(EnumSet.of(FeatureGroup.SCOPE)),
          EnumSet.allOf(FeatureGroup.class),
          EnumSet.complementOf(EnumSet.of(FeatureGroup.SENTENCE_LEXICON)),
          EnumSet.complementOf(EnumSet.of(FeatureGroup.TREE)));

  /** Feature sets compared for the unparsed fallback (no parse features allowed). */
  static final List<Set<FeatureGroup>> UNPARSED_CANDIDATES =
      List.of(
          EnumSet.of(FeatureGroup.LEXICON, FeatureGroup.SENTENCE_LEXICON),
          EnumSet.of(FeatureGroup.LEXICON, FeatureGroup.WINDOW_WORDS),
          EnumSet.copyOf(FeatureGroup.UNPARSED));

  /** L2 prior widths tried for the chosen feature set (larger = weaker regularisation). */
  static final double[] SIGMAS = {0.25, 0.5, 1.0, 2.0};

  /** What to train on and where to write. */
  public record Options(
      Path input,
      Path outputDirectory,
      Path cacheDirectory,
      int folds,
      long seed,
      int maxTokens,
      int threads) {}

  private final Options options;
  private final PrintStream log;
  private final MentionFeatures features = new MentionFeatures(OpinionLexicon.load());
  private final List<String> report = new ArrayList<>();

  public SentimentTrainer(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** Runs the whole training; returns the report that was also written beside the models. */
  public List<String> run() {
    long start = System.nanoTime();
    List<NewsMtsc.Sentence> sentences = NewsMtsc.read(options.input());
    log.printf(
        Locale.ROOT,
        "annotating %d sentences (cached in %s after the first run)%n",
        sentences.size(),
        options.cacheDirectory());
    AnnotationCache cache =
        new AnnotationCache(options.cacheDirectory(), options.maxTokens(), options.threads());
    LabeledMention.Located located =
        LabeledMention.locate(
            sentences, cache.annotate(sentences.stream().map(NewsMtsc.Sentence::text).toList()));
    List<LabeledMention> all = located.mentions();
    List<LabeledMention> parsed =
        all.stream().filter(m -> MentionFeatures.isParsed(m.sentence())).toList();
    line(
        "input %s: %d sentences, %d targets located (%d not), %d in parsed sentences",
        options.input().getFileName(),
        sentences.size(),
        all.size(),
        located.unlocated(),
        parsed.size());
    line("%d-fold cross-validation by sentence, seed %d", options.folds(), options.seed());
    log.printf(Locale.ROOT, "annotations ready after %.0f s%n", seconds(start));

    baseline(parsed, ScoringMethod.RNTN_ROOT);
    baseline(parsed, ScoringMethod.RNTN_CLAUSE);
    LinearModel parsedModel = select("parsed", parsed, PARSED_CANDIDATES);
    LinearModel unparsedModel = select("unparsed", all, UNPARSED_CANDIDATES);

    write(MentionSentimentScorer.PARSED_MODEL, parsedModel.toText());
    write(MentionSentimentScorer.UNPARSED_MODEL, unparsedModel.toText());
    write(MentionSentimentScorer.TRAINING_REPORT, String.join("\n", report) + "\n");
    log.printf(
        Locale.ROOT, "trained in %.0f s; wrote %s%n", seconds(start), options.outputDirectory());
    return List.copyOf(report);
  }

  /** Raw-RNTN figures on the training file, for comparison (nothing is trained). */
  private void baseline(List<LabeledMention> mentions, ScoringMethod method) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    for (LabeledMention m : mentions) {
      RntnBaseline.score(m.sentence(), m.tokenBegin(), m.tokenEnd(), method)
          .ifPresent(s -> metrics.add(m.gold(), s.sentimentLabel()));
    }
    line(
        "baseline %-12s macro-F1 %.3f (accuracy %.3f)",
        method.id(), metrics.macroF1(), metrics.accuracy());
  }

  /** Cross-validates every candidate feature set at every prior width; trains the best on all. */
  private LinearModel select(
      String name, List<LabeledMention> mentions, List<Set<FeatureGroup>> candidates) {
    CrossValidation cv =
        new CrossValidation(
            mentions.stream().map(LabeledMention::group).toList(), options.folds(), options.seed());
    // Features depend on the feature set only: extracted once per set, not once per prior width.
    Map<Set<FeatureGroup>, List<LogisticTrainer.Example>> examples = new HashMap<>();
    ModelGrid.Choice best =
        ModelGrid.choose(
            candidates,
            SIGMAS,
            (groups, sigma) ->
                evaluate(
                    name,
                    cv,
                    examples.computeIfAbsent(groups, g -> examples(mentions, g)),
                    groups,
                    sigma));
    LinearModel model =
        LogisticTrainer.train(examples.get(best.groups()), best.groups(), best.sigma());
    line(
        "%s model: %s, sigma %s, CV macro-F1 %.3f, %d features",
        name, FeatureGroup.name(best.groups()), best.sigma(), best.score(), model.featureCount());
    return model;
  }

  private double evaluate(
      String name,
      CrossValidation cv,
      List<LogisticTrainer.Example> examples,
      Set<FeatureGroup> groups,
      double sigma) {
    long start = System.nanoTime();
    CrossValidation.Result result =
        cv.run(examples, training -> LogisticTrainer.train(training, groups, sigma));
    line("cv %-8s %-58s sigma %-4s %s", name, FeatureGroup.name(groups), sigma, result.render());
    log.printf(Locale.ROOT, "  (%.0f s)%n", seconds(start));
    return result.mean();
  }

  private List<LogisticTrainer.Example> examples(
      List<LabeledMention> mentions, Set<FeatureGroup> groups) {
    return mentions.stream()
        .map(
            m ->
                new LogisticTrainer.Example(
                    features.extract(m.sentence(), m.tokenBegin(), m.tokenEnd(), groups),
                    m.gold(),
                    m.group()))
        .toList();
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    log.println(text);
  }

  private void write(String file, String text) {
    try {
      Files.createDirectories(options.outputDirectory());
      Files.writeString(options.outputDirectory().resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + file + " to " + options.outputDirectory(), e);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
