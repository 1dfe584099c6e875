package org.newsstance.job.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.newsstance.ingest.ColumnMapping;
import org.newsstance.ingest.CsvRecordReader;
import org.newsstance.ingest.IngestRecord;
import org.newsstance.ingest.InputFormat;
import org.newsstance.ingest.JsonLinesReader;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.ingest.Quarantined;

/**
 * Turns one listed input file into ingest rows on an executor. JSON Lines and CSV are streamed
 * record by record; text articles and their sidecars are passed on as bytes to be paired by name. A
 * file that cannot be opened or read, or that holds no record, becomes a quarantine row: one bad
 * file never fails the run. Carries only serializable settings.
 */
final class ReadInputFiles implements FlatMapFunction<InputFile, Row> {
  private final InputFormat forcedFormat;
  private final ColumnMapping mapping;
  private final Broadcast<SerializableConfiguration> hadoopConf;

  /**
   * @param forcedFormat the user's --format, or null to detect each file's format from its name
   * @param hadoopConf the job's Hadoop configuration, to open files that are not local
   */
  ReadInputFiles(
      InputFormat forcedFormat,
      ColumnMapping mapping,
      Broadcast<SerializableConfiguration> hadoopConf) {
    this.forcedFormat = forcedFormat;
    this.mapping = mapping;
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Row> call(InputFile file) {
    String relative = file.relative();
    if (file.problem() != null) {
      return List.of(unreadable(relative, file.problem())).iterator();
    }
    InputFormat format = forcedFormat != null ? forcedFormat : InputFormat.detect(relative);
    try {
      return switch (format) {
        case TEXT -> List.of(textFile(relative, readAll(file))).iterator();
        case JSONL -> stream(relative, new JsonLinesReader(relative, open(file), mapping));
        case CSV -> stream(relative, new CsvRecordReader(relative, open(file), mapping));
        case PARQUET -> List.of(parquetInTextCorpus(relative)).iterator();
      };
    } catch (IOException | UncheckedIOException | IllegalStateException | FSError e) {
      return List.of(unreadable(relative, couldNotRead(e))).iterator();
    }
  }

  private byte[] readAll(InputFile file) throws IOException {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    }
  }

  /** Local files through java.nio (names with ':' included); others through Hadoop. */
  private InputStream open(InputFile file) throws IOException {
    URI uri = URI.create(file.uri());
    if ("file".equals(uri.getScheme())) {
      return Files.newInputStream(java.nio.file.Path.of(uri));
    }
    return FileSystem.get(uri, hadoopConf.value().value()).open(new Path(uri));
  }

  private static String couldNotRead(Throwable e) {
    return "could not read the file: "
        + e
        + "; check that it exists and the job's user may read it";
  }

  private static Row textFile(String relative, byte[] content) {
    String kind = InputFormat.isSidecar(relative) ? IngestRows.SIDECAR : IngestRows.ARTICLE;
    return IngestRows.file(kind, relative, InputFormat.sidecarKey(relative), content);
  }

  private static Row parquetInTextCorpus(String relative) {
    return unreadable(
        relative,
        "a Parquet file inside a text/JSON/CSV corpus folder is not read; run the job with --input"
            + " pointing at the Parquet file or folder (or --format parquet)");
  }

  /** A whole file quarantined as unreadable, with why and what to do. */
  private static Row unreadable(String relative, String detail) {
    return quarantined(relative, QuarantineReason.UNREADABLE, detail);
  }

  private static Row quarantined(String relative, QuarantineReason reason, String detail) {
    Quarantined q = Quarantined.of(relative, reason, detail, "");
    return IngestRows.of(q, relative, 0);
  }

  /**
   * Streams records lazily so a large file never has to fit in memory. A file with no record
   * (empty, blank lines only, a CSV header only) is quarantined {@code empty}; a read error part
   * way keeps the records before it and quarantines the rest of the file.
   */
  private static Iterator<Row> stream(String relative, Iterator<IngestRecord> records) {
    return new Iterator<>() {
      private long record;
      private Row last;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (last != null) {
          return true;
        }
        if (done) {
          return false;
        }
        try {
          if (records.hasNext()) {
            return true;
          }
          if (record == 0) {
            last = quarantined(relative, QuarantineReason.EMPTY, "the file holds no record");
          }
        } catch (UncheckedIOException | IllegalStateException | FSError e) {
          last = unreadable(relative, "after record " + record + ", " + couldNotRead(e));
        }
        done = true;
        closeQuietly(records);
        return last != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (last != null) {
          Row row = last;
          last = null;
          return row;
        }
        return IngestRows.of(records.next(), relative, ++record);
      }
    };
  }

  private static void closeQuietly(Iterator<IngestRecord> records) {
    if (records instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // the stream was read as far as it could be; a failure to close it loses nothing
      }
    }
  }
}
