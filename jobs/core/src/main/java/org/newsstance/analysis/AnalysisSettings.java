package org.newsstance.analysis;

import java.io.Serializable;
import java.util.List;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.nlp.NlpSettings;
import org.newsstance.score.stance.TopicRegistry;
import org.newsstance.segment.ParagraphMode;

/**
 * Everything that decides what the analysis of a document produces. Serializable and small: Spark
 * tasks carry this to executors, never a pipeline or a model.
 *
 * @param light the pipeline every sentence gets (tokens, POS, lemmas, NER)
 * @param parsing the pipeline sentences with actors get on top (parse, RNTN sentiment)
 * @param coreference coreference over the parsed sentences of a document
 * @param maxSentenceTokens longer sentences are kept but not parsed (marked long_sentence)
 * @param windowChars paragraphs longer than this are segmented in windows of this size (marked
 *     {@code long_paragraph})
 * @param maxAnalysedChars a document is analysed up to the window that starts past this offset
 *     (marked {@code long_document})
 * @param registry the actors mentions resolve to
 * @param topics the topics stances can be about
 */
public record AnalysisSettings(
    ParagraphMode paragraphMode,
    NlpSettings light,
    NlpSettings parsing,
    NlpSettings coreference,
    int maxSentenceTokens,
    int windowChars,
    int maxAnalysedChars,
    ActorRegistry registry,
    TopicRegistry topics)
    implements Serializable {

  /** 120 tokens is ~5× a typical news sentence; past it, parse cost climbs steeply. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 120;

  /** ~3,500 tokens: far above any real paragraph, small enough to bound one CoreNLP call. */
  public static final int DEFAULT_WINDOW_CHARS = 20_000;

  /**
   * ~4 MB of prose, ~800,000 tokens, a hundred times a long article. Every token's annotations stay
   * in memory until the document's rows are built, so a 21 MB text (a dump dropped into the corpus)
   * ran a 3 GB executor out of memory after 12 minutes and took the run down with it; past this
   * point the text is kept in {@code documents.text} but not segmented.
   */
  public static final int DEFAULT_MAX_ANALYSED_CHARS = 4_000_000;

  public static AnalysisSettings defaults(ParagraphMode mode, ActorRegistry registry) {
    return of(mode, DEFAULT_MAX_SENTENCE_TOKENS, registry);
  }

  public static AnalysisSettings of(
      ParagraphMode mode, int maxSentenceTokens, ActorRegistry registry) {
    return new AnalysisSettings(
        mode,
        NlpSettings.light(),
        NlpSettings.parsing(maxSentenceTokens),
        NlpSettings.coreference(Coreference.REFERRING_NOUNS),
        maxSentenceTokens,
        DEFAULT_WINDOW_CHARS,
        DEFAULT_MAX_ANALYSED_CHARS,
        registry,
        TopicRegistry.load(List.of()));
  }

  /** The same settings with the user's topic registry instead of the built-in one. */
  public AnalysisSettings withTopics(TopicRegistry userTopics) {
    return new AnalysisSettings(
        paragraphMode,
        light,
        parsing,
        coreference,
        maxSentenceTokens,
        windowChars,
        maxAnalysedChars,
        registry,
        userTopics);
  }
}
