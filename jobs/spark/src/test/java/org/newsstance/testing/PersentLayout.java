package org.newsstance.testing;

import java.util.List;

/** How the job reads a CSV laid out as PerSenT's: its column names, one paragraph per line. */
public final class PersentLayout {
  public static final String ID_COLUMN = "DOCUMENT_INDEX";

  /** The run options for that layout, as the benchmarks pass them after the job's own. */
  public static final List<String> RUN_OPTIONS =
      List.of(
          "--paragraph-mode", "line",
          "--id-column", ID_COLUMN,
          "--title-column", "TITLE",
          "--text-column", "DOCUMENT");

  private PersentLayout() {}
}
