package org.newsstance.eval;

import java.util.Collection;
import java.util.List;
import org.newsstance.annotate.ActorIds;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.Actor;

/**
 * Decides whether an actor the job found is a benchmark's target entity. The job never sees the
 * target; this only scores what it found. An actor is the target when its name, one of its aliases
 * or one of its mentions in the document spells the target (compared as slugs: case, accents and
 * punctuation aside), or, for a person, when the target is a full name ending in the actor's
 * surname and the actor's own name is that surname or ends in it.
 */
public final class TargetMatcher {
  private final String target;
  private final String targetSlug;

  public TargetMatcher(String target) {
    this.target = target.strip();
    this.targetSlug = ActorIds.slug(this.target);
  }

  public boolean matches(Actor actor, Collection<ActorMention> mentionsOfActor) {
    if (ActorIds.slug(actor.name()).equals(targetSlug)
        || actor.aliases().stream().anyMatch(a -> ActorIds.slug(a).equals(targetSlug))
        || mentionsOfActor.stream().anyMatch(m -> ActorIds.slug(m.surface()).equals(targetSlug))) {
      return true;
    }
    if (!actor.isPerson()) {
      return false;
    }
    List<String> targetWords = List.of(targetSlug.split("-"));
    List<String> nameWords = List.of(ActorIds.slug(actor.name()).split("-"));
    return targetWords.containsAll(nameWords) || nameWords.containsAll(targetWords);
  }
}
