package org.newsstance.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReadersTest {

  private static List<IngestRecord> all(Iterator<IngestRecord> it) {
    List<IngestRecord> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** The records of a JSON Lines file made of {@code before}, one raw byte, and {@code after}. */
  private static List<IngestRecord> jsonLinesAroundAByte(String before, int b, String after)
      throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(before.getBytes(UTF_8));
    out.write(b);
    out.write(after.getBytes(UTF_8));
    return all(
        new JsonLinesReader(
            "l.jsonl", new ByteArrayInputStream(out.toByteArray()), ColumnMapping.DEFAULT));
  }

  private static List<IngestRecord> jsonLines(String path, String content) {
    return all(new JsonLinesReader(path, bytes(content), ColumnMapping.DEFAULT));
  }

  private static List<IngestRecord> csv(String path, String content) {
    return all(new CsvRecordReader(path, bytes(content), ColumnMapping.DEFAULT));
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(UTF_8));
  }

  @Test
  void jsonLinesKeepsGoodLinesAndQuarantinesBadOnesByLineNumber() {
    String jsonl =
        "{\"id\":\"a\",\"title\":\"A\",\"text\":\"Alpha text.\",\"lang\":\"en\"}\n"
            + "{\"id\":\"b\",\"text\":\"Beta\n"
            + "\n"
            + "[1,2]\n"
            + "{\"id\":\"c\",\"title\":\"no text\"}\n"
            + "{\"id\":\"d\",\"text\":\"   \"}\n"
            + "{\"id\":7,\"text\":\"Seven.\",\"published_at\":\"2026-02-06T10:00:00Z\"}\n";
    List<IngestRecord> records = jsonLines("in.jsonl", jsonl);

    assertThat(records).hasSize(6);
    RawDocument a = (RawDocument) records.get(0);
    assertThat(a.docId()).isEqualTo("a");
    assertThat(a.origin()).isEqualTo("in.jsonl:1");
    assertThat(a.extra()).containsOnlyKeys("lang");
    Quarantined broken = (Quarantined) records.get(1);
    assertThat(broken.reason()).isEqualTo(QuarantineReason.MALFORMED_JSON);
    assertThat(broken.origin()).isEqualTo("in.jsonl:2");
    Quarantined array = (Quarantined) records.get(2);
    assertThat(array.origin()).isEqualTo("in.jsonl:4");
    assertThat(array.detail()).contains("not an object");
    assertThat(((Quarantined) records.get(3)).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
    assertThat(((Quarantined) records.get(4)).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
    // The quarantine row names the article the record was meant to deliver.
    assertThat(((Quarantined) records.get(3)).docId()).isEqualTo("c");
    assertThat(((Quarantined) records.get(4)).docId()).isEqualTo("d");
    assertThat(array.docId()).isNull();
    RawDocument seven = (RawDocument) records.get(5);
    assertThat(seven.docId()).isEqualTo("7");
    assertThat(seven.publishedAt()).isEqualTo("2026-02-06T10:00:00Z");
  }

  @Test
  void jsonLineWithInvalidUtf8IsQuarantinedAndTheNextLineStillRead() throws Exception {
    List<IngestRecord> records =
        jsonLinesAroundAByte(
            "{\"id\":\"x\",\"text\":\"Caf", 0xE9, "\"}\n{\"id\":\"y\",\"text\":\"Fine.\"}\n");
    assertThat(((Quarantined) records.get(0)).reason()).isEqualTo(QuarantineReason.INVALID_UTF8);
    assertThat(((Quarantined) records.get(0)).excerpt()).contains("Caf\uFFFD");
    assertThat(((RawDocument) records.get(1)).docId()).isEqualTo("y");
  }

  /** Jackson's default limit (20 M characters) made a valid record read as malformed JSON. */
  @Test
  void aJsonLineWithATextOverTwentyMillionCharactersIsADocument() {
    String text = "a".repeat(20_500_000);
    List<IngestRecord> records =
        jsonLines("big.jsonl", "{\"id\":\"big\",\"text\":\"" + text + "\"}\n");
    assertThat(records).hasSize(1);
    assertThat(records.get(0)).isInstanceOf(RawDocument.class);
    assertThat(((RawDocument) records.get(0)).text()).hasSize(20_500_000);
  }

  /** A headerless file's first line was taken as the header and lost from every count. */
  @Test
  void aCsvWhoseHeaderLacksTheTextColumnQuarantinesThatLineWithTheLikelyCause() {
    List<IngestRecord> headerless = csv("n.csv", "x1,The first article.\nx2,The second one.\n");
    assertThat(headerless).hasSize(2);
    Quarantined first = (Quarantined) headerless.get(0);
    assertThat(first.origin()).isEqualTo("n.csv#header");
    assertThat(first.reason()).isEqualTo(QuarantineReason.MALFORMED_CSV);
    assertThat(first.detail()).contains("has no 'text' column").contains("add the header");
    assertThat(((Quarantined) headerless.get(1)).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);

    List<IngestRecord> semicolons = csv("s.csv", "id;title;text\n1;One;Iran met the US.\n");
    assertThat(((Quarantined) semicolons.get(0)).detail())
        .contains("looks separated by ';'")
        .contains("comma-separated");
    assertThat(csv("ok.csv", "id,text\n1,Fine.\n")).singleElement().isInstanceOf(RawDocument.class);
    // An empty file has no header to blame: it yields nothing, and is quarantined as `empty`.
    assertThat(csv("e.csv", "\n\n")).isEmpty();
  }

  @Test
  void documentsWithoutIdGetAHashOfTheirText() {
    List<IngestRecord> records =
        all(
            new JsonLinesReader(
                "n.jsonl",
                bytes("{\"text\":\"Same.\"}\n{\"text\":\"Same.\"}"),
                ColumnMapping.DEFAULT));
    RawDocument first = (RawDocument) records.get(0);
    assertThat(first.idSource()).isEqualTo("hash");
    assertThat(first.docId())
        .startsWith("sha256-")
        .isEqualTo(((RawDocument) records.get(1)).docId());
  }

  @Test
  void csvReadsQuotedMultiLineFieldsKeepsExtraColumnsAndQuarantinesMissingText() {
    String csv =
        "id,title,source,published_at,text,topic\n"
            + "1,One,Wire,2026-02-06,\"First line.\nSecond line, with comma.\",diplomacy\n"
            + "2,Two,Wire,2026-02-07,,economy\n"
            + "3,Three\n";
    List<IngestRecord> records = csv("c.csv", csv);
    assertThat(records).hasSize(3);
    RawDocument one = (RawDocument) records.get(0);
    assertThat(one.text()).isEqualTo("First line.\nSecond line, with comma.");
    assertThat(one.extra()).containsExactlyEntriesOf(java.util.Map.of("topic", "diplomacy"));
    assertThat(one.origin()).isEqualTo("c.csv#1");
    Quarantined two = (Quarantined) records.get(1);
    assertThat(two.reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
    assertThat(two.origin()).isEqualTo("c.csv#2");
    assertThat(((Quarantined) records.get(2)).reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
  }

  @Test
  void extraColumnsKeepTheInputsOrder() {
    List<String> columns =
        List.of("wire", "desk", "lang", "byline", "region", "section", "tags", "url", "b", "a");
    String csv =
        "id,text,"
            + String.join(",", columns)
            + "\n1,Talks resumed in Muscat.,"
            + String.join(",", columns.stream().map(c -> c + "-value").toList())
            + "\n";
    RawDocument doc = (RawDocument) csv("x.csv", csv).get(0);
    // documents.extra is written in this order; a hash map's order would differ between JVMs.
    assertThat(doc.extra().keySet()).containsExactlyElementsOf(columns);
  }

  @Test
  void csvColumnsAreMappableAsForPerSenT() {
    String csv =
        "DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT\n"
            + "3360,AS VALUES DROP,Benjamin Koellmann,\"In 2006 Koellmann bought a condo.\n He said so.\",Negative\n";
    ColumnMapping persent =
        new ColumnMapping("DOCUMENT_INDEX", "TITLE", "source", "published_at", "DOCUMENT");
    RawDocument doc = (RawDocument) all(new CsvRecordReader("dev.csv", bytes(csv), persent)).get(0);
    assertThat(doc.docId()).isEqualTo("3360");
    assertThat(doc.title()).isEqualTo("AS VALUES DROP");
    assertThat(doc.source()).isNull();
    assertThat(doc.publishedAt()).isNull();
    assertThat(doc.extra())
        .containsEntry("TARGET_ENTITY", "Benjamin Koellmann")
        .containsKey("TRUE_SENTIMENT");
  }

  @Test
  void csvWithUnterminatedQuoteQuarantinesFromThereOn() {
    String csv = "id,text\n1,Good one.\n2,\"never closed\n3,lost\n";
    List<IngestRecord> records = csv("q.csv", csv);
    assertThat(records).hasSize(2);
    assertThat(((RawDocument) records.get(0)).docId()).isEqualTo("1");
    Quarantined q = (Quarantined) records.get(1);
    assertThat(q.reason()).isEqualTo(QuarantineReason.MALFORMED_CSV);
    assertThat(q.detail()).contains("unterminated quote");
  }

  @Test
  void aJsonLineWithATextThatIsNoStringOrAFieldNamedTwiceIsQuarantined() {
    String jsonl =
        "{\"id\":\"n\",\"text\":12345}\n"
            + "{\"id\":\"o\",\"text\":{\"a\":\"b\"}}\n"
            + "{\"id\":\"t\",\"text\":\"First.\",\"text\":\"Second.\"}\n"
            + "{\"id\":\"ok\",\"text\":\"Fine.\"}\n";
    List<IngestRecord> records = jsonLines("t.jsonl", jsonl);
    assertThat(records).hasSize(4);
    Quarantined number = (Quarantined) records.get(0);
    assertThat(number.reason()).isEqualTo(QuarantineReason.MISSING_TEXT);
    assertThat(number.detail()).contains("JSON number, not a string");
    assertThat(((Quarantined) records.get(1)).detail()).contains("JSON object");
    Quarantined twice = (Quarantined) records.get(2);
    assertThat(twice.reason()).isEqualTo(QuarantineReason.MALFORMED_JSON);
    assertThat(twice.detail()).contains("Duplicate field 'text'");
    assertThat(((RawDocument) records.get(3)).docId()).isEqualTo("ok");
  }

  @Test
  void aCsvRecordWithMoreFieldsThanTheHeaderIsQuarantinedNotCutShort() {
    String csv = "id,text\n1,Hello, world\n2,Trailing comma is fine.,\n3,Quoted, \"is\"\n";
    List<IngestRecord> records = csv("x.csv", csv);
    assertThat(records).hasSize(3);
    Quarantined cut = (Quarantined) records.get(0);
    assertThat(cut.reason()).isEqualTo(QuarantineReason.MALFORMED_CSV);
    assertThat(cut.origin()).isEqualTo("x.csv#1");
    assertThat(cut.detail()).contains("3 fields, the header 2");
    assertThat(cut.excerpt()).isEqualTo("1,Hello, world");
    assertThat(((RawDocument) records.get(1)).text()).isEqualTo("Trailing comma is fine.");
    assertThat(records.get(2)).isInstanceOf(Quarantined.class);
  }

  @Test
  void aCsvHeaderThatNamesAColumnTwiceQuarantinesTheFile() {
    String csv = "id,text,text\n1,One.,Two.\n";
    List<IngestRecord> records = csv("d.csv", csv);
    assertThat(records).hasSize(1);
    Quarantined q = (Quarantined) records.get(0);
    assertThat(q.reason()).isEqualTo(QuarantineReason.MALFORMED_CSV);
    assertThat(q.detail()).contains("header").contains("text");
  }

  @Test
  void invalidBytesShowAsTheReplacementCharacterInAnyExcerpt() throws Exception {
    List<IngestRecord> records = jsonLinesAroundAByte("{\"id\": ", 0xFF, " not json\n");
    Quarantined q = (Quarantined) records.get(0);
    assertThat(q.reason()).isEqualTo(QuarantineReason.MALFORMED_JSON);
    assertThat(q.excerpt())
        .contains("\uFFFD")
        .doesNotContain(String.valueOf(Utf8Text.INVALID_MARK));
  }
}
