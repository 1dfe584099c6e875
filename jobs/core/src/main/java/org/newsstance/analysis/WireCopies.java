package org.newsstance.analysis;

import java.util.function.Function;
import org.newsstance.ingest.RawDocument;

/**
 * Analyses a stream of documents, analysing each distinct text once when copies come one after
 * another: a document whose input text equals the previous one's (the same wire story published
 * under several ids) gets the previous analysis under its own id and metadata. The analysis depends
 * on the text alone, so the rows are those a fresh analysis would give. The job orders each
 * partition by a hash of the text, which makes every copy follow its original; keeping only the
 * last analysis keeps the memory per task constant. Not thread-safe: one per task.
 */
public final class WireCopies {
  private final Function<RawDocument, DocumentAnalysis> analyzer;
  private String lastText;
  private DocumentAnalysis last;
  private long copies;

  public WireCopies(Function<RawDocument, DocumentAnalysis> analyzer) {
    this.analyzer = analyzer;
  }

  /** The analysis of {@code document}, reused from the previous document if the text is equal. */
  public DocumentAnalysis analyze(RawDocument document) {
    if (last != null && document.text().equals(lastText)) {
      copies++;
      return last.forCopy(document);
    }
    // Forget the previous one first: if this analysis throws, a later copy must not get it.
    last = null;
    lastText = null;
    DocumentAnalysis analysis = analyzer.apply(document);
    last = analysis;
    lastText = document.text();
    return analysis;
  }

  /** Documents served from a previous document's analysis so far. */
  public long copies() {
    return copies;
  }
}
