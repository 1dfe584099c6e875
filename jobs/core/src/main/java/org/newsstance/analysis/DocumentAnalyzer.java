package org.newsstance.analysis;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.newsstance.ingest.Hashes;
import org.newsstance.ingest.RawDocument;
import org.newsstance.segment.Chunk;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.ParagraphSplitter;
import org.newsstance.segment.Sentence;
import org.newsstance.segment.SentenceSegmenter;

/**
 * Runs the NLP of one document: paragraphs, then sentences and tokens. Plain Java: the Spark job
 * calls it from inside {@code mapPartitions}, tests call it directly. Cheap to construct (models
 * live in {@link org.newsstance.nlp.CoreNlpPipelines}); one instance may be used by one thread at a
 * time.
 */
public final class DocumentAnalyzer {
  private final ParagraphSplitter paragraphSplitter;
  private final SentenceSegmenter segmenter;
  private final int windowChars;

  public DocumentAnalyzer(AnalysisSettings settings) {
    this.paragraphSplitter = new ParagraphSplitter(settings.paragraphMode());
    this.segmenter = new SentenceSegmenter(settings.segmentation(), settings.maxSentenceTokens());
    this.windowChars = settings.windowChars();
  }

  public DocumentAnalysis analyze(RawDocument document) {
    List<Paragraph> paragraphs = paragraphSplitter.split(document.text());
    List<Sentence> sentences = new ArrayList<>();
    TreeSet<String> degraded = new TreeSet<>();
    for (Paragraph paragraph : paragraphs) {
      List<Chunk> chunks = Chunk.of(paragraph, windowChars);
      if (chunks.size() > 1) {
        degraded.add("long_paragraph");
      }
      for (Chunk chunk : chunks) {
        Annotation annotation = segmenter.annotate(chunk);
        sentences.addAll(segmenter.sentences(chunk, annotation, sentences.size()));
      }
    }

    sentences.stream().map(Sentence::degraded).filter(Objects::nonNull).forEach(degraded::add);
    return new DocumentAnalysis(
        document, Hashes.sha256Hex(document.text()), paragraphs, sentences, List.copyOf(degraded));
  }
}
