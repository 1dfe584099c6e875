package org.newsstance.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.annotate.registry.ActorTypes;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Links candidate spans to actors, in this order: registry aliases; metonyms that act; demonyms
 * used as actors; names NER found; then short names merged with a full name of the same document
 * ("Abbas Araghchi" … "Araghchi", or by first name, "Abbas"), or with the one registry person
 * bearing that surname ("Khamenei") where the text names that person's country or something of it;
 * last, acronyms merged with their organisation's full name ({@link Acronyms}). Coreference comes
 * after, in {@link CorefLinker}. Deterministic: the same sentences give the same mentions in the
 * same order.
 */
public final class ActorResolver {
  /** Parser-less decisions on metonyms and demonyms are right less often. */
  private static final double UNPARSED_FACTOR = 0.8;

  private final ActorRegistry registry;

  /** Keyed with apostrophes folded, as the alias index matches: "Sa’ar" is the registry's Sa'ar. */
  private final Map<String, List<Actor>> registryBySurname = new HashMap<>();

  public ActorResolver(ActorRegistry registry) {
    this.registry = registry;
    for (Actor person : registry.people()) {
      registryBySurname
          .computeIfAbsent(
              SurfaceFormIndex.sameApostrophes(surnameOf(person)), k -> new ArrayList<>())
          .add(person);
    }
  }

  /**
   * The surname by which a registry person is resolved on its own ("Michael Miske Jr." → "Miske"):
   * whoever predicts which texts a registry row affects (the incremental planner) must use it.
   */
  public static String surnameOf(Actor person) {
    return PersonNames.surname(person.name());
  }

  /**
   * @param namedInsideLongerNames registry actors the text names only inside longer names ({@link
   *     CandidateFinder.Found}): context for bare surnames, no mentions
   */
  public ResolvedActors resolve(
      List<AnnotatedSentence> sentences,
      Map<AnnotatedSentence, List<Candidate>> candidates,
      Set<String> namedInsideLongerNames) {
    List<ActorMention> mentions = new ArrayList<>();
    Map<String, Actor> discovered = new LinkedHashMap<>();
    PersonNames people = new PersonNames();
    List<Candidate> names = new ArrayList<>();
    // Every registry actor the text names, acting or not, and the country it belongs to: where a
    // registry person's bare surname is recognised (inContext).
    Set<String> contextNamed = new HashSet<>();
    namedInsideLongerNames.forEach(id -> named(id, contextNamed));
    for (AnnotatedSentence sentence : sentences) {
      for (Candidate c : candidates.getOrDefault(sentence, List.of())) {
        if (c.fromRegistry()) {
          named(c.actorId(), contextNamed);
          resolveRegistryForm(c, mentions, people);
        } else {
          names.add(c);
          if (c.nerType().equals("PERSON") && c.end() - c.begin() > 1) {
            people.addFullName(ActorIds.of(ActorTypes.PERSON, c.surface()), c);
          } else if (c.end() - c.begin() == 1) {
            people.addOneWordName(c);
          }
        }
      }
    }
    for (Candidate c : names) {
      resolveName(c, people, contextNamed, mentions, discovered);
    }
    mentions.addAll(people.unflaggedNames(sentences, mentions, oneWordNames(mentions)));
    mentions.replaceAll(m -> knownActor(m, discovered, people));
    List<ActorMention> resolved =
        new ArrayList<>(
            Acronyms.merge(
                mentions,
                id ->
                    discovered.containsKey(id) ? discovered.get(id) : registry.get(id).orElse(null),
                discovered));
    resolved.sort(
        Comparator.comparingInt(ActorMention::sentenceIdx)
            .thenComparingInt(ActorMention::tokenBegin));
    return new ResolvedActors(resolved, discovered);
  }

  /** A registry actor the text names, and the country it belongs to, join the context. */
  private void named(String actorId, Set<String> contextNamed) {
    contextNamed.add(actorId);
    registry.get(actorId).map(Actor::affiliation).ifPresent(contextNamed::add);
  }

  private void resolveRegistryForm(Candidate c, List<ActorMention> mentions, PersonNames people) {
    double parsedFactor = c.sentence().parsed() ? 1.0 : UNPARSED_FACTOR;
    switch (c.kind()) {
      case ALIAS -> {
        mentions.add(mention(c, c.actorId(), Resolution.REGISTRY_ALIAS, 1.0));
        registry
            .get(c.actorId())
            .filter(Actor::isPerson)
            .ifPresent(p -> people.addFullName(p.actorId(), c));
      }
      case METONYM -> {
        if (ActorRoles.acts(c.sentence(), c.begin(), c.end())) {
          mentions.add(mention(c, c.actorId(), Resolution.METONYMY, parsedFactor));
        }
      }
      case DEMONYM -> {
        if (ActorRoles.demonymActs(c.sentence(), c.begin(), c.end())) {
          mentions.add(mention(c, c.actorId(), Resolution.DEMONYM, parsedFactor));
        }
      }
    }
  }

  /**
   * @param contextNamed the registry actors the text names, by any form (acting or not), and the
   *     countries they belong to: the context a registry surname needs
   */
  private void resolveName(
      Candidate c,
      PersonNames people,
      Set<String> contextNamed,
      List<ActorMention> mentions,
      Map<String, Actor> discovered) {
    String surface = c.surface();
    // NER tags some surnames ORGANIZATION ("Friedrichs tried to ..." after "Rebecca Friedrichs").
    if (c.end() - c.begin() == 1) {
      String merged = people.fullNameFor(surface, c);
      if (merged != null) {
        mentions.add(mention(c, merged, Resolution.NAME_MERGE, 1.0));
        return;
      }
      String named = c.nerType().equals("PERSON") ? people.firstWordOf(surface) : null;
      if (named != null) {
        mentions.add(mention(c, named, Resolution.NAME_MERGE, 1.0));
        return;
      }
      // "Johnson" alone is Boris Johnson only in a text about Britain: in a NASCAR report it is
      // Jimmie Johnson, in a Lakers one Magic Johnson, in Congress Mike Johnson.
      List<Actor> bearers =
          registryBySurname.getOrDefault(SurfaceFormIndex.sameApostrophes(surface), List.of());
      if (bearers.size() == 1
          && c.nerType().equals("PERSON")
          && inContext(bearers.get(0), contextNamed)) {
        mentions.add(mention(c, bearers.get(0).actorId(), Resolution.REGISTRY_SURNAME, 1.0));
        return;
      }
    }
    if (c.nerType().equals("PERSON") && c.end() - c.begin() > 1) {
      String merged = people.longerNameFor(c);
      if (merged != null) {
        mentions.add(mention(c, merged, Resolution.NAME_MERGE, 1.0));
        return;
      }
    }
    String type = c.nerType().equals("PERSON") ? ActorTypes.PERSON : ActorTypes.ORGANISATION;
    String id = ActorIds.of(type, surface);
    // One name, one actor within a document: NER may tag the same name PERSON in one sentence and
    // ORGANIZATION in another ("Axoni"); the first reading holds for the rest.
    Actor sameName = discovered.get(ActorIds.of(otherType(type), surface));
    if (sameName != null && registry.get(id).isEmpty()) {
      id = sameName.actorId();
    }
    if (registry.get(id).isEmpty()) {
      discovered.putIfAbsent(
          id, new Actor(id, surface, type, null, List.of(surface), List.of(), List.of()));
    }
    mentions.add(mention(c, id, Resolution.NER, 1.0));
  }

  /**
   * The mention, pointed at an actor the registry or the document knows. A name merge points at the
   * id its full name registered as a person before resolution; when that name then kept an earlier
   * organisation reading ("Getty Images Carlo Ancelotti" tagged ORGANIZATION, then "manager Carlo
   * Ancelotti" PERSON, then "Ancelotti"), the person id was never discovered and the job could not
   * build the mention's row: the document was quarantined. The merge follows the full name to the
   * actor it became; a person id with no such reading is discovered under the full name.
   */
  private ActorMention knownActor(
      ActorMention m, Map<String, Actor> discovered, PersonNames people) {
    String id = m.actorId();
    if (registry.get(id).isPresent() || discovered.containsKey(id)) {
      return m;
    }
    String fullName = people.surfaceOf(id).orElse(m.surface());
    String organisation = ActorIds.of(ActorTypes.ORGANISATION, fullName);
    if (discovered.containsKey(organisation)) {
      return m.withActorId(organisation);
    }
    discovered.put(
        id,
        new Actor(id, fullName, ActorTypes.PERSON, null, List.of(fullName), List.of(), List.of()));
    return m;
  }

  /**
   * One-word names NER found, to the actor the first of each resolved to: as a name of its own, or
   * merged with a full name (a first name NER tagged in one sentence and missed in another).
   */
  private static Map<String, String> oneWordNames(List<ActorMention> mentions) {
    Map<String, String> names = new HashMap<>();
    for (ActorMention m : mentions) {
      boolean named = m.resolution() == Resolution.NER || m.resolution() == Resolution.NAME_MERGE;
      if (named && m.tokenEnd() - m.tokenBegin() == 1) {
        names.putIfAbsent(m.surface(), m.actorId());
      }
    }
    return names;
  }

  /**
   * Whether the text names the person's country, or the person has none (international officials).
   */
  private static boolean inContext(Actor person, Set<String> contextNamed) {
    return person.affiliation() == null || contextNamed.contains(person.affiliation());
  }

  private static String otherType(String type) {
    return type.equals(ActorTypes.PERSON) ? ActorTypes.ORGANISATION : ActorTypes.PERSON;
  }

  static ActorMention mention(Candidate c, String actorId, Resolution resolution, double factor) {
    var s = c.sentence().sentence();
    return new ActorMention(
        s.paragraphIdx(),
        s.sentenceIdx(),
        c.begin(),
        c.end(),
        s.tokens().get(c.begin()).charBegin(),
        s.tokens().get(c.end() - 1).charEnd(),
        c.surface(),
        actorId,
        resolution,
        resolution.confidence() * factor);
  }
}
