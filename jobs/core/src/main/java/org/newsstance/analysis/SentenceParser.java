package org.newsstance.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Parses a chosen subset of sentences. The parse and sentiment annotators work sentence by
 * sentence, so they run on an annotation holding only the chosen sentences' own CoreNLP maps: the
 * results land on those maps, and the sentences left out cost nothing.
 */
public final class SentenceParser {
  private final NlpSettings settings;

  public SentenceParser(NlpSettings settings) {
    this.settings = settings;
  }

  public void parse(List<AnnotatedSentence> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    List<CoreMap> maps = sentences.stream().map(AnnotatedSentence::coreMap).toList();
    Annotation subset = new Annotation("");
    subset.set(CoreAnnotations.SentencesAnnotation.class, maps);
    CoreNlpPipelines.get(settings).annotate(subset);
    sentences.forEach(AnnotatedSentence::markParsed);
  }
}
