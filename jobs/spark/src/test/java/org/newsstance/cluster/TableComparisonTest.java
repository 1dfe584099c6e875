package org.newsstance.cluster;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.newsstance.publish.TableSchema;
import org.newsstance.publish.Tables;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.segment.ParagraphSplitter;
import org.newsstance.testing.ProjectFiles;

/**
 * The cluster test is only as good as its comparison: rows of the seed article's paragraphs and
 * mentions must match in any order and with another run id, and must not once anything differs.
 */
class TableComparisonTest {
  private static final String SEED = ProjectFiles.read(ProjectFiles.seedArticle());
  private static final Date DATE = Date.valueOf("2026-02-06");

  private static Row row(TableSchema table, Map<String, Object> values) {
    Object[] ordered = new Object[table.columnNames().length];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = values.get(table.columnNames()[i]);
    }
    return new GenericRowWithSchema(ordered, table.schema());
  }

  private static List<Row> paragraphs(String runId) {
    List<Row> rows = new ArrayList<>();
    for (Paragraph p : new ParagraphSplitter(ParagraphMode.BLANK_LINE).split(SEED)) {
      Map<String, Object> values = new HashMap<>();
      values.put("doc_id", "muscat-talks-2026-02-06");
      values.put("paragraph_idx", p.paragraphIdx());
      values.put("kind", p.kind().code());
      values.put("section", p.section());
      values.put("char_begin", p.charBegin());
      values.put("char_end", p.charEnd());
      values.put("text", p.text());
      values.put("n_sentences", 1);
      values.put("run_id", runId);
      values.put("published_date", DATE);
      rows.add(row(Tables.PARAGRAPHS, values));
    }
    return rows;
  }

  private static Row mentionOfTehran(double confidence) {
    int begin = SEED.indexOf("Tehran");
    Map<String, Object> values = new HashMap<>();
    values.put("doc_id", "muscat-talks-2026-02-06");
    values.put("paragraph_idx", 0);
    values.put("sentence_idx", 0);
    values.put("token_begin", 11);
    values.put("token_end", 12);
    values.put("char_begin", begin);
    values.put("char_end", begin + "Tehran".length());
    values.put("surface", "Tehran");
    values.put("actor_id", "country:IRN");
    values.put("actor_name", "Iran");
    values.put("actor_type", "country");
    values.put("resolution", "metonymy");
    values.put("confidence", confidence);
    values.put("published_date", DATE);
    return row(Tables.ACTOR_MENTIONS, values);
  }

  @Test
  void sameRowsInAnotherOrderFromAnotherRunMatch() {
    List<Row> shuffled = new ArrayList<>(paragraphs("run-b"));
    Collections.reverse(shuffled);
    assertThatCode(
            () -> TableComparison.assertSameRows(Tables.PARAGRAPHS, paragraphs("run-a"), shuffled))
        .doesNotThrowAnyException();
  }

  @Test
  void aChangedOffsetOrAMissingRowIsADifference() {
    List<Row> changed = new ArrayList<>(paragraphs("run-a"));
    Row last = changed.remove(changed.size() - 1);
    assertThatThrownBy(
            () -> TableComparison.assertSameRows(Tables.PARAGRAPHS, paragraphs("run-a"), changed))
        .isInstanceOf(AssertionError.class);

    Map<String, Object> values = new HashMap<>();
    for (String column : Tables.PARAGRAPHS.columnNames()) {
      values.put(column, last.getAs(column));
    }
    values.put("char_end", last.<Integer>getAs("char_end") - 1);
    changed.add(row(Tables.PARAGRAPHS, values));
    assertThatThrownBy(
            () -> TableComparison.assertSameRows(Tables.PARAGRAPHS, paragraphs("run-a"), changed))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("char_end");
  }

  @Test
  void scoresMatchWithinTheToleranceAndNoFurther() {
    assertThatCode(
            () ->
                TableComparison.assertSameRows(
                    Tables.ACTOR_MENTIONS,
                    List.of(mentionOfTehran(0.85)),
                    List.of(mentionOfTehran(0.85 + 1e-12))))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                TableComparison.assertSameRows(
                    Tables.ACTOR_MENTIONS,
                    List.of(mentionOfTehran(0.85)),
                    List.of(mentionOfTehran(0.68))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("confidence");
  }
}
