package org.newsstance.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFileReaderTest {

  @Test
  void articleIdComesFromItsPathWithoutExtension() {
    IngestRecord record =
        TextFileReader.read("2026/02/talks.txt", "Talks resumed.".getBytes(UTF_8), null);
    assertThat(record).isInstanceOf(RawDocument.class);
    RawDocument doc = (RawDocument) record;
    assertThat(doc.docId()).isEqualTo("2026/02/talks");
    assertThat(doc.idSource()).isEqualTo("path");
    assertThat(doc.text()).isEqualTo("Talks resumed.");
  }

  @Test
  void sidecarSuppliesIdAndMetadataAndKeepsUnknownKeys() {
    byte[] sidecar =
        "{\"id\":\"muscat-1\",\"title\":\"T\",\"source\":\"S\",\"published_at\":\"2026-02-06\",\"lang\":\"en\",\"tags\":[\"a\"]}"
            .getBytes(UTF_8);
    RawDocument doc =
        (RawDocument) TextFileReader.read("a.txt", "Body text.".getBytes(UTF_8), sidecar);
    assertThat(doc.docId()).isEqualTo("muscat-1");
    assertThat(doc.idSource()).isEqualTo("given");
    assertThat(doc.title()).isEqualTo("T");
    assertThat(doc.source()).isEqualTo("S");
    assertThat(doc.publishedAt()).isEqualTo("2026-02-06");
    assertThat(doc.extra()).containsEntry("lang", "en").containsEntry("tags", "[\"a\"]");
  }

  @Test
  void emptyFileIsQuarantined() {
    Quarantined q = (Quarantined) TextFileReader.read("empty.txt", new byte[0], null);
    assertThat(q.reason()).isEqualTo(QuarantineReason.EMPTY);
    assertThat(q.origin()).isEqualTo("empty.txt");
  }

  @Test
  void whiteSpaceOnlyFileIsQuarantinedAsEmpty() {
    Quarantined q = (Quarantined) TextFileReader.read("blank.txt", " \n\t\n".getBytes(UTF_8), null);
    assertThat(q.reason()).isEqualTo(QuarantineReason.EMPTY);
  }

  @Test
  void binaryFileIsQuarantined() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    Quarantined q = (Quarantined) TextFileReader.read("photo.txt", png, null);
    assertThat(q.reason()).isEqualTo(QuarantineReason.BINARY);
    assertThat(q.detail()).contains("binary");
  }

  @Test
  void utf16TextIsQuarantinedWithHowToConvertItNotAsBinary() {
    byte[] utf16 = "Talks resumed in Muscat.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Quarantined q = (Quarantined) TextFileReader.read("windows.txt", withBom, null);
    assertThat(q.reason()).isEqualTo(QuarantineReason.INVALID_UTF8);
    assertThat(q.detail()).contains("UTF-16").contains("iconv -f utf-16 -t utf-8");
  }

  @Test
  void invalidUtf8IsQuarantinedWithTheByteOffset() {
    byte[] latin1 = "Caf\u00e9 society".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Quarantined q = (Quarantined) TextFileReader.read("latin1.txt", latin1, null);
    assertThat(q.reason()).isEqualTo(QuarantineReason.INVALID_UTF8);
    assertThat(q.detail()).contains("byte 3").contains("iconv");
    assertThat(q.excerpt()).isEqualTo("Caf\uFFFD society");
  }

  @Test
  void byteOrderMarkIsRemoved() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
    assertThat(((RawDocument) TextFileReader.read("b.txt", bom, null)).text()).isEqualTo("Hi.");
  }

  @Test
  void malformedSidecarQuarantinesTheArticleAndNamesTheSidecar() {
    Quarantined q =
        (Quarantined)
            TextFileReader.read("a.txt", "Body.".getBytes(UTF_8), "{oops".getBytes(UTF_8));
    assertThat(q.reason()).isEqualTo(QuarantineReason.MALFORMED_JSON);
    assertThat(q.origin()).isEqualTo("a.meta.json");
  }
}
