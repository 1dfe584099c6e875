package org.newsstance.annotate;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Actor ids for actors the registry lacks, derived from the normalised name alone, so that the same
 * name gets the same id in every document and every run, and a later registry entry with that slug
 * takes the id over without changing it.
 */
public final class ActorIds {
  private ActorIds() {}

  public static String of(String type, String name) {
    return type + ":" + slug(name);
  }

  /**
   * "Abbas Araghchi" → "abbas-araghchi"; accents dropped, anything not a letter or digit a hyphen.
   */
  public static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
  }
}
