package org.newsstance.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.newsstance.eval.PersentArticle;

/**
 * Part (b), for context: CoreNLP as it comes (default NER with the fine-grained gazetteer, SUTime
 * and numeric classifiers; the PCFG parser) on a few documents. Its models are not in the job's
 * slim model jar, so the part is skipped unless CoreNLP's full models jar is on the classpath.
 */
public final class OutOfTheBoxBench {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,sentiment";

  /** Model files of the default pipeline the job does not ship; one missing is enough to skip. */
  private static final List<String> MODELS =
      List.of(
          DefaultPaths.DEFAULT_PARSER_MODEL,
          DefaultPaths.DEFAULT_NER_CONLL_MODEL,
          DefaultPaths.DEFAULT_NER_MUC_MODEL,
          DefaultPaths.DEFAULT_KBP_REGEXNER_CASED,
          "edu/stanford/nlp/models/sutime/defs.sutime.txt");

  private OutOfTheBoxBench() {}

  public record Result(double loadSeconds, long documents, Rate rate) {}

  /** The first model file the default pipeline needs and the classpath lacks, or null. */
  public static String missingModel() {
    ClassLoader loader = StanfordCoreNLP.class.getClassLoader();
    return MODELS.stream().filter(m -> loader.getResource(m) == null).findFirst().orElse(null);
  }

  /**
   * Annotates each document whole (default sentence splitting) on {@code threads} threads sharing
   * one pipeline. The pipeline is built here, not through {@code CoreNlpPipelines}, which would
   * keep it for the life of the JVM, and CoreNLP's annotator cache is cleared afterwards; measured,
   * ~0.8 GB of its models still stays reachable (CoreNLP's own static caches), which the live heap
   * after (c) includes.
   */
  public static Result run(List<PersentArticle> sample, int threads) {
    long start = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double load = CoreNlpAloneBench.seconds(start);

    long timed = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      long tokens =
          pool.submit(
                  () ->
                      sample.parallelStream()
                          .mapToLong(article -> annotate(pipeline, article.text()))
                          .sum())
              .get();
      return new Result(load, sample.size(), new Rate(tokens, CoreNlpAloneBench.seconds(timed)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("out-of-the-box CoreNLP failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
      StanfordCoreNLP.clearAnnotatorPool();
    }
  }

  private static long annotate(StanfordCoreNLP pipeline, String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    return document.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
