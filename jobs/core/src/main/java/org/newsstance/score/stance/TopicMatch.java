package org.newsstance.score.stance;

/**
 * A topic trigger found in a sentence.
 *
 * @param tokenBegin first token of the match in its sentence
 * @param tokenEnd after the last token of the match
 * @param trigger the trigger's first token: {@code zero} for the trigger {@code zero-enrichment},
 *     which matches "zero-enrichment" and "zero enrichment" alike
 */
public record TopicMatch(String topicId, int tokenBegin, int tokenEnd, String trigger) {
  public boolean covers(int token) {
    return token >= tokenBegin && token < tokenEnd;
  }

  public boolean within(int begin, int end) {
    return tokenBegin < end && tokenEnd > begin;
  }
}
