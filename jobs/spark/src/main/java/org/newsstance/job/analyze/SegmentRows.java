package org.newsstance.job.analyze;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.job.RowValues;
import org.newsstance.score.tone.Tone;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.Sentence;
import org.newsstance.segment.Token;

/** Rows of the paragraphs and sentences tables, in declared column order. */
final class SegmentRows {
  private SegmentRows() {}

  static List<Row> paragraphs(DocumentAnalysis analysis, Date date) {
    int[] sentencesPerParagraph = new int[analysis.paragraphs().size()];
    analysis.sentences().forEach(s -> sentencesPerParagraph[s.paragraphIdx()]++);
    List<Row> rows = new ArrayList<>(analysis.paragraphs().size());
    for (Paragraph p : analysis.paragraphs()) {
      Tone tone = analysis.paragraphTones().get(p.paragraphIdx());
      rows.add(
          RowFactory.create(
              analysis.document().docId(),
              p.paragraphIdx(),
              p.kind().code(),
              p.section(),
              p.charBegin(),
              p.charEnd(),
              p.text(),
              sentencesPerParagraph[p.paragraphIdx()],
              tone.value(),
              tone.positiveWords(),
              tone.negativeWords(),
              date));
    }
    return rows;
  }

  static List<Row> sentences(DocumentAnalysis analysis, Date date) {
    List<Row> rows = new ArrayList<>(analysis.sentences().size());
    for (Sentence s : analysis.sentences()) {
      List<Row> tokens = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        tokens.add(
            RowFactory.create(
                t.idx(), t.text(), t.charBegin(), t.charEnd(), t.lemma(), t.pos(), t.ner()));
      }
      rows.add(
          RowFactory.create(
              analysis.document().docId(),
              s.sentenceIdx(),
              s.paragraphIdx(),
              s.charBegin(),
              s.charEnd(),
              s.text(),
              s.tokens().size(),
              RowValues.seq(tokens),
              s.degraded(),
              date));
    }
    return rows;
  }
}
