package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.annotate.registry.ActorTypes;

/**
 * The state an official speaks for, so that the official's "we" holds as that state ("'We would
 * oppose any violence,' State Department spokeswoman Heather Nauert said" → the United States): the
 * speaker's registry affiliation, else a country, or a body affiliated to one, among the words that
 * title the speaker.
 */
final class SpokespersonState {
  private static final String[] TITLE = {"compound", "appos", "amod", "nmod:of", "flat"};
  private static final int MAX_DEPTH = 3;

  private final ActorRegistry registry;

  SpokespersonState(ActorRegistry registry) {
    this.registry = registry;
  }

  Optional<String> of(ActorMention speaker, SentenceView view) {
    Optional<String> own = country(speaker.actorId());
    if (own.isPresent() || view.graph == null) {
      return own;
    }
    IndexedWord head = view.graph.getNodeByIndexSafe(speaker.tokenEnd());
    if (head == null) {
      return Optional.empty();
    }
    Set<IndexedWord> seen = new HashSet<>();
    Deque<IndexedWord> queue = new ArrayDeque<>();
    queue.add(head);
    for (int depth = 0; depth < MAX_DEPTH && !queue.isEmpty(); depth++) {
      Deque<IndexedWord> next = new ArrayDeque<>();
      for (IndexedWord node : queue) {
        for (IndexedWord child : view.children(node, TITLE)) {
          ActorMention m = view.mention(child);
          if (m != null && !m.actorId().equals(speaker.actorId())) {
            Optional<String> state = country(m.actorId());
            if (state.isPresent()) {
              return state;
            }
          }
          if (seen.add(child)) {
            next.add(child);
          }
        }
      }
      queue = next;
    }
    return Optional.empty();
  }

  /** The country an actor is or belongs to (one affiliation step: a ministry of a country). */
  private Optional<String> country(String actorId) {
    Actor actor = registry.get(actorId).orElse(null);
    if (actor == null) {
      return Optional.empty();
    }
    if (ActorTypes.COUNTRY.equals(actor.type())) {
      return Optional.of(actor.actorId());
    }
    return Optional.ofNullable(actor.affiliation())
        .flatMap(registry::get)
        .filter(a -> ActorTypes.COUNTRY.equals(a.type()))
        .map(Actor::actorId);
  }
}
