package org.newsstance.segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;

/**
 * Splits chunks of paragraphs into sentences and tokens with CoreNLP's tokenizer and sentence
 * splitter. Each chunk is one CoreNLP document, so no sentence crosses a paragraph boundary.
 */
public final class SentenceSegmenter {
  private final NlpSettings settings;
  private final int maxSentenceTokens;

  /**
   * @param maxSentenceTokens sentences longer than this are kept whole but marked {@code
   *     long_sentence}: later stages skip the parser for them (a parse of hundreds of tokens costs
   *     seconds and says little)
   */
  public SentenceSegmenter(NlpSettings settings, int maxSentenceTokens) {
    this.settings = settings;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /** The annotated CoreNLP document for one chunk; its offsets are relative to the chunk. */
  public Annotation annotate(Chunk chunk) {
    Annotation annotation = new Annotation(chunk.text());
    CoreNlpPipelines.get(settings).annotate(annotation);
    return annotation;
  }

  /** The sentences of an annotated chunk, numbered on from {@code firstSentenceIdx}. */
  public List<AnnotatedSentence> sentences(
      Chunk chunk, Annotation annotation, int firstSentenceIdx) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    int base = chunk.begin();
    for (CoreMap coreSentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        int begin = label.beginPosition();
        int end = label.endPosition();
        tokens.add(
            new Token(
                tokens.size(),
                chunk.text().substring(begin, end),
                base + begin,
                base + end,
                label.lemma(),
                label.tag(),
                label.ner()));
      }
      int begin = tokens.get(0).charBegin();
      int end = tokens.get(tokens.size() - 1).charEnd();
      Sentence sentence =
          new Sentence(
              firstSentenceIdx + sentences.size(),
              chunk.paragraph().paragraphIdx(),
              begin,
              end,
              chunk.text().substring(begin - base, end - base),
              tokens,
              tokens.size() > maxSentenceTokens ? "long_sentence" : null);
      sentences.add(new AnnotatedSentence(sentence, coreSentence));
    }
    return sentences;
  }
}
