package org.newsstance.annotate.registry;

import java.io.Serializable;
import java.util.List;

/**
 * An actor of the registry (or one discovered by NER).
 *
 * @param actorId {@code type:slug}, e.g. {@code country:irn}, {@code person:marco-rubio}; a public
 *     contract that never changes once published
 * @param affiliation the actor id of the country a person or body belongs to, or null
 * @param aliases forms that always denote the actor ("Iran", "Islamic Republic of Iran")
 * @param metonyms forms that denote it only when they act or speak ("Tehran", "White House")
 * @param demonyms forms that denote it when used as an actor ("Iranian officials", "Iranians")
 */
public record Actor(
    String actorId,
    String name,
    String type,
    String affiliation,
    List<String> aliases,
    List<String> metonyms,
    List<String> demonyms)
    implements Serializable {

  public Actor {
    aliases = List.copyOf(aliases);
    metonyms = List.copyOf(metonyms);
    demonyms = List.copyOf(demonyms);
  }

  public boolean isPerson() {
    return ActorTypes.PERSON.equals(type);
  }
}
