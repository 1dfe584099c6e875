package org.newsstance.score.stance;

import java.io.Serializable;
import java.util.List;

/**
 * An issue, policy or kind of event an actor can take a side on (seeds/topics.csv).
 *
 * @param topicId stable lowercase snake_case id, referred to by output and gold
 * @param label human-readable name; says which side {@code support} means where it matters
 * @param triggers lowercase words or phrases that signal the topic, each split into its tokens
 * @param broadTriggers triggers so common outside the topic ("deal", "strikes") that they signal it
 *     only in a document that names it by one of its other triggers (written "~deal" in the CSV)
 */
public record Topic(
    String topicId, String label, List<List<String>> triggers, List<List<String>> broadTriggers)
    implements Serializable {

  public Topic {
    triggers = triggers.stream().map(List::copyOf).toList();
    broadTriggers = broadTriggers.stream().map(List::copyOf).toList();
  }
}
