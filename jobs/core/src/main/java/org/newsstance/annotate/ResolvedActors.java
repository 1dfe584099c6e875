package org.newsstance.annotate;

import java.util.List;
import java.util.Map;
import org.newsstance.annotate.registry.Actor;

/**
 * The actors of one document: every mention linked to an actor, and the actors NER found that the
 * registry lacks (keyed by id), for the {@code actors} dimension.
 */
public record ResolvedActors(List<ActorMention> mentions, Map<String, Actor> discovered) {
  public ResolvedActors {
    mentions = List.copyOf(mentions);
    discovered = Map.copyOf(discovered);
  }
}
