package org.newsstance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

/**
 * The job's pipelines load from the slim model jar (the only model jar on the test classpath) and
 * produce what later stages read: NER tags, a binarized tree with RNTN class distributions.
 */
class PipelinesFromSlimModelJarTest {
  @Test
  void lightThenParsingAnnotateARealSentence() {
    Annotation doc = new Annotation("Secretary of State Marco Rubio praised the talks in Muscat.");
    CoreNlpPipelines.get(NlpSettings.light()).annotate(doc);
    CoreNlpPipelines.get(NlpSettings.parsing(80)).annotate(doc);

    CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    assertThat(sentence.get(CoreAnnotations.TokensAnnotation.class))
        .filteredOn(t -> "Rubio".equals(t.word()))
        .extracting(CoreLabel::ner)
        .containsExactly("PERSON");
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    assertThat(tree).isNotNull();
    assertThat(RNNCoreAnnotations.getPredictions(tree).getNumElements()).isEqualTo(5);
  }
}
