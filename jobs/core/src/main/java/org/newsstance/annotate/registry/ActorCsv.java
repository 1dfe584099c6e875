package org.newsstance.annotate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads registry CSV files: {@code actor_id,name,type,affiliation,aliases,metonyms,demonyms}, with
 * multi-valued cells separated by {@code |} (see seeds/actors/README.md).
 */
public final class ActorCsv {
  static final List<String> HEADER =
      List.of("actor_id", "name", "type", "affiliation", "aliases", "metonyms", "demonyms");
  private static final Pattern BAR = Pattern.compile("\\|");

  private ActorCsv() {}

  public static List<Actor> read(InputStream in, String source) throws IOException {
    List<Actor> actors = new ArrayList<>();
    try (CSVParser parser = RegistryCsv.open(in, source, HEADER, "seeds/actors/README.md")) {
      for (CSVRecord row : parser) {
        String id = row.get("actor_id").strip();
        String type = row.get("type").strip();
        if (!ActorTypes.ALL.contains(type) || !id.startsWith(type + ":")) {
          throw new IOException(
              source
                  + " line "
                  + row.getRecordNumber()
                  + ": actor "
                  + id
                  + " has type '"
                  + type
                  + "'; the type must be one of "
                  + ActorTypes.ALL
                  + " and prefix the id");
        }
        String affiliation = row.get("affiliation").strip();
        actors.add(
            new Actor(
                id,
                row.get("name").strip(),
                type,
                affiliation.isEmpty() ? null : affiliation,
                forms(row.get("aliases")),
                forms(row.get("metonyms")),
                forms(row.get("demonyms"))));
      }
    }
    return actors;
  }

  private static List<String> forms(String cell) {
    return cell.isBlank()
        ? List.of()
        : Arrays.stream(BAR.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
