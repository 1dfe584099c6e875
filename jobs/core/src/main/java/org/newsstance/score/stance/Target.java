package org.newsstance.score.stance;

/**
 * What a stance is about.
 *
 * @param type {@code actor}, {@code topic} or {@code phrase}
 * @param id the actor or topic id; null for a phrase
 * @param text the words of the sentence that name it
 * @param sign -1 when a reversing noun or verb stands between cue and target ("a cessation of X",
 *     "to withdraw from X"), else 1
 */
record Target(String type, String id, String text, int sign) {
  static final String ACTOR = "actor";
  static final String TOPIC = "topic";
  static final String PHRASE = "phrase";

  Target withSign(int newSign) {
    return new Target(type, id, text, newSign);
  }
}
