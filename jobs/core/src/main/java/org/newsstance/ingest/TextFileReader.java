package org.newsstance.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one article file, with its optional {@code NAME.meta.json} sidecar. The document id is the
 * sidecar's {@code id}, else the file's path relative to the corpus root without its extension, so
 * that an edited article keeps its id and replaces its old rows.
 */
public final class TextFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TextFileReader() {}

  /**
   * @param relativePath path below the corpus root, with '/' separators (the origin of the record)
   * @param bytes the file's content
   * @param sidecar the sidecar's content, or null when there is none
   */
  public static IngestRecord read(String relativePath, byte[] bytes, byte[] sidecar) {
    if (bytes.length == 0) {
      return Quarantined.of(relativePath, QuarantineReason.EMPTY, "the file is empty", "");
    }
    Utf8Text.Decoded decoded = Utf8Text.decodeStrict(bytes);
    if (!decoded.ok()) {
      // Read as UTF-8, so an invalid byte shows as U+FFFD as in every other excerpt.
      String raw = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
      return Quarantined.of(relativePath, decoded.problem(), decoded.detail(), raw);
    }
    String text = Utf8Text.stripBom(decoded.text());
    if (text.isBlank()) {
      return Quarantined.of(
          relativePath, QuarantineReason.EMPTY, "the file holds only white space", text);
    }
    Map<String, String> meta;
    try {
      meta = sidecar == null ? Map.of() : parseSidecar(sidecar);
    } catch (IOException e) {
      return Quarantined.of(
          InputFormat.sidecarKey(relativePath) + InputFormat.SIDECAR_SUFFIX,
          QuarantineReason.MALFORMED_JSON,
          "the metadata sidecar is not a JSON object ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); fix it or delete it",
          new String(sidecar, StandardCharsets.UTF_8));
    }
    Map<String, String> fields = new LinkedHashMap<>(meta);
    fields.put(ColumnMapping.DEFAULT.textColumn(), text);
    IngestRecord record =
        new RecordBuilder(ColumnMapping.DEFAULT).build(relativePath, fields, text);
    if (record instanceof RawDocument doc && !"given".equals(doc.idSource())) {
      return doc.withDocId(InputFormat.sidecarKey(relativePath), "path");
    }
    return record;
  }

  private static Map<String, String> parseSidecar(byte[] sidecar) throws IOException {
    JsonNode node = JSON.readTree(sidecar);
    if (node == null || !node.isObject()) {
      throw new IOException("expected a JSON object");
    }
    return JsonFields.of(node);
  }
}
