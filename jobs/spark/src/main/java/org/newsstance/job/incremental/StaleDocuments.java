package org.newsstance.job.incremental;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsstance.ingest.Mojibake;

/**
 * Which of the documents produced under one earlier pipeline version the current version makes
 * stale: none, all, or those that mention a changed entry of a keyed component.
 */
final class StaleDocuments implements Serializable {
  static final StaleDocuments NONE = new StaleDocuments(false, null);
  static final StaleDocuments ALL = new StaleDocuments(true, null);

  private final boolean all;
  private final MentionMatcher mentions;

  private StaleDocuments(boolean all, MentionMatcher mentions) {
    this.all = all;
    this.mentions = mentions;
  }

  /**
   * Whether a document's text (as read, before the analysis repairs its mojibake) may resolve
   * differently: the repaired text is what the annotator reads ("Sinn FÃ©in" is "Sinn Féin" there),
   * the text as read is looked at too, so this stays looser than the annotator.
   */
  boolean affects(String text) {
    if (all) {
      return true;
    }
    if (mentions == null) {
      return false;
    }
    if (mentions.mentionsAny(text)) {
      return true;
    }
    Mojibake.Repaired repaired = Mojibake.repair(text);
    return repaired.sequences() > 0 && mentions.mentionsAny(repaired.text());
  }

  /**
   * Compares the component hashes a document was produced with to the current version. A component
   * that is new, gone, or keyed but without kept entries counts as changed everywhere it applies.
   */
  static StaleDocuments between(
      Map<String, String> previous, PipelineVersion current, ComponentEntries kept) {
    Map<String, String> before = previous == null ? Map.of() : previous;
    TreeSet<String> changedForms = new TreeSet<>();
    for (PipelineComponent component : current.components()) {
      String was = before.get(component.name());
      if (component.hash().equals(was) || component.invalidation() == Invalidation.NONE) {
        continue;
      }
      if (component.invalidation() == Invalidation.ALL_DOCUMENTS) {
        return ALL;
      }
      Optional<Map<String, String>> old =
          was == null ? Optional.of(Map.of()) : kept.load(component.name(), was);
      if (old.isEmpty()) {
        return ALL;
      }
      changedForms.addAll(changedKeys(old.get(), component.entries()));
    }
    for (String name : before.keySet()) {
      if (current.component(name).isEmpty()) {
        return ALL;
      }
    }
    return changedForms.isEmpty()
        ? NONE
        : new StaleDocuments(false, new MentionMatcher(changedForms));
  }

  /** Keys added, removed, or mapped to another value. */
  static TreeSet<String> changedKeys(Map<String, String> before, Map<String, String> after) {
    TreeSet<String> changed = new TreeSet<>();
    TreeMap<String, String> all = new TreeMap<>(before);
    all.putAll(after);
    for (String key : all.keySet()) {
      if (!Objects.equals(before.get(key), after.get(key))) {
        changed.add(key);
      }
    }
    return changed;
  }
}
