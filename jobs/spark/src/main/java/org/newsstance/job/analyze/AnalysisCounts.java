package org.newsstance.job.analyze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsstance.job.RowValues;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;

/**
 * What the analysis stage produced, counted in one pass over its staged rows: the progress line's
 * figures and the rows each per-document table gains, so that publishing need not count each table
 * again (a Spark job per table, most of a small run's publish time).
 */
public record AnalysisCounts(
    long processed, long quarantined, long tokens, long copies, Map<TableSchema, Long> freshRows) {
  private static final List<TableSchema> NESTED = Tables.ANALYSIS;

  public static AnalysisCounts of(Dataset<Row> analysis) {
    Column processed = col("status").equalTo(AnalysisRows.PROCESSED);
    Column[] sums = new Column[NESTED.size() + 4];
    sums[0] = sum(when(processed, 1L).otherwise(0L));
    sums[1] = sum(when(processed, col("document.n_tokens").cast("long")));
    for (int i = 0; i < NESTED.size(); i++) {
      // Only processed rows hold these arrays; a quarantined row's are null.
      sums[i + 2] = sum(when(processed, size(col(NESTED.get(i).name()))));
    }
    sums[NESTED.size() + 2] = sum(when(processed.and(col("copy")), 1L).otherwise(0L));
    sums[NESTED.size() + 3] = sum(when(processed, 0L).otherwise(1L));
    Row row = analysis.select(sums).first();
    Map<TableSchema, Long> fresh = new LinkedHashMap<>();
    fresh.put(Tables.DOCUMENTS, RowValues.longOrZero(row, 0));
    for (int i = 0; i < NESTED.size(); i++) {
      fresh.put(NESTED.get(i), RowValues.longOrZero(row, i + 2));
    }
    return new AnalysisCounts(
        RowValues.longOrZero(row, 0),
        RowValues.longOrZero(row, NESTED.size() + 3),
        RowValues.longOrZero(row, 1),
        RowValues.longOrZero(row, NESTED.size() + 2),
        Map.copyOf(fresh));
  }

  public long paragraphs() {
    return freshRows.get(Tables.PARAGRAPHS);
  }

  public long sentences() {
    return freshRows.get(Tables.SENTENCES);
  }

  /**
   * For the progress line: how many documents were copies of another's text, and how many the
   * analysis quarantined (not English, an analysis error), if any.
   */
  public String notes() {
    String note = "";
    if (copies > 0) {
      note +=
          String.format(
              Locale.ROOT, " (%d with the text of an earlier one, analysed once)", copies);
    }
    if (quarantined > 0) {
      note +=
          String.format(
              Locale.ROOT,
              " (+%d quarantined by the analysis: not English, or an analysis error)",
              quarantined);
    }
    return note;
  }
}
