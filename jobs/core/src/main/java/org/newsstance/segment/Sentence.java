package org.newsstance.segment;

import java.io.Serializable;
import java.util.List;

/**
 * A sentence with its tokens.
 *
 * @param sentenceIdx 0-based position in the document (not in the paragraph)
 * @param degraded why the sentence gets reduced analysis (for instance {@code long_sentence}), or
 *     null when it gets the full one
 */
public record Sentence(
    int sentenceIdx,
    int paragraphIdx,
    int charBegin,
    int charEnd,
    String text,
    List<Token> tokens,
    String degraded)
    implements Serializable {

  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
