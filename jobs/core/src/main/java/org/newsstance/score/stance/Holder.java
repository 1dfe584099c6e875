package org.newsstance.score.stance;

import org.newsstance.annotate.ActorMention;

/** An actor holding a stance, and how it was found (the output's {@code method}). */
record Holder(ActorMention mention, String method) {
  static final String SUBJECT = "dependency_subject";
  static final String PASSIVE_AGENT = "passive_agent";
  static final String REPORTED_SPEECH = "reported_speech";
  static final String POSSESSIVE_NOUN = "possessive_noun";
  static final String ACTOR_ACT = "actor_act";
}
