package org.newsstance.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.InputFormat;
import org.newsstance.job.IncrementalOptions;
import org.newsstance.job.NewsstanceJob;
import org.newsstance.job.Progress;
import org.newsstance.job.RunConfig;
import org.newsstance.job.RunSummary;
import org.newsstance.job.SparkSessions;
import org.newsstance.job.UserError;
import org.newsstance.segment.ParagraphMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsstance run}: the job. Parses options into a {@link RunConfig} and runs it. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads a corpus, segments it into paragraphs, sentences and tokens, and publishes Parquet tables.",
      "Bad input never stops the run: it is recorded in the quarantine table with a reason.",
      "Incremental: documents already published with the same input and pipeline version are skipped."
    },
    footer = {
      "",
      "Examples:",
      "  newsstance run                                   # the seed corpus, into ./output",
      "  newsstance run --input ~/news --output /data/newsstance",
      "  newsstance run --input dev.csv --paragraph-mode line \\",
      "      --id-column DOCUMENT_INDEX --title-column TITLE --text-column DOCUMENT",
      "  newsstance run --since 2026-02-01                # also redo everything published since",
      "",
      "Tables are read at OUTPUT/current/TABLE (a folder of Parquet files per table)."
    })
final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      paramLabel = "PATH",
      defaultValue = "${sys:newsstance.home:-.}/seeds/corpus",
      description =
          "Corpus file or folder: .txt articles (with optional NAME.meta.json), .jsonl, .csv or Parquet. Default: ${DEFAULT-VALUE}")
  String input;

  @Option(
      names = "--output",
      paramLabel = "PATH",
      defaultValue = "${sys:newsstance.home:-.}/output",
      description = "Output folder (local path, hdfs://, s3a://...). Default: ${DEFAULT-VALUE}")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Force one format for every input file: text, jsonl, csv or parquet. Default: from each file's extension.")
  InputFormat format;

  @Option(
      names = "--paragraph-mode",
      paramLabel = "MODE",
      defaultValue = "blank-line",
      converter = ParagraphModeConverter.class,
      description =
          "blank-line: paragraphs separated by blank lines, with headings and list items; line: one paragraph per line. Default: ${DEFAULT-VALUE}")
  ParagraphMode paragraphMode;

  @Option(
      names = "--id-column",
      defaultValue = "id",
      paramLabel = "NAME",
      description =
          "Column holding the document id (JSONL, CSV, Parquet). Default: ${DEFAULT-VALUE}")
  String idColumn;

  @Option(
      names = "--title-column",
      defaultValue = "title",
      paramLabel = "NAME",
      description = "Column holding the title. Default: ${DEFAULT-VALUE}")
  String titleColumn;

  @Option(
      names = "--source-column",
      defaultValue = "source",
      paramLabel = "NAME",
      description = "Column holding the source. Default: ${DEFAULT-VALUE}")
  String sourceColumn;

  @Option(
      names = "--published-at-column",
      defaultValue = "published_at",
      paramLabel = "NAME",
      description = "Column holding the publication date or time. Default: ${DEFAULT-VALUE}")
  String publishedAtColumn;

  @Option(
      names = "--text-column",
      defaultValue = "text",
      paramLabel = "NAME",
      description = "Column holding the article text. Default: ${DEFAULT-VALUE}")
  String textColumn;

  @Option(
      names = "--partitions",
      converter = Counts.NonNegative.class,
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Partitions for the analysis; 0 = 4 per core, at most one per document. Default: ${DEFAULT-VALUE}")
  int partitions;

  @Option(
      names = "--max-sentence-tokens",
      converter = Counts.Positive.class,
      paramLabel = "N",
      defaultValue = "" + AnalysisSettings.DEFAULT_MAX_SENTENCE_TOKENS,
      description =
          "Sentences longer than this are kept but get reduced analysis (marked degraded). Default: ${DEFAULT-VALUE}")
  int maxSentenceTokens;

  @Option(
      names = "--actors",
      paramLabel = "CSV",
      description =
          "Your own actor registry (seeds/actors/README.md has the format), merged over the default:"
              + " a row with an existing actor_id replaces it, new ids are added. Repeatable.")
  List<String> actorFiles = new ArrayList<>();

  @Option(
      names = "--topics",
      paramLabel = "CSV",
      description =
          "Your own topic registry (topic_id,label,triggers; seeds/eval/STANCE-GUIDELINES.md section 10),"
              + " merged over seeds/topics.csv: a row with an existing topic_id replaces it, an"
              + " empty triggers cell removes it, new ids are added. Repeatable.")
  List<String> topicFiles = new ArrayList<>();

  @Option(
      names = "--keep-snapshots",
      converter = Counts.Positive.class,
      defaultValue = "3",
      paramLabel = "N",
      description =
          "Published snapshots kept on disk, the current one included. Default: ${DEFAULT-VALUE}")
  int keepSnapshots;

  @Option(
      names = "--full",
      description =
          "Reprocess every document, even those already published unchanged (after a fix to the analysis).")
  boolean full;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Also reprocess every document published on or after DATE (UTC, yyyy-MM-dd), changed or not: a backfill of a date range. Undated documents are outside every range.")
  LocalDate since;

  @Option(
      names = "--prune",
      description =
          "Remove from the tables the published documents the input no longer has. Off by default, so that an input that is incomplete for one night (a failed mount, a feed that delivers only new files) never deletes published history.")
  boolean prune;

  RunConfig toConfig() {
    return new RunConfig(
        input,
        output,
        format,
        paragraphMode,
        new ColumnMapping(idColumn, titleColumn, sourceColumn, publishedAtColumn, textColumn),
        partitions,
        maxSentenceTokens,
        actorFiles,
        topicFiles,
        keepSnapshots,
        new IncrementalOptions(full, since, prune));
  }

  @Override
  public Integer call() {
    RunConfig config = toConfig();
    // Started before the session, so that the run can report the session's start-up as a stage.
    Progress progress = new Progress(System.out);
    SparkSession spark = SparkSessions.create("newsstance");
    RunSummary summary;
    try {
      summary = new NewsstanceJob(spark, config, progress).run();
      System.out.println(summary.render());
    } finally {
      spark.stop();
    }
    // Published, but a feed that quarantines every record (a wrong column, another separator)
    // must not pass for a quiet night in cron.
    if (summary.input() > 0 && summary.processed() + summary.skipped() == 0) {
      throw UserError.allQuarantined(summary.input(), config.output());
    }
    return 0;
  }
}
