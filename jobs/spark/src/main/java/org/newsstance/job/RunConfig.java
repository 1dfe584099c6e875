package org.newsstance.job;

import java.util.List;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.InputFormat;
import org.newsstance.segment.ParagraphMode;

/**
 * Everything a run needs to know, fixed before it starts.
 *
 * @param format the format to force on every input file, or null to detect it from each file name
 * @param partitions how many partitions the analysis uses; 0 chooses from the corpus and cluster
 * @param actorFiles the user's actor registry files, merged in order over the default registry
 * @param topicFiles the user's topic registry files, merged in order over the default topics
 * @param keepSnapshots how many published snapshots to keep, the current one included, so that a
 *     reader still scanning an older snapshot is not cut off by the next run
 * @param incremental what to do with documents already published (--full, --since, --prune)
 */
public record RunConfig(
    String input,
    String output,
    InputFormat format,
    ParagraphMode paragraphMode,
    ColumnMapping columns,
    int partitions,
    int maxSentenceTokens,
    List<String> actorFiles,
    List<String> topicFiles,
    int keepSnapshots,
    IncrementalOptions incremental) {

  public RunConfig {
    actorFiles = List.copyOf(actorFiles);
    topicFiles = List.copyOf(topicFiles);
  }

  /** A nightly-style incremental run with the built-in topics. */
  public RunConfig(
      String input,
      String output,
      InputFormat format,
      ParagraphMode paragraphMode,
      ColumnMapping columns,
      int partitions,
      int maxSentenceTokens,
      List<String> actorFiles,
      int keepSnapshots) {
    this(
        input,
        output,
        format,
        paragraphMode,
        columns,
        partitions,
        maxSentenceTokens,
        actorFiles,
        List.of(),
        keepSnapshots,
        IncrementalOptions.INCREMENTAL);
  }

  public RunConfig with(IncrementalOptions options) {
    return new RunConfig(
        input,
        output,
        format,
        paragraphMode,
        columns,
        partitions,
        maxSentenceTokens,
        actorFiles,
        topicFiles,
        keepSnapshots,
        options);
  }
}
