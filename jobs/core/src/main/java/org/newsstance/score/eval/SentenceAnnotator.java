package org.newsstance.score.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;
import org.newsstance.util.InOrder;

/**
 * Annotates short texts the way the job annotates a sentence that names an actor: {@code
 * NlpSettings.light()}, then {@code NlpSettings.parsing(maxTokens)} on the same annotation. Each
 * text is its own document. Uses the JVM's shared pipelines from several threads.
 */
public final class SentenceAnnotator {
  private final int maxTokens;
  private final int threads;

  public SentenceAnnotator(int maxTokens, int threads) {
    this.maxTokens = maxTokens;
    this.threads = Math.max(1, threads);
  }

  /** The sentences of one text, annotated. */
  public List<CoreMap> annotate(String text) {
    Annotation document = new Annotation(text);
    CoreNlpPipelines.get(NlpSettings.light()).annotate(document);
    CoreNlpPipelines.get(NlpSettings.parsing(maxTokens)).annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }

  /** The sentences of each text, in input order. */
  public List<List<CoreMap>> annotateAll(List<String> texts) {
    return annotateAll(texts, UnaryOperator.identity());
  }

  /**
   * The sentences of each text, in input order, each passed through {@code keep} as soon as it is
   * annotated (to drop what a caller does not need before thousands of sentences pile up).
   */
  public List<List<CoreMap>> annotateAll(List<String> texts, UnaryOperator<CoreMap> keep) {
    return InOrder.map(
        texts, threads, "annotation", text -> annotate(text).stream().map(keep).toList());
  }
}
