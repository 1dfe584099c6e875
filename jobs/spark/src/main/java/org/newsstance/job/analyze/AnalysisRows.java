package org.newsstance.job.analyze;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.ingest.PublishedDates;
import org.newsstance.ingest.Quarantined;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.RowValues;
import org.newsstance.job.incremental.InputFingerprint;
import org.newsstance.publish.Tables;

/**
 * The staging row of one analysed document: its row of every table, nested. The analysis runs once
 * and is written once; each published table is then cut out of this by {@code explode}, so no NLP
 * is ever recomputed to write a second table. Values are placed in the declared column order.
 */
public final class AnalysisRows {
  public static final String PROCESSED = "processed";
  public static final String QUARANTINED = "quarantined";

  public static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("status", StringType, false),
              DataTypes.createStructField("document", Tables.DOCUMENTS.schema(), true),
              DataTypes.createStructField(
                  "paragraphs", createArrayType(Tables.PARAGRAPHS.schema(), false), true),
              DataTypes.createStructField(
                  "sentences", createArrayType(Tables.SENTENCES.schema(), false), true),
              DataTypes.createStructField(
                  "actor_mentions", createArrayType(Tables.ACTOR_MENTIONS.schema(), false), true),
              DataTypes.createStructField(
                  "actor_sentiment", createArrayType(Tables.ACTOR_SENTIMENT.schema(), false), true),
              DataTypes.createStructField(
                  "actor_stance", createArrayType(Tables.ACTOR_STANCE.schema(), false), true),
              DataTypes.createStructField("quarantine", Tables.QUARANTINE.schema(), true),
              // Whether the analysis was reused from an identical text (counted, not published).
              DataTypes.createStructField("copy", BooleanType, true)));

  private AnalysisRows() {}

  /**
   * @param inputFingerprint {@link InputFingerprint} of the document as read, which the next run's
   *     planner compares with (the analysis holds the text after repairs)
   * @param registry names and types of registry actors, for the mention rows
   * @param copy whether the analysis was another document's with the same text
   */
  public static Row processed(
      DocumentAnalysis analysis,
      String inputFingerprint,
      String runId,
      ActorRegistry registry,
      boolean copy) {
    RawDocument doc = analysis.document();
    Instant publishedAt = PublishedDates.parse(doc.publishedAt()).orElse(null);
    Date date =
        publishedAt == null ? null : Date.valueOf(publishedAt.atZone(ZoneOffset.UTC).toLocalDate());
    List<String> degraded = new ArrayList<>(analysis.degraded());
    LinkedHashMap<String, String> extra = new LinkedHashMap<>(doc.extra());
    if (doc.publishedAt() != null && publishedAt == null) {
      degraded.add("unparsed_published_at");
      extra.put("published_at_raw", doc.publishedAt());
    }
    Row document =
        RowFactory.create(
            doc.docId(),
            analysis.contentHash(),
            doc.idSource(),
            doc.title(),
            doc.source(),
            publishedAt == null ? null : Timestamp.from(publishedAt),
            doc.text(),
            doc.text().length(),
            analysis.paragraphs().size(),
            analysis.sentences().size(),
            analysis.tokenCount(),
            RowValues.map(extra),
            doc.origin(),
            RowValues.seq(degraded),
            runId,
            analysis.documentTone().value(),
            inputFingerprint,
            // pipeline_version and pipeline_components are the run's: the job sets them.
            null,
            null,
            date);
    return RowFactory.create(
        PROCESSED,
        document,
        RowValues.seq(SegmentRows.paragraphs(analysis, date)),
        RowValues.seq(SegmentRows.sentences(analysis, date)),
        RowValues.seq(ActorRows.mentions(analysis, date, registry)),
        RowValues.seq(ScoreRows.sentiment(analysis, date, registry)),
        RowValues.seq(ScoreRows.stance(analysis, date, registry)),
        null,
        copy);
  }

  public static Row quarantined(Quarantined q, String runId) {
    Row quarantine =
        RowFactory.create(q.origin(), q.docId(), q.reason().code(), q.detail(), q.excerpt(), runId);
    return RowFactory.create(QUARANTINED, null, null, null, null, null, null, quarantine, null);
  }
}
