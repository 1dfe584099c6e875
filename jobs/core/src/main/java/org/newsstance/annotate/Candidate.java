package org.newsstance.annotate;

import org.newsstance.segment.AnnotatedSentence;

/**
 * A span that may be an actor mention, before resolution decides.
 *
 * @param actorId the registry actor the form names, or null for a name only NER found
 * @param kind how the registry form denotes the actor, or null for an NER name
 * @param nerType PERSON or ORGANIZATION for an NER name, else null
 */
public record Candidate(
    AnnotatedSentence sentence, int begin, int end, String actorId, FormKind kind, String nerType) {

  public String surface() {
    return sentence.surface(begin, end);
  }

  public boolean fromRegistry() {
    return actorId != null;
  }
}
