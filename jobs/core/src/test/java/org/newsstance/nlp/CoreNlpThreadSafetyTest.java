package org.newsstance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.segment.ParagraphSplitter;
import org.newsstance.testing.ProjectFiles;

/**
 * The job shares one pipeline per JVM between all task threads of an executor ({@link
 * CoreNlpPipelines}). That is only right if concurrent {@code annotate} calls on different
 * documents give what one thread gives: here two threads annotate every paragraph of the seed
 * article at the same time, in opposite orders so that different paragraphs overlap, and every
 * annotation they make must render to exactly the same text as the single-threaded one.
 */
class CoreNlpThreadSafetyTest {
  private static final int THREADS = 2;

  private static List<String> seedParagraphs() {
    String text = ProjectFiles.read(ProjectFiles.seedArticle());
    return new ParagraphSplitter(ParagraphMode.BLANK_LINE)
        .split(text).stream().map(Paragraph::text).toList();
  }

  @Test
  void lightPipelineSharedByTwoThreadsAnnotatesLikeOneThread() throws Exception {
    List<StanfordCoreNLP> pipelines = List.of(CoreNlpPipelines.get(NlpSettings.light()));
    assertConcurrentEqualsSequential(pipelines, CoreNlpThreadSafetyTest::renderTokens);
  }

  @Test
  void parsingPipelineSharedByTwoThreadsAnnotatesLikeOneThread() throws Exception {
    List<StanfordCoreNLP> pipelines =
        List.of(
            CoreNlpPipelines.get(NlpSettings.light()),
            CoreNlpPipelines.get(NlpSettings.parsing(120)));
    assertConcurrentEqualsSequential(pipelines, a -> renderTokens(a) + renderTreesAndSentiment(a));
  }

  private static void assertConcurrentEqualsSequential(
      List<StanfordCoreNLP> pipelines, Function<Annotation, String> render) throws Exception {
    List<String> paragraphs = seedParagraphs();
    List<String> expected = annotateAll(pipelines, render, paragraphs, false);
    assertThat(String.join("", expected)).as("the rendering carries the annotations").isNotBlank();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(THREADS);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        boolean reversed = t % 2 == 1;
        results.add(
            pool.submit(
                () -> {
                  start.countDown();
                  start.await();
                  return annotateAll(pipelines, render, paragraphs, reversed);
                }));
      }
      for (Future<List<String>> result : results) {
        List<String> actual = result.get();
        for (int i = 0; i < paragraphs.size(); i++) {
          assertThat(actual.get(i)).as("paragraph %d", i).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The rendering of each paragraph, in paragraph order whatever order they were annotated in. */
  private static List<String> annotateAll(
      List<StanfordCoreNLP> pipelines,
      Function<Annotation, String> render,
      List<String> paragraphs,
      boolean reversed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      order.add(i);
    }
    if (reversed) {
      Collections.reverse(order);
    }
    String[] rendered = new String[paragraphs.size()];
    for (int i : order) {
      Annotation annotation = new Annotation(paragraphs.get(i));
      pipelines.forEach(p -> p.annotate(annotation));
      rendered[i] = render.apply(annotation);
    }
    return List.of(rendered);
  }

  private static List<CoreMap> sentences(Annotation annotation) {
    return annotation.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static String renderTokens(Annotation annotation) {
    StringBuilder out = new StringBuilder();
    for (CoreMap sentence : sentences(annotation)) {
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        out.append(
            String.format(
                Locale.ROOT,
                "%s/%s/%s/%s@%d-%d ",
                t.word(),
                t.tag(),
                t.lemma(),
                t.ner(),
                t.beginPosition(),
                t.endPosition()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Parse tree, dependencies, and every node's sentiment distribution at full precision. */
  private static String renderTreesAndSentiment(Annotation annotation) {
    StringBuilder out = new StringBuilder();
    for (CoreMap sentence : sentences(annotation)) {
      out.append(sentence.get(TreeCoreAnnotations.TreeAnnotation.class)).append('\n');
      SemanticGraph dependencies =
          sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      out.append(dependencies.toList()).append('\n');
      Tree sentimentTree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      for (Tree node : sentimentTree) {
        if (node.isLeaf()) {
          continue;
        }
        SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
        out.append(node.label().value()).append(':');
        for (int k = 0; k < predictions.getNumElements(); k++) {
          out.append(' ').append(Double.toString(predictions.get(k)));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
