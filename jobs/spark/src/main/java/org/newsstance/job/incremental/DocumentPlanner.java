package org.newsstance.job.incremental;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsstance.ingest.PublishedDates;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.IncrementalOptions;

/**
 * Decides, for one input document, whether this run analyses it. Built on the driver from the
 * distinct pipeline versions found among published documents (a handful), then carried to the
 * executors, where each document is decided without further lookups.
 */
public final class DocumentPlanner implements Serializable {
  private final IncrementalOptions options;
  private final HashMap<Map<String, String>, StaleDocuments> staleByVersion = new HashMap<>();

  public DocumentPlanner(
      IncrementalOptions options,
      PipelineVersion current,
      Set<Map<String, String>> publishedVersions,
      ComponentEntries kept) {
    this.options = options;
    for (Map<String, String> version : publishedVersions) {
      staleByVersion.put(versionKey(version), StaleDocuments.between(version, current, kept));
    }
  }

  /**
   * @param publishedHash the input fingerprint of the published version, null if none is
   * @param publishedComponents the pipeline component hashes it was produced with
   */
  public Decision decide(
      RawDocument doc,
      String inputHash,
      String publishedHash,
      Map<String, String> publishedComponents) {
    if (publishedHash == null) {
      return Decision.NEW;
    }
    if (!publishedHash.equals(inputHash)) {
      return Decision.CHANGED;
    }
    if (options.full()) {
      return Decision.FULL;
    }
    if (options.since() != null && !publishedBefore(doc, options.since())) {
      return Decision.SINCE;
    }
    StaleDocuments stale = staleByVersion.get(versionKey(publishedComponents));
    // A version not seen on the driver cannot happen; reprocessing is the safe answer if it does.
    if (stale == null || stale.affects(doc.text())) {
      return Decision.PIPELINE;
    }
    return Decision.UNCHANGED;
  }

  /** Undated documents are never inside a --since range. */
  private static boolean publishedBefore(RawDocument doc, LocalDate since) {
    return PublishedDates.parse(doc.publishedAt())
        .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate().isBefore(since))
        .orElse(true);
  }

  private static Map<String, String> versionKey(Map<String, String> version) {
    return version == null ? Map.of() : Map.copyOf(version);
  }
}
