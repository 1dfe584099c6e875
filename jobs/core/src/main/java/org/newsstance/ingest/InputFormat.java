package org.newsstance.ingest;

import java.util.Locale;

/** The corpus formats the job reads. Detected from each file's name unless the user forces one. */
public enum InputFormat {
  /** One article per file; an optional {@code NAME.meta.json} sidecar holds its metadata. */
  TEXT,
  /** One JSON object per line. */
  JSONL,
  /** A CSV file with a header row; quoted fields may span lines. */
  CSV,
  /** Parquet files with the same columns as CSV. */
  PARQUET;

  /** File-name suffix of a sidecar holding metadata for the text file of the same base name. */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  /**
   * The format a file name implies; anything unrecognised is read as text (and checked as such).
   */
  public static InputFormat detect(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (isSidecar(name)) {
      // A sidecar belongs to a text corpus, whatever its .json ending suggests.
      return TEXT;
    }

    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    return TEXT;
  }

  public static boolean isSidecar(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX);
  }

  /** The text file a sidecar belongs to is named by its path without {@link #SIDECAR_SUFFIX}. */
  public static String sidecarKey(String path) {
    if (isSidecar(path)) {
      return path.substring(0, path.length() - SIDECAR_SUFFIX.length());
    }
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash ? path.substring(0, dot) : path;
  }
}
