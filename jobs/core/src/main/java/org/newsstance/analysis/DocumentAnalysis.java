package org.newsstance.analysis;

import java.io.Serializable;
import java.util.List;
import org.newsstance.ingest.RawDocument;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.Sentence;

/**
 * All the job learns about one document.
 *
 * @param degraded the reasons, if any, why parts of the document got reduced analysis
 */
public record DocumentAnalysis(
    RawDocument document,
    String contentHash,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<String> degraded)
    implements Serializable {

  public DocumentAnalysis {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    degraded = List.copyOf(degraded);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
