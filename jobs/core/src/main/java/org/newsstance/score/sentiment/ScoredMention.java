package org.newsstance.score.sentiment;

import java.io.Serializable;
import org.newsstance.annotate.ActorMention;

/**
 * One actor mention with how its sentence portrays it.
 *
 * @param sentenceCharBegin offset of the mention's sentence in the document text (the evidence)
 * @param sentenceCharEnd offset after the mention's sentence
 */
public record ScoredMention(
    ActorMention mention, MentionSentiment sentiment, int sentenceCharBegin, int sentenceCharEnd)
    implements Serializable {

  /** How much the mention counts in its paragraph's aggregate: the resolution's confidence. */
  double weight() {
    return mention.confidence();
  }
}
