package org.newsstance.analysis;

import java.io.Serializable;
import org.newsstance.nlp.NlpSettings;
import org.newsstance.segment.ParagraphMode;

/**
 * Everything that decides what the analysis of a document produces. Serializable and small: Spark
 * tasks carry this to executors, never a pipeline or a model.
 *
 * @param maxSentenceTokens longer sentences are kept but get reduced analysis (marked degraded)
 * @param windowChars paragraphs longer than this are segmented in windows of this size (marked
 *     {@code long_paragraph})
 */
public record AnalysisSettings(
    ParagraphMode paragraphMode, NlpSettings segmentation, int maxSentenceTokens, int windowChars)
    implements Serializable {

  /** 120 tokens is ~5× a typical news sentence; past it, parse cost climbs steeply. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 120;

  /** ~3,500 tokens: far above any real paragraph, small enough to bound one CoreNLP call. */
  public static final int DEFAULT_WINDOW_CHARS = 20_000;

  public static AnalysisSettings defaults(ParagraphMode mode) {
    return new AnalysisSettings(
        mode, NlpSettings.segmentation(), DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_WINDOW_CHARS);
  }
}
