package org.newsstance.score.eval;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;

class MentionSpanTest {
  private static List<CoreMap> sentences(String text) {
    Annotation document = new Annotation(text);
    CoreNlpPipelines.get(NlpSettings.segmentation()).annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static String words(List<CoreMap> sentences, MentionSpan span) {
    return String.join(
        " ",
        sentences.get(span.sentence()).get(CoreAnnotations.TokensAnnotation.class).stream()
            .skip(span.tokenBegin())
            .limit(span.tokenEnd() - span.tokenBegin())
            .map(t -> t.word())
            .toList());
  }

  @Test
  void characterOffsetsMapToTheTokensTheyOverlapInTheirSentence() {
    String text = "Talks went on. Iran's envoy met the United States delegation in Muscat.";
    List<CoreMap> sentences = sentences(text);
    int us = text.indexOf("United States");
    MentionSpan span = MentionSpan.locate(sentences, us, us + "United States".length()).get();
    assertThat(span.sentence()).isEqualTo(1);
    assertThat(words(sentences, span)).isEqualTo("United States");

    int iran = text.indexOf("Iran");
    assertThat(words(sentences, MentionSpan.locate(sentences, iran, iran + 4).get()))
        .isEqualTo("Iran");
  }

  @Test
  void aSpanOverNoTokenIsNotFound() {
    String text = "Iran  met Oman.";
    assertThat(MentionSpan.locate(sentences(text), 4, 6)).isEmpty();
  }
}
