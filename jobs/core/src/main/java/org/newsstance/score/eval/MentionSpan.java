package org.newsstance.score.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;

/**
 * Where a character span falls in annotated text: the sentence holding its first token and the
 * tokens [tokenBegin, tokenEnd) of that sentence it overlaps (0-based, within the sentence).
 */
public record MentionSpan(int sentence, int tokenBegin, int tokenEnd) {

  /**
   * Maps character offsets [from, to) of the annotated text to tokens. A span cut by a sentence
   * break keeps the part in the sentence where it starts. Empty when no token overlaps it.
   */
  public static Optional<MentionSpan> locate(List<CoreMap> sentences, int from, int to) {
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      int begin = -1;
      int end = -1;
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel token = tokens.get(i);
        if (token.beginPosition() < to && token.endPosition() > from) {
          begin = begin < 0 ? i : begin;
          end = i + 1;
        }
      }
      if (begin >= 0) {
        return Optional.of(new MentionSpan(s, begin, end));
      }
    }
    return Optional.empty();
  }
}
