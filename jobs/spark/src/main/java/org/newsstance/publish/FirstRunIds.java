package org.newsstance.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;

/**
 * For tables rebuilt by every run (the quarantine report): a row that was already published, equal
 * in every other column, keeps the run_id of the run that first wrote it. Two runs over the same
 * input then publish identical tables, and run_id says since when a problem has been there.
 */
final class FirstRunIds {
  private static final String RUN_ID = "run_id";
  private static final String PRIOR = "_prior_";

  private FirstRunIds() {}

  static Dataset<Row> keep(Dataset<Row> fresh, Optional<Dataset<Row>> prior) {
    if (prior.isEmpty() || !Arrays.asList(fresh.columns()).contains(RUN_ID)) {
      return fresh;
    }
    // Map columns cannot be compared in a join; the other columns identify the row well enough.
    List<String> same = new ArrayList<>();
    for (StructField f : fresh.schema().fields()) {
      if (!f.name().equals(RUN_ID) && !(f.dataType() instanceof MapType)) {
        same.add(f.name());
      }
    }
    Dataset<Row> first =
        prior
            .get()
            .groupBy(same.stream().map(c -> col(c).as(PRIOR + c)).toArray(Column[]::new))
            .agg(min(col(RUN_ID)).as(PRIOR + RUN_ID));
    Column equal =
        same.stream().map(c -> col(c).eqNullSafe(col(PRIOR + c))).reduce(Column::and).orElseThrow();
    return fresh
        .join(first, equal, "left")
        .withColumn(RUN_ID, coalesce(col(PRIOR + RUN_ID), col(RUN_ID)))
        .select(fresh.columns()[0], Arrays.copyOfRange(fresh.columns(), 1, fresh.columns().length));
  }
}
