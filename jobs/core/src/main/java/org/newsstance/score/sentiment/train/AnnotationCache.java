package org.newsstance.score.sentiment.train;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsstance.ingest.Hashes;
import org.newsstance.score.eval.SentenceAnnotator;

/**
 * Keeps the CoreNLP annotations of a training file on disk, so that feature and model experiments
 * do not re-parse ~8k sentences (minutes) each time. Stores only what the scorer reads: tokens
 * (word, lemma, tag, offsets), the RNTN tree with its class distributions, and the enhanced++
 * dependencies; the file is keyed by a hash of the input text and the parser's length cap, so a
 * changed input or cap never reads a stale cache.
 */
public final class AnnotationCache {
  /** Bump when what is stored changes. */
  private static final String FORMAT = "v1";

  private static final long DEEP_STACK_BYTES = 1L << 30;

  private final Path directory;
  private final SentenceAnnotator annotator;
  private final int maxTokens;

  public AnnotationCache(Path directory, int maxTokens, int threads) {
    this.directory = directory;
    this.maxTokens = maxTokens;
    this.annotator = new SentenceAnnotator(maxTokens, threads);
  }

  /** The annotated sentences of each text, from the cache when it has them. */
  public List<List<CoreMap>> annotate(List<String> texts) {
    Path file =
        directory.resolve(
            "annotations-"
                + Hashes.sha256Hex(FORMAT + maxTokens + "\n" + String.join("\n", texts))
                    .substring(0, 16)
                + ".ser.gz");
    if (Files.isRegularFile(file)) {
      return onDeepStack(() -> read(file));
    }
    List<List<CoreMap>> annotated = annotator.annotateAll(texts, AnnotationCache::slim);
    onDeepStack(() -> write(file, annotated));
    return annotated;
  }

  /** A copy of the sentence with only the annotations the scorer reads. */
  static CoreMap slim(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel token : tokens) {
      // Head annotations point into the parse tree; probabilities are unused: both only add bytes.
      token.remove(TreeCoreAnnotations.HeadWordLabelAnnotation.class);
      token.remove(TreeCoreAnnotations.HeadTagLabelAnnotation.class);
      token.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
    }
    ArrayCoreMap slim = new ArrayCoreMap();
    slim.set(CoreAnnotations.TokensAnnotation.class, tokens);
    Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    if (tree != null) {
      for (Tree node : tree) {
        if (node.label() instanceof CoreLabel label) {
          label.remove(RNNCoreAnnotations.NodeVector.class);
        }
      }
      slim.set(SentimentCoreAnnotations.SentimentAnnotatedTree.class, tree);
    }
    var graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      slim.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
    }
    return slim;
  }

  /**
   * Java serialization recurses once per link of a tree or graph, and reading the cache overflows a
   * default thread stack; so it runs on a thread with a large one.
   */
  private static <T> T onDeepStack(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable task =
        () -> {
          try {
            result.set(work.get());
          } catch (RuntimeException e) {
            failure.set(e);
          }
        };
    Thread thread = new Thread(null, task, "annotation-cache", DEEP_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the annotation cache", e);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  private static Path write(Path file, List<List<CoreMap>> annotated) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (ObjectOutputStream out =
          new ObjectOutputStream(
              new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial))))) {
        out.writeObject(new ArrayList<>(annotated));
      }
      return Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write annotation cache " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<CoreMap>> read(Path file) {
    try (ObjectInputStream in =
        new ObjectInputStream(
            new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file))))) {
      return (List<List<CoreMap>>) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(
          "annotation cache " + file + " is unreadable (" + e + "); delete it to re-annotate", e);
    }
  }
}
