package org.newsstance.job.incremental;

import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newsstance.ingest.Hashes;

/**
 * One named part of what decides a document's rows (segmentation, NLP models, a registry), with the
 * hash of its current version and the rule for what a change of it invalidates.
 *
 * @param entries for {@link Invalidation#DOCUMENTS_MENTIONING_CHANGED_ENTRIES}: surface form → a
 *     value that changes whenever what the form resolves to changes (for example a hash of the
 *     actor's row); empty otherwise
 */
public record PipelineComponent(
    String name, String hash, Invalidation invalidation, SortedMap<String, String> entries)
    implements Serializable {

  public PipelineComponent {
    entries = new TreeMap<>(entries);
  }

  /** The generic hook: a component known only by its hash. */
  public static PipelineComponent of(String name, String hash, Invalidation invalidation) {
    return new PipelineComponent(name, hash, invalidation, new TreeMap<>());
  }

  /** A component whose every setting shapes every row: any change reprocesses every document. */
  public static PipelineComponent settings(String name, Map<String, ?> settings) {
    return of(name, hashOf(settings), Invalidation.ALL_DOCUMENTS);
  }

  /**
   * A registry keyed by surface form: a change reprocesses the documents that mention a form whose
   * entry was added, removed or changed.
   */
  public static PipelineComponent surfaceForms(String name, Map<String, String> formToEntry) {
    return new PipelineComponent(
        name,
        hashOf(formToEntry),
        Invalidation.DOCUMENTS_MENTIONING_CHANGED_ENTRIES,
        new TreeMap<>(formToEntry));
  }

  /** A short, stable hash of a map's entries, whatever its iteration order. */
  static String hashOf(Map<String, ?> values) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(values)
        .forEach(
            (k, v) ->
                text.append(k.length()).append(':').append(k).append('=').append(v).append('\n'));
    return Hashes.sha256Hex(text.toString()).substring(0, 16);
  }
}
