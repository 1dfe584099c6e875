package org.newsstance.job.incremental;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The actor registry's surface forms as a keyed pipeline component would see them: form → the actor
 * row it resolves to (so that editing a row changes the entries of all its forms).
 */
final class RegistryFiles {
  private RegistryFiles() {}

  static TreeMap<String, String> forms(Path... csvFiles) {
    TreeMap<String, String> forms = new TreeMap<>();
    for (Path file : csvFiles) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (CSVRecord row :
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
          String entry = String.join(",", row.values());
          for (String column : new String[] {"aliases", "metonyms", "demonyms"}) {
            for (String form : row.get(column).split("\\|")) {
              if (!form.isBlank()) {
                forms.put(form, entry);
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return forms;
  }
}
