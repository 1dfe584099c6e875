package org.newsstance.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Flattens the top level of a JSON object into strings: scalars as text, nested values as JSON. */
final class JsonFields {
  private JsonFields() {}

  static Map<String, String> of(JsonNode object) {
    Map<String, String> fields = new LinkedHashMap<>();
    object
        .fields()
        .forEachRemaining(
            entry -> {
              JsonNode value = entry.getValue();
              fields.put(
                  entry.getKey(),
                  value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
            });
    return fields;
  }
}
