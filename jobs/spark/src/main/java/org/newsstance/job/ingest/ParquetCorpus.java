package org.newsstance.job.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.ingest.Quarantined;
import org.newsstance.job.ParquetFooters;
import org.newsstance.util.InOrder;

/**
 * The files of a Parquet corpus, each checked by reading its footer on the driver: Spark fails the
 * whole read on one file that is not Parquet (a copy cut short), so such a file becomes a
 * quarantine row and the others are read. A file whose footer reads but whose pages are damaged
 * still fails the run, with Spark's error; a footer check is what catches the common case, a
 * partial copy.
 *
 * @param readable the files whose footer reads, as Hadoop path strings
 * @param quarantined one ingest row per file that cannot be read
 */
record ParquetCorpus(List<String> readable, List<Row> quarantined) {

  /**
   * Footers read at once: each is a few small reads, so on object storage (S3, GCS) the time is
   * latency, and thousands of files one after the other took minutes before the plan started.
   */
  static final int FOOTER_READERS = 16;

  static ParquetCorpus check(List<InputFile> files, Configuration conf) {
    List<String> problems = problems(files, conf);
    List<String> readable = new ArrayList<>();
    List<Row> quarantined = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      InputFile file = files.get(i);
      String problem = problems.get(i);
      if (problem == null) {
        // Spark parses each path string as a Hadoop Path, which reads "%20" literally: pass the
        // decoded form, as a Path from the URI renders it ("file:/data/news feed/part-0.parquet").
        readable.add(new Path(java.net.URI.create(file.uri())).toString());
      } else {
        Quarantined q = Quarantined.of(file.relative(), QuarantineReason.UNREADABLE, problem, "");
        quarantined.add(IngestRows.of(q, file.relative(), 0));
      }
    }
    return new ParquetCorpus(readable, quarantined);
  }

  /** Each file's problem (null when it reads), in the files' order. */
  private static List<String> problems(List<InputFile> files, Configuration conf) {
    return InOrder.map(
        files,
        Math.min(FOOTER_READERS, files.size()),
        "reading Parquet footers",
        file -> file.problem() != null ? file.problem() : footerProblem(file.uri(), conf));
  }

  /** Why the file's Parquet footer cannot be read, or null when it can. */
  private static String footerProblem(String uri, Configuration conf) {
    try (ParquetFileReader reader =
        ParquetFooters.open(
            HadoopInputFile.fromPath(new Path(java.net.URI.create(uri)), conf), conf)) {
      reader.getFooter();
      return null;
    } catch (IOException | RuntimeException e) {
      return "not a readable Parquet file ("
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
          + "); the corpus's other files were read. Rewrite the file, or remove it if it is a"
          + " partial copy";
    }
  }
}
