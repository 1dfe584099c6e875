package org.newsstance.analysis;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;
import org.newsstance.segment.AnnotatedSentence;

/**
 * The straightforward way to the job's analysis with CoreNLP alone, the baseline of {@code
 * newsstance bench}: the job's models and settings with CoreNLP's own annotators (light, then parse
 * and sentiment, then coreference) on every sentence of a document, with none of the job's choices
 * (parsing only the sentences that may mention an actor, coreference only where a pronoun or role
 * noun could use it and only for the mentions it can use, converting each tree once to the
 * dependency graphs something reads). Segmentation is the job's own, so both count the same
 * sentences and tokens.
 */
public final class CoreNlpAlone {
  private CoreNlpAlone() {}

  /** What one document held. */
  public record Counts(long sentences, long tokens) {
    public static final Counts NONE = new Counts(0, 0);

    public Counts plus(Counts other) {
      return new Counts(sentences + other.sentences, tokens + other.tokens);
    }
  }

  /** Builds the pipelines the analysis uses, so that the timed part excludes model loading. */
  public static void loadModels(AnalysisSettings settings) {
    CoreNlpPipelines.get(settings.light());
    CoreNlpPipelines.get(parsing(settings));
    CoreNlpPipelines.get(NlpSettings.coreferenceAsCoreNlpShipsIt());
  }

  /**
   * Annotates every sentence of a text with the analyzer's settings. The parser's own cap ({@code
   * parse.maxlen}) still applies, as it would to anyone running these settings.
   */
  public static Counts annotate(DocumentAnalyzer analyzer, String text) {
    List<AnnotatedSentence> sentences = analyzer.segment(text);
    if (sentences.isEmpty()) {
      return Counts.NONE;
    }
    new SentenceParser(parsing(analyzer.settings())).parse(sentences);
    Annotation document = Coreference.assemble(sentences);
    CoreNlpPipelines.get(NlpSettings.coreferenceAsCoreNlpShipsIt()).annotate(document);
    long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    return new Counts(sentences.size(), tokens);
  }

  private static NlpSettings parsing(AnalysisSettings settings) {
    return NlpSettings.parsingAsCoreNlpShipsIt(settings.maxSentenceTokens());
  }
}
