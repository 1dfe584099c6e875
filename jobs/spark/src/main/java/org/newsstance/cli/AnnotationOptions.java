package org.newsstance.cli;

import org.newsstance.analysis.AnalysisSettings;
import picocli.CommandLine.Option;

/**
 * Options of the commands that annotate benchmark sentences themselves ({@code evaluate}, {@code
 * train-sentiment}): the same parser cap as the job, and how many threads share the pipelines.
 */
final class AnnotationOptions {
  @Option(
      names = "--max-sentence-tokens",
      converter = Counts.Positive.class,
      paramLabel = "N",
      defaultValue = "" + AnalysisSettings.DEFAULT_MAX_SENTENCE_TOKENS,
      description = "The parser's length cap, as in the job. Default: ${DEFAULT-VALUE}")
  int maxTokens;

  @Option(
      names = "--threads",
      converter = Counts.Positive.class,
      paramLabel = "N",
      defaultValue = "2",
      description = "Threads that annotate (sharing one pipeline). Default: ${DEFAULT-VALUE}")
  int threads;
}
