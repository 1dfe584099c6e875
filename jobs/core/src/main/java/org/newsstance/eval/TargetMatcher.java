package org.newsstance.eval;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsstance.annotate.ActorIds;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;

/**
 * Decides whether an actor the job found is a benchmark's target entity. The job never sees the
 * target; this only scores what it found. An actor is the target when its name, one of its aliases
 * or one of its mentions in the document spells the target (compared as slugs: case, accents and
 * punctuation aside), or, for a person, when one name's words hold all of the other's. An actor
 * whose name is shorter than the target ("Liu" for "Liu Xia", "Leo" for "Leo Apotheker") is a
 * weaker match than one that spells it or holds it ("Martin Luther King Jr."): in a PerSenT article
 * "Liu" alone is Liu Xia's husband, whom the job rightly keeps apart.
 */
public final class TargetMatcher {
  private final String target;
  private final String targetSlug;

  public TargetMatcher(String target) {
    this.target = target.strip();
    this.targetSlug = ActorIds.slug(this.target);
  }

  /** How well an actor matches the target, weakest first. */
  public enum Match {
    NONE,
    /** A person whose name is part of the target's: "Liu" for "Liu Xia". */
    SHORTER_NAME,
    /** The target spelled by the actor's name, an alias or a mention, or held in its name. */
    FULL
  }

  /**
   * The actor that is the target: the best match, then the most mentioned, then (only so that the
   * choice is deterministic) the greatest id; empty when none matches.
   *
   * @param mentionsByActor the mentions of each actor the job found
   * @param discovered the actors the job found that the registry lacks, by id
   */
  public Optional<String> best(
      Map<String, List<ActorMention>> mentionsByActor,
      ActorRegistry registry,
      Map<String, Actor> discovered) {
    Function<String, Actor> actors = id -> registry.get(id).orElseGet(() -> discovered.get(id));
    Comparator<Map.Entry<String, Match>> order =
        Comparator.comparing((Map.Entry<String, Match> e) -> e.getValue())
            .thenComparingInt(e -> mentionsByActor.get(e.getKey()).size())
            .thenComparing(Map.Entry::getKey);
    return mentionsByActor.entrySet().stream()
        .filter(e -> actors.apply(e.getKey()) != null)
        .map(e -> Map.entry(e.getKey(), match(actors.apply(e.getKey()), e.getValue())))
        .filter(e -> e.getValue() != Match.NONE)
        .max(order)
        .map(Map.Entry::getKey);
  }

  public Match match(Actor actor, Collection<ActorMention> mentionsOfActor) {
    if (ActorIds.slug(actor.name()).equals(targetSlug)
        || actor.aliases().stream().anyMatch(a -> ActorIds.slug(a).equals(targetSlug))
        || mentionsOfActor.stream().anyMatch(m -> ActorIds.slug(m.surface()).equals(targetSlug))) {
      return Match.FULL;
    }
    if (!actor.isPerson()) {
      return Match.NONE;
    }
    List<String> targetWords = List.of(targetSlug.split("-"));
    List<String> nameWords = List.of(ActorIds.slug(actor.name()).split("-"));
    if (nameWords.containsAll(targetWords)) {
      return Match.FULL;
    }
    return targetWords.containsAll(nameWords) ? Match.SHORTER_NAME : Match.NONE;
  }
}
