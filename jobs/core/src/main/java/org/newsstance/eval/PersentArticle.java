package org.newsstance.eval;

import java.util.List;
import org.newsstance.ingest.RawDocument;

/**
 * One PerSenT article (Bastan et al., COLING 2020): its text with one paragraph per line, the main
 * entity, and the author's sentiment toward it per paragraph and for the whole document.
 *
 * @param paragraphLabels label per line of the text (Negative, Neutral, Positive), null where the
 *     dataset leaves it blank
 */
public record PersentArticle(
    String id,
    String title,
    String targetEntity,
    String text,
    String documentLabel,
    List<String> paragraphLabels) {

  /** The article as the job's input: its text under its id, nothing else (never the target). */
  public RawDocument asDocument() {
    return new RawDocument(id, "given", null, null, null, text, null, id);
  }

  public boolean labelled(int paragraphIdx) {
    return paragraphIdx < paragraphLabels.size() && paragraphLabels.get(paragraphIdx) != null;
  }
}
