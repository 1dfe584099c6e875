package org.newsstance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DependencyGraphAnnotator} stands in for the parser's own graph building: on the seed
 * article (one document, as coreference sees it), the parsing pipeline must leave every token,
 * tree, graph the job or coreference reads, sentiment distribution and coreference chain exactly as
 * the parser building all five graphs itself does.
 */
class DependencyGraphAnnotatorTest {

  @Test
  void parsingPipelineAnnotatesAsTheParserBuildingItsOwnGraphs() {
    NlpSettings lean = NlpSettings.parsing(120);
    NlpSettings stock =
        lean.with(Map.of("annotators", "parse,sentiment", "parse.buildgraphs", "true"));

    String expected = render(annotate(stock));
    String actual = render(annotate(lean));

    assertThat(expected).contains("nsubj").contains("coref ");
    assertThat(actual).isEqualTo(expected);
  }

  private static Annotation annotate(NlpSettings parsing) {
    return SeedCoreference.annotate(parsing, NlpSettings.coreferenceAsCoreNlpShipsIt());
  }

  private static String render(Annotation document) {
    StringBuilder out = new StringBuilder();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        out.append(token.toShorterString()).append('\n');
      }
      out.append(sentence.get(TreeCoreAnnotations.TreeAnnotation.class)).append('\n');
      out.append(sentence.get(TreeCoreAnnotations.BinarizedTreeAnnotation.class)).append('\n');
      renderGraph(out, sentence, SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      renderGraph(out, sentence, SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class);
      renderGraph(
          out, sentence, SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      renderSentiment(out, sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class));
    }
    out.append("coref ")
        .append(document.get(CorefCoreAnnotations.CorefChainAnnotation.class))
        .append('\n');
    return out.toString();
  }

  private static void renderGraph(
      StringBuilder out,
      CoreMap sentence,
      Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<SemanticGraph>> key) {
    SemanticGraph graph = sentence.get(key);
    out.append(key.getSimpleName()).append(' ').append(graph.toList());
    for (IndexedWord word : graph.vertexListSorted()) {
      out.append(word.backingLabel().toShorterString()).append(' ');
    }
    out.append('\n');
  }

  /** Every node's class distribution at full precision. */
  private static void renderSentiment(StringBuilder out, Tree tree) {
    for (Tree node : tree) {
      if (!node.isLeaf()) {
        out.append(node.label().value())
            .append(':')
            .append(RNNCoreAnnotations.getPredictions(node))
            .append('\n');
      }
    }
  }
}
