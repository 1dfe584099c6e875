package org.newsstance.job.ingest;

import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.CsvRecordReader;
import org.newsstance.ingest.IngestRecord;
import org.newsstance.ingest.InputFormat;
import org.newsstance.ingest.JsonLinesReader;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.ingest.Quarantined;
import scala.Tuple2;

/**
 * Turns one input file into ingest rows on an executor. JSON Lines and CSV are streamed record by
 * record; text articles and their sidecars are passed on as bytes to be paired by name. Carries
 * only serializable settings.
 */
final class ReadInputFiles implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private final String rootUri;
  private final InputFormat forcedFormat;
  private final ColumnMapping mapping;
  private final boolean pairTextFiles;

  /**
   * @param rootUri the corpus root as a qualified URI string ending in '/' for folders
   * @param forcedFormat the user's --format, or null to detect each file's format from its name
   * @param pairTextFiles whether text files are passed on to be paired with their sidecars; when
   *     the listing found none, one that appears later is quarantined instead (the next run reads
   *     it)
   */
  ReadInputFiles(
      String rootUri, InputFormat forcedFormat, ColumnMapping mapping, boolean pairTextFiles) {
    this.rootUri = rootUri;
    this.forcedFormat = forcedFormat;
    this.mapping = mapping;
    this.pairTextFiles = pairTextFiles;
  }

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
    String relative = InputPaths.relativize(rootUri, file._1());
    InputFormat format = forcedFormat != null ? forcedFormat : InputFormat.detect(relative);
    try {
      return switch (format) {
        case TEXT ->
            List.of(pairTextFiles ? textFile(relative, file._2()) : appearedLate(relative))
                .iterator();
        case JSONL -> stream(relative, new JsonLinesReader(relative, file._2().open(), mapping));
        case CSV -> stream(relative, new CsvRecordReader(relative, file._2().open(), mapping));
        case PARQUET -> List.of(parquetInTextCorpus(relative)).iterator();
      };
    } catch (UncheckedIOException | IllegalStateException e) {
      return List.of(
              unreadable(
                  relative,
                  "could not read the file: "
                      + e.getMessage()
                      + "; check that it exists and is readable"))
          .iterator();
    }
  }

  private static Row textFile(String relative, PortableDataStream stream) {
    String kind = InputFormat.isSidecar(relative) ? IngestRows.SIDECAR : IngestRows.ARTICLE;
    return IngestRows.file(kind, relative, InputFormat.sidecarKey(relative), stream.toArray());
  }

  private static Row appearedLate(String relative) {
    return unreadable(
        relative,
        "a text file that appeared while the run was reading a corpus of JSON Lines or CSV"
            + " files; the next run reads it");
  }

  private static Row parquetInTextCorpus(String relative) {
    return unreadable(
        relative,
        "a Parquet file inside a text/JSON/CSV corpus folder is not read; run the job with --input"
            + " pointing at the Parquet file or folder (or --format parquet)");
  }

  /** A whole file quarantined as unreadable, with why and what to do. */
  private static Row unreadable(String relative, String detail) {
    Quarantined q = Quarantined.of(relative, QuarantineReason.UNREADABLE, detail, "");
    return IngestRows.of(q, relative, 0);
  }

  /** Streams records lazily so a large file never has to fit in memory. */
  private static Iterator<Row> stream(String relative, Iterator<IngestRecord> records) {
    return new Iterator<>() {
      private long record;

      @Override
      public boolean hasNext() {
        boolean more = records.hasNext();
        if (!more && records instanceof AutoCloseable closeable) {
          closeQuietly(closeable);
        }
        return more;
      }

      @Override
      public Row next() {
        return IngestRows.of(records.next(), relative, ++record);
      }
    };
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // the stream was fully read; a failure to close it loses nothing
    }
  }
}
