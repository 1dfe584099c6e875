package org.newsstance.score.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.newsstance.score.sentiment.ScoringMethod;

/**
 * Scores a benchmark file with the job's scorer. The JSON has the top-level keys {@code accuracy,
 * macro_f1, per_class, confusion} (see {@link ClassificationMetrics#toJson}).
 *
 * <p>Extension point: a PerSenT evaluation implements this too, adding a {@code paragraph} and a
 * {@code document} object that each hold those keys. It needs the actor resolution that finds
 * {@code TARGET_ENTITY} in each paragraph, so it is added once actors land.
 */
public interface BenchmarkEvaluation {
  Report evaluate(Path input, ScoringMethod method);

  /** The figures as a table for the terminal and as JSON. */
  record Report(String text, ObjectNode json) {}
}
