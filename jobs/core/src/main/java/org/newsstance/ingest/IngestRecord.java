package org.newsstance.ingest;

/**
 * What reading one input unit (a file, a JSON line, a CSV record) yields: a document or a
 * quarantine entry.
 */
public sealed interface IngestRecord permits RawDocument, Quarantined {

  /**
   * Where the record came from: a path, or a path with a line or record number ({@code
   * corpus.jsonl:17}).
   */
  String origin();
}
