package org.newsstance.segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * A sentence of the document under analysis: the stored {@link Sentence} (doc-level index and
 * offsets) with the CoreNLP annotation later stages read. Token {@code i} of the CoreNLP sentence
 * is token {@code i} of the stored sentence.
 */
public final class AnnotatedSentence {
  private final Sentence sentence;
  private final CoreMap coreMap;
  private boolean parsed;

  public AnnotatedSentence(Sentence sentence, CoreMap coreMap) {
    this.sentence = sentence;
    this.coreMap = coreMap;
  }

  public Sentence sentence() {
    return sentence;
  }

  public CoreMap coreMap() {
    return coreMap;
  }

  public List<CoreLabel> tokens() {
    return coreMap.get(CoreAnnotations.TokensAnnotation.class);
  }

  public int index() {
    return sentence.sentenceIdx();
  }

  public int paragraphIdx() {
    return sentence.paragraphIdx();
  }

  /** Whether the parser ran on this sentence (it skips long ones and those without actors). */
  public boolean parsed() {
    return parsed;
  }

  public void markParsed() {
    parsed = true;
  }

  /** Enhanced++ UD dependencies converted from the parse, or null when the sentence is unparsed. */
  public SemanticGraph dependencies() {
    return parsed
        ? coreMap.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)
        : null;
  }

  /** The document text of tokens [begin, end). */
  public String surface(int begin, int end) {
    int from = sentence.tokens().get(begin).charBegin() - sentence.charBegin();
    int to = sentence.tokens().get(end - 1).charEnd() - sentence.charBegin();
    return sentence.text().substring(from, to);
  }
}
