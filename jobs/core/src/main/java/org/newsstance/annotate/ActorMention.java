package org.newsstance.annotate;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * One mention of an actor in a sentence.
 *
 * @param tokenBegin first token of the mention in its sentence (0-based)
 * @param tokenEnd after the last token of the mention in its sentence
 * @param charBegin offset in the document text
 * @param charEnd offset after the mention in the document text
 * @param resolution how the mention was linked to the actor (see {@link Resolution})
 * @param confidence how sure the linking is, from the resolution and its evidence (0..1)
 */
public record ActorMention(
    int paragraphIdx,
    int sentenceIdx,
    int tokenBegin,
    int tokenEnd,
    int charBegin,
    int charEnd,
    String surface,
    String actorId,
    Resolution resolution,
    double confidence)
    implements Serializable {

  /** The same span, linked to another actor. */
  public ActorMention withActorId(String otherActorId) {
    return relinked(otherActorId, resolution, confidence);
  }

  /** The same span, linked to another actor by another resolution. */
  public ActorMention relinked(String otherActorId, Resolution how, double howSure) {
    return new ActorMention(
        paragraphIdx,
        sentenceIdx,
        tokenBegin,
        tokenEnd,
        charBegin,
        charEnd,
        surface,
        otherActorId,
        how,
        howSure);
  }

  /** One token of a document as one number: the sentence in the high half, the token in the low. */
  public static long tokenKey(int sentenceIdx, int token) {
    return ((long) sentenceIdx << 32) | token;
  }

  /** Every token the mentions cover, as {@link #tokenKey} values. */
  public static Set<Long> coveredTokens(Collection<ActorMention> mentions) {
    Set<Long> covered = new HashSet<>();
    for (ActorMention m : mentions) {
      for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
        covered.add(tokenKey(m.sentenceIdx(), t));
      }
    }
    return covered;
  }
}
