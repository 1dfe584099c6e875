package org.newsstance.job.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.ingest.Quarantined;
import org.newsstance.ingest.TextFileReader;
import scala.Tuple2;

/**
 * Pairs each text article with its metadata sidecar ({@code NAME.txt} beside {@code
 * NAME.meta.json}) by grouping the files of one scan by name, then decodes the article. A sidecar
 * without its article is quarantined; every other row passes through.
 *
 * <p>Why a group-by on the RDD rather than a DataFrame join: the join and the anti-join that finds
 * orphan sidecars each scanned the input again, and in a fresh JVM Spark spent seconds planning and
 * compiling them, most of the ingest of a one-article corpus such as the seed.
 */
final class PairTextFiles implements FlatMapFunction<Tuple2<String, Iterable<Row>>, Row> {
  private static final String ORPHAN_SIDECAR =
      "a metadata sidecar without its article (NAME.txt beside NAME.meta.json); add the article or"
          + " remove the sidecar";

  /** The rows of {@code files} with articles and sidecars paired: one shuffle, one scan. */
  static JavaRDD<Row> pair(JavaRDD<Row> files) {
    return files.keyBy(new ByName()).groupByKey().flatMap(new PairTextFiles());
  }

  @Override
  public Iterator<Row> call(Tuple2<String, Iterable<Row>> group) {
    List<Row> out = new ArrayList<>();
    List<Row> articles = new ArrayList<>();
    List<Row> sidecars = new ArrayList<>();
    for (Row row : group._2()) {
      switch (kind(row)) {
        case IngestRows.ARTICLE -> articles.add(row);
        case IngestRows.SIDECAR -> sidecars.add(row);
        default -> out.add(row);
      }
    }
    for (Row article : articles) {
      if (sidecars.isEmpty()) {
        out.add(decode(article, null));
      }
      for (Row sidecar : sidecars) {
        out.add(decode(article, content(sidecar)));
      }
    }
    if (articles.isEmpty()) {
      sidecars.forEach(sidecar -> out.add(orphan(sidecar)));
    }
    return out.iterator();
  }

  private static Row decode(Row article, byte[] sidecar) {
    String relative = origin(article);
    return IngestRows.of(TextFileReader.read(relative, content(article), sidecar), relative, 0);
  }

  private static Row orphan(Row sidecar) {
    String relative = origin(sidecar);
    String excerpt = new String(content(sidecar), UTF_8);
    return IngestRows.of(
        Quarantined.of(relative, QuarantineReason.MISSING_TEXT, ORPHAN_SIDECAR, excerpt),
        relative,
        0);
  }

  private static String kind(Row row) {
    return row.getString(IngestRows.SCHEMA.fieldIndex("kind"));
  }

  private static String origin(Row row) {
    return row.getString(IngestRows.SCHEMA.fieldIndex("origin"));
  }

  private static byte[] content(Row row) {
    return (byte[]) row.get(IngestRows.SCHEMA.fieldIndex("content"));
  }

  /**
   * Articles and sidecars by their shared name; any other row by its own origin, so that it groups
   * with nothing (a NUL cannot begin a path).
   */
  static final class ByName implements Function<Row, String> {
    @Override
    public String call(Row row) {
      String pairKey = row.getString(IngestRows.SCHEMA.fieldIndex("pair_key"));
      if (pairKey != null) {
        return pairKey;
      }
      return "\0" + origin(row) + "\0" + row.get(IngestRows.SCHEMA.fieldIndex("origin_record"));
    }
  }
}
