package org.newsstance.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorTypes;

/**
 * Links an organisation's acronym to its full name in the same document: news writes "the United
 * Auto Workers" once and "the UAW" after, "General Motors" and "GM". Left apart, one organisation
 * would be two actors, its sentiment and stance split between them. An acronym is a name NER found,
 * all capitals (2–6 letters), equal to the initials of exactly one organisation the document names
 * (capitalised words and hyphenated parts, without "of", "the", "and", "for", "&", "de", "on":
 * "Federal Bureau of Investigation" → FBI); two organisations with the same initials leave it
 * alone.
 */
final class Acronyms {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Pattern HYPHEN = Pattern.compile("-");
  private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "&", "de", "on");

  private Acronyms() {}

  /**
   * The mentions with each acronym pointed at its organisation's full name (resolution {@code
   * name_merge}), and the discovered actors no mention uses any more removed.
   *
   * @param actors every actor a mention points at, registry or discovered, by id
   */
  static List<ActorMention> merge(
      List<ActorMention> mentions, Function<String, Actor> actors, Map<String, Actor> discovered) {
    Map<String, String> byInitials = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (ActorMention m : mentions) {
      Actor actor = actors.apply(m.actorId());
      if (actor == null || !isOrganisation(actor) || !seen.add(actor.actorId())) {
        continue;
      }
      String initials = initials(actor.name());
      if (initials.length() >= 2) {
        String earlier = byInitials.putIfAbsent(initials, actor.actorId());
        if (earlier != null && !earlier.equals(actor.actorId())) {
          ambiguous.add(initials);
        }
      }
    }
    // Relinked by the acronym's own actor id, so that its mentions NER missed and a later rule
    // linked to the same id ("GM" tagged in one sentence, found by spelling in another) follow.
    Map<String, String> relink = new HashMap<>();
    for (ActorMention m : mentions) {
      String full = byInitials.get(m.surface());
      if (m.resolution() == Resolution.NER
          && ACRONYM.matcher(m.surface()).matches()
          && full != null
          && !ambiguous.contains(m.surface())
          && !full.equals(m.actorId())
          && discovered.containsKey(m.actorId())) {
        relink.put(m.actorId(), full);
      }
    }
    List<ActorMention> merged =
        mentions.stream()
            .map(
                m ->
                    relink.containsKey(m.actorId())
                        ? m.relinked(
                            relink.get(m.actorId()),
                            Resolution.NAME_MERGE,
                            Resolution.NAME_MERGE.confidence())
                        : m)
            .toList();
    Set<String> used = new HashSet<>();
    merged.forEach(m -> used.add(m.actorId()));
    discovered.keySet().retainAll(used);
    return merged;
  }

  /**
   * "United Auto Workers" → "UAW"; a hyphenated word gives its capitalised parts ("Hewlett-Packard"
   * → HP, "Co-operation" → C); empty when a word is not capitalised (no acronym's source).
   */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : WORDS.split(name.strip())) {
      if (word.isEmpty() || SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return "";
      }
      for (String part : HYPHEN.split(word)) {
        if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
          initials.appendCodePoint(part.codePointAt(0));
        }
      }
    }
    return initials.toString();
  }

  private static boolean isOrganisation(Actor actor) {
    return !actor.isPerson() && !ActorTypes.COUNTRY.equals(actor.type());
  }
}
