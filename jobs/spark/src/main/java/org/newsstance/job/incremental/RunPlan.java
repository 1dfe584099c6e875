package org.newsstance.job.incremental;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsstance.job.IncrementalOptions;
import org.newsstance.job.Staging;
import org.newsstance.publish.TableSchema;

/**
 * What this run does with every input document, staged: the documents to analyse, the published
 * documents whose rows are replaced (reprocessed, or pruned with {@code --prune}), and the counts
 * per decision.
 *
 * @param decided the input documents with {@code input_hash} and {@code decision}
 * @param replaced one {@code doc_id} column: published documents whose rows this run drops
 * @param byDecision input documents per decision code, every decision listed
 * @param absent published documents the input no longer has (removed only with --prune)
 */
public record RunPlan(
    Dataset<Row> decided, Dataset<Row> replaced, Map<String, Long> byDecision, long absent) {

  public static RunPlan make(
      Dataset<Row> documents,
      Optional<Dataset<Row>> published,
      PipelineVersion version,
      IncrementalOptions options,
      ComponentEntries kept,
      Staging staging) {
    DocumentPlanner planner =
        new DocumentPlanner(
            options,
            version,
            published.map(IncrementalPlanner::publishedVersions).orElse(java.util.Set.of()),
            kept);
    Dataset<Row> decided =
        staging.stage("plan", IncrementalPlanner.plan(documents, published.orElse(null), planner));
    Map<String, Long> byDecision = new LinkedHashMap<>();
    for (Decision d : Decision.values()) {
      byDecision.put(d.code(), 0L);
    }
    for (Row row : decided.groupBy(IncrementalPlanner.DECISION).count().collectAsList()) {
      byDecision.put(row.getString(0), row.getLong(1));
    }
    Dataset<Row> reprocessed =
        decided
            .filter(col(IncrementalPlanner.DECISION).notEqual(Decision.UNCHANGED.code()))
            .select(TableSchema.DOC_ID);
    Dataset<Row> gone =
        published
            .map(
                p ->
                    p.select(TableSchema.DOC_ID)
                        .join(
                            documents.select(TableSchema.DOC_ID), TableSchema.DOC_ID, "left_anti"))
            .orElse(reprocessed.limit(0));
    Dataset<Row> replaced =
        staging.stage("replaced", options.prune() ? reprocessed.union(gone) : reprocessed);
    long absent = published.isPresent() ? gone.count() : 0;
    return new RunPlan(decided, replaced, byDecision, absent);
  }

  public long count(Decision decision) {
    return byDecision.getOrDefault(decision.code(), 0L);
  }

  /** Documents sent to the analysis. */
  public long toAnalyse() {
    return byDecision.values().stream().mapToLong(Long::longValue).sum()
        - count(Decision.UNCHANGED);
  }

  /** Documents sent to the analysis, by reason (decision codes). */
  public Map<String, Long> reprocessedByReason() {
    Map<String, Long> reasons = new LinkedHashMap<>(byDecision);
    reasons.remove(Decision.UNCHANGED.code());
    return reasons;
  }

  public Dataset<Row> toAnalyseRows() {
    return decided.filter(col(IncrementalPlanner.DECISION).notEqual(Decision.UNCHANGED.code()));
  }
}
