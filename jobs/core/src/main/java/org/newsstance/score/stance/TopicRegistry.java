package org.newsstance.score.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsstance.annotate.registry.RegistryCsv;

/**
 * The topics stances can be about: the built-in seeds/topics.csv with the user's files merged over
 * it by topic id (a user row replaces the built-in one, a new id is added, an empty triggers cell
 * removes the topic; see seeds/eval/STANCE-GUIDELINES.md section 10). Small and Serializable, so it
 * travels to executors with the analysis.
 */
public final class TopicRegistry implements Serializable {
  /** The built-in topics, packaged in the jar from seeds/. */
  public static final String DEFAULT_RESOURCE = "/org/newsstance/seeds/topics.csv";

  static final List<String> HEADER = List.of("topic_id", "label", "triggers");
  private static final Pattern BAR = Pattern.compile("\\|");

  /** Marks a broad trigger in the CSV ("~deal"): see {@link Topic#broadTriggers()}. */
  private static final String BROAD = "~";

  /** Triggers split at spaces and hyphens: the tokenizer splits "cease-fire" into three tokens. */
  private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s-]+");

  private final Map<String, Topic> topics;

  private TopicRegistry(Map<String, Topic> topics) {
    this.topics = new LinkedHashMap<>(topics);
  }

  /** The built-in topics with the user's files (if any) merged over them in order. */
  public static TopicRegistry load(List<Path> userFiles) {
    Map<String, Topic> byId = new LinkedHashMap<>();
    try (InputStream in = TopicRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the topic registry " + DEFAULT_RESOURCE + " is not in the jar");
      }
      merge(byId, in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(DEFAULT_RESOURCE, e);
    }
    for (Path file : userFiles) {
      try (InputStream in = Files.newInputStream(file)) {
        merge(byId, in, file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "reading the topic registry " + file + ": " + e.getMessage(), e);
      }
    }
    return new TopicRegistry(byId);
  }

  private static void merge(Map<String, Topic> byId, InputStream in, String source)
      throws IOException {
    try (CSVParser parser =
        RegistryCsv.open(in, source, HEADER, "seeds/eval/STANCE-GUIDELINES.md section 10")) {
      for (CSVRecord row : parser) {
        String id = row.get("topic_id").strip();
        List<String> cells =
            Arrays.stream(BAR.split(row.get("triggers")))
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty() && !t.equals(BROAD))
                .toList();
        if (cells.isEmpty()) {
          byId.remove(id);
        } else if (cells.stream().allMatch(t -> t.startsWith(BROAD))) {
          // A broad trigger counts only where the document names the topic by another trigger,
          // so a topic of broad triggers alone would silently never match.
          throw new IOException(
              source
                  + ": topic "
                  + id
                  + " has only broad triggers ("
                  + String.join("|", cells)
                  + "), which count only in a document that names the topic by another trigger,"
                  + " so it would never match; add a trigger without '~'");
        } else {
          byId.put(
              id,
              new Topic(
                  id,
                  row.get("label").strip(),
                  tokens(cells.stream().filter(t -> !t.startsWith(BROAD))),
                  tokens(
                      cells.stream().filter(t -> t.startsWith(BROAD)).map(t -> t.substring(1)))));
        }
      }
    }
  }

  private static List<List<String>> tokens(Stream<String> triggers) {
    return triggers.map(t -> List.of(SPACE_OR_HYPHEN.split(t.strip()))).toList();
  }

  public Collection<Topic> topics() {
    return topics.values();
  }

  public boolean contains(String topicId) {
    return topics.containsKey(topicId);
  }

  /**
   * Trigger matches in a sentence, longest first at each position and never overlapping. A trigger
   * token matches a sentence token when it equals the token's lowercased word or lemma; punctuation
   * tokens (quotes, hyphens) inside a phrase are skipped, so {@code multilateral "regional"
   * setting} holds {@code regional setting}.
   *
   * @param words lowercased words of the sentence
   * @param lemmas lowercased lemmas of the sentence (same length)
   * @param skippable tokens a multi-token trigger may step over
   * @param named the topics whose broad triggers count: those the document names by another
   */
  public List<TopicMatch> find(
      List<String> words, List<String> lemmas, boolean[] skippable, Set<String> named) {
    List<TopicMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      TopicMatch best = null;
      if (!skippable[i]) {
        for (Topic topic : topics.values()) {
          List<List<String>> triggers =
              named.contains(topic.topicId())
                  ? Stream.concat(topic.triggers().stream(), topic.broadTriggers().stream())
                      .toList()
                  : topic.triggers();
          for (List<String> trigger : triggers) {
            int end = matchEnd(trigger, words, lemmas, skippable, i);
            if (end > 0 && (best == null || end > best.tokenEnd())) {
              best = new TopicMatch(topic.topicId(), i, end, trigger.get(0));
            }
          }
        }
      }
      if (best != null) {
        matches.add(best);
        i = best.tokenEnd();
      } else {
        i++;
      }
    }
    return matches;
  }

  private static int matchEnd(
      List<String> trigger, List<String> words, List<String> lemmas, boolean[] skippable, int at) {
    int position = at;
    for (int t = 0; t < trigger.size(); t++) {
      while (t > 0 && position < words.size() && skippable[position]) {
        position++;
      }
      if (position >= words.size()) {
        return -1;
      }
      String want = trigger.get(t);
      if (!want.equals(words.get(position)) && !want.equals(lemmas.get(position))) {
        return -1;
      }
      position++;
    }
    return position;
  }
}
