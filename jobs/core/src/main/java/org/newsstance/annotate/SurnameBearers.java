package org.newsstance.annotate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one document who bear one surname, and which of them a bare use of it means: before
 * a second bearer is named, the one named so far; otherwise the article's principal bearer, the one
 * named in full most often, counting the bare surname's uses while that person was the only bearer
 * named, and on a tie the one named first. News keeps the bare surname for the article's subject
 * and names a relative in full ("Hall of Famer Cammi Granato told her brother…", "Grace Mugabe"),
 * so the nearest full name before a use is often the wrong one. Built once per surname and
 * document, in one pass over its names and uses (after sorting the people by first naming), so that
 * a document listing thousands of one family's names stays cheap.
 */
final class SurnameBearers {
  /** One full name of a bearer: the person it names and where it starts in the document. */
  record Naming(String person, long position) {}

  private final String firstBearer;
  private final long firstNamedAt;

  /** Where a second bearer is first named; {@code Long.MAX_VALUE} when nobody else bears it. */
  private final long secondNamedAt;

  private final String principal;

  private SurnameBearers(
      String firstBearer, long firstNamedAt, long secondNamedAt, String principal) {
    this.firstBearer = firstBearer;
    this.firstNamedAt = firstNamedAt;
    this.secondNamedAt = secondNamedAt;
    this.principal = principal;
  }

  /**
   * @param namings the full names carrying the surname, each mapped to its person; at least one
   * @param bareUses where the surname stands alone (one-word names NER found)
   */
  static SurnameBearers of(List<Naming> namings, List<Long> bareUses) {
    Map<String, Long> first = new HashMap<>();
    Map<String, Integer> weight = new HashMap<>();
    for (Naming n : namings) {
      first.merge(n.person(), n.position(), Math::min);
      weight.merge(n.person(), 1, Integer::sum);
    }
    // No two people are first named at one position, so this order is total.
    List<String> people = first.keySet().stream().sorted(Comparator.comparing(first::get)).toList();
    String firstBearer = people.get(0);
    long firstNamedAt = first.get(firstBearer);
    long secondNamedAt = people.size() > 1 ? first.get(people.get(1)) : Long.MAX_VALUE;
    for (long use : bareUses) {
      if (between(firstNamedAt, use, secondNamedAt)) {
        weight.merge(firstBearer, 1, Integer::sum);
      }
    }
    String principal =
        people.stream()
            .max(
                Comparator.comparing(weight::get)
                    .thenComparing(first::get, Comparator.reverseOrder()))
            .orElseThrow();
    return new SurnameBearers(firstBearer, firstNamedAt, secondNamedAt, principal);
  }

  /** The person a bare use of the surname at {@code position} refers to. */
  String at(long position) {
    return between(firstNamedAt, position, secondNamedAt) ? firstBearer : principal;
  }

  /** Whether a use at {@code position} comes after the first bearer's naming and no later one's. */
  private static boolean between(long firstNamedAt, long position, long secondNamedAt) {
    return firstNamedAt < position && position <= secondNamedAt;
  }
}
