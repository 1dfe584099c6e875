package org.newsstance.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one document who bear one surname, and which of them a bare use of it means: before
 * a second bearer is named, the one named so far; otherwise the article's principal bearer, the one
 * named in full most often, counting the bare surname's uses while that person was the only bearer
 * named, and on a tie the one named first. News keeps the bare surname for the article's subject
 * and names a relative in full ("Hall of Famer Cammi Granato told her brother…", "Grace Mugabe");
 * taking the nearest full name before each use, as the job did until 2026-11-29, gave every later
 * "Granato" to the sister. Built once per surname and document, in time linear in its names and
 * uses, so that a document listing thousands of one family's names stays cheap.
 */
final class SurnameBearers {
  /** One full name of a bearer: the person it names and where it starts in the document. */
  record Naming(String person, long position) {}

  private final List<String> people;
  private final List<Long> firstNamed;
  private final String principal;

  private SurnameBearers(List<String> people, List<Long> firstNamed, String principal) {
    this.people = people;
    this.firstNamed = firstNamed;
    this.principal = principal;
  }

  /**
   * @param namings the full names carrying the surname, each mapped to its person
   * @param bareUses where the surname stands alone (one-word names NER found)
   */
  static SurnameBearers of(List<Naming> namings, List<Long> bareUses) {
    Map<String, Long> first = new LinkedHashMap<>();
    Map<String, Integer> weight = new HashMap<>();
    for (Naming n : namings) {
      first.merge(n.person(), n.position(), Math::min);
      weight.merge(n.person(), 1, Integer::sum);
    }
    List<String> people = new ArrayList<>(first.keySet());
    people.sort(Comparator.comparing(first::get));
    List<Long> firstNamed = people.stream().map(first::get).toList();
    SurnameBearers partial = new SurnameBearers(people, firstNamed, null);
    for (long use : bareUses) {
      if (partial.onlyFirstNamedBefore(use)) {
        weight.merge(people.get(0), 1, Integer::sum);
      }
    }
    String principal =
        people.stream()
            .min(
                Comparator.comparing((String p) -> -weight.get(p))
                    .thenComparing(first::get)
                    .thenComparing(Comparator.naturalOrder()))
            .orElseThrow();
    return new SurnameBearers(List.copyOf(people), firstNamed, principal);
  }

  /** The person a bare use of the surname at {@code position} refers to. */
  String at(long position) {
    return people.size() == 1 || onlyFirstNamedBefore(position) ? people.get(0) : principal;
  }

  private boolean onlyFirstNamedBefore(long position) {
    return firstNamed.get(0) < position
        && (firstNamed.size() == 1 || position <= firstNamed.get(1));
  }
}
