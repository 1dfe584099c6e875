package org.newsstance.job.analyze;

import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.analysis.WireCopies;
import org.newsstance.ingest.DocumentChecks;
import org.newsstance.ingest.QuarantineReason;
import org.newsstance.ingest.Quarantined;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.FailureCauses;
import org.newsstance.job.incremental.InputFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses the documents of one partition on an executor. Carries only serializable settings; the
 * CoreNLP pipelines come from the JVM-wide holder, so a partition costs no model loading. A
 * document whose analysis throws is quarantined and the partition goes on, unless the executor
 * itself failed (out of memory): then the task fails. A document whose text equals the previous
 * one's reuses its analysis (the job orders each partition by a hash of the text, so copies follow
 * one another).
 */
public final class AnalyzeDocuments implements MapPartitionsFunction<Row, Row> {
  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeDocuments.class);

  private final AnalysisSettings settings;
  private final String runId;

  public AnalyzeDocuments(AnalysisSettings settings, String runId) {
    this.settings = settings;
    this.runId = runId;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> documents) {
    HoldAnalysisUntilFile.awaitIfConfigured();
    WireCopies analyzer = new WireCopies(new DocumentAnalyzer(settings)::analyze);
    return new Iterator<>() {
      private boolean modelsLoaded;

      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public Row next() {
        RawDocument doc = DocumentRows.toDocument(documents.next());
        Optional<Quarantined> problem = DocumentChecks.problem(doc);
        if (problem.isPresent()) {
          return AnalysisRows.quarantined(problem.get(), runId);
        }
        if (!modelsLoaded) {
          // After the checks, so that an executor whose documents to analyse are all ones the
          // language check quarantines (they are sent again every night) loads no model (in local
          // mode the driver's ModelWarmUp has loaded them anyway). Outside the per-document try:
          // models that cannot load (an executor short of memory) fail the task, so the run fails
          // and the published tables stay as they were, instead of every document being
          // quarantined and its published rows removed. Once per JVM across partitions.
          DocumentAnalyzer.loadModels(settings);
          modelsLoaded = true;
        }
        return analyze(analyzer, doc);
      }
    };
  }

  private Row analyze(WireCopies analyzer, RawDocument doc) {
    try {
      long copiesBefore = analyzer.copies();
      DocumentAnalysis analysis = analyzer.analyze(doc);
      boolean copy = analyzer.copies() > copiesBefore;
      // The fingerprint is the input's: the analysis may repair the text it stores.
      return AnalysisRows.processed(
          analysis, InputFingerprint.of(doc), runId, settings.registry(), copy);
    } catch (RuntimeException e) {
      if (isExecutorFailure(e)) {
        throw e;
      }
      // The quarantine row says what failed; the stack trace, which a bug report needs, goes to the
      // executor's log.
      LOG.warn("analysis of document {} ({}) failed; quarantined", doc.docId(), doc.origin(), e);
      Quarantined failed =
          Quarantined.of(
                  doc.origin(),
                  QuarantineReason.ANALYSIS_FAILED,
                  "the analysis threw "
                      + e
                      + "; the run went on without this document — report it with the excerpt",
                  doc.text())
              .withDocId(doc.docId());
      return AnalysisRows.quarantined(failed, runId);
    }
  }

  /**
   * A failure of the executor rather than of the document: memory ran out, which CoreNLP may wrap
   * in a RuntimeException (building an annotator by reflection). The task must fail then, so the
   * run fails; quarantining the document would remove its published rows for no fault of its own.
   */
  static boolean isExecutorFailure(Throwable e) {
    return FailureCauses.find(e, t -> t instanceof VirtualMachineError) != null;
  }
}
