package org.newsstance.job.incremental;

import java.util.TreeMap;
import org.newsstance.annotate.ActorResolver;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;

/**
 * The actor registry as a keyed pipeline component sees it: every surface form that can resolve to
 * an actor (aliases, metonyms, demonyms, and a person's surname, which resolves on its own when
 * unique) → the whole actor row, so that editing a row changes the entry of each of its forms and
 * reprocesses only the documents that mention one of them.
 */
final class RegistryForms {
  private RegistryForms() {}

  static TreeMap<String, String> of(ActorRegistry registry) {
    TreeMap<String, String> forms = new TreeMap<>();
    for (Actor actor : registry.actors()) {
      String entry = actor.toString();
      actor.aliases().forEach(form -> forms.merge(form, entry, RegistryForms::both));
      actor.metonyms().forEach(form -> forms.merge(form, entry, RegistryForms::both));
      actor.demonyms().forEach(form -> forms.merge(form, entry, RegistryForms::both));
      if (actor.isPerson()) {
        // The resolver's surname: "Michael Miske Jr." is "Miske" in text, never "Jr.".
        forms.merge(ActorResolver.surnameOf(actor), entry, RegistryForms::both);
      }
    }
    return forms;
  }

  /** A form shared by two actors depends on both rows; the order keeps the value deterministic. */
  private static String both(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
  }
}
