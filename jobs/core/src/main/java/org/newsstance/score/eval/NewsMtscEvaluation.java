package org.newsstance.score.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsstance.score.sentiment.MentionSentiment;
import org.newsstance.score.sentiment.MentionSentimentScorer;
import org.newsstance.score.sentiment.ScoringMethod;

/**
 * Scores every target of a NewsMTSC file with the job's scorer and compares with the gold labels.
 * Each sentence is annotated as its own document, exactly as the job annotates a sentence.
 */
public final class NewsMtscEvaluation implements BenchmarkEvaluation {
  private final SentenceAnnotator annotator;
  private final MentionSentimentScorer scorer;

  public NewsMtscEvaluation(SentenceAnnotator annotator, MentionSentimentScorer scorer) {
    this.annotator = annotator;
    this.scorer = scorer;
  }

  @Override
  public Report evaluate(Path input, ScoringMethod method) {
    List<NewsMtsc.Sentence> sentences = NewsMtsc.read(input);
    List<List<CoreMap>> annotations =
        annotator.annotateAll(sentences.stream().map(NewsMtsc.Sentence::text).toList());
    LabeledMention.Located located = LabeledMention.locate(sentences, annotations);
    long start = System.nanoTime();
    Scored scored = score(located.mentions(), scorer, method);
    double scoringSeconds = (System.nanoTime() - start) / 1e9;
    ObjectNode json = scored.toJson(new ObjectMapper());
    json.put("sentences", sentences.size());
    json.put("unlocated_targets", located.unlocated());
    String text =
        String.format(
                Locale.ROOT,
                "NewsMTSC %s: %d sentences, %d targets scored (%d not found in the tokens)%n"
                    + "method %s (model %s), methods used %s%n"
                    + "scorer alone: %d mentions in %.2f s (%.0f mentions/s, one thread)%n",
                input.getFileName(),
                sentences.size(),
                scored.metrics().total(),
                located.unlocated(),
                method.id(),
                MentionSentimentScorer.MODEL_VERSION,
                scored.methodsUsed(),
                scored.metrics().total(),
                scoringSeconds,
                scored.metrics().total() / Math.max(scoringSeconds, 1e-9))
            + scored.metrics().render();
    return new Report(text, json);
  }

  /** Scores located mentions; the metrics plus how often each method was used. */
  public static Scored score(
      List<LabeledMention> mentions, MentionSentimentScorer scorer, ScoringMethod method) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    Map<String, Long> methods = new TreeMap<>();
    for (LabeledMention mention : mentions) {
      MentionSentiment sentiment =
          scorer.score(mention.sentence(), mention.tokenBegin(), mention.tokenEnd(), method);
      metrics.add(mention.gold(), sentiment.sentimentLabel());
      methods.merge(sentiment.method(), 1L, Long::sum);
    }
    return new Scored(metrics, methods, method);
  }

  /** Metrics of one scoring run, with the methods actually used (fallbacks included). */
  public record Scored(
      ClassificationMetrics metrics, Map<String, Long> methodsUsed, ScoringMethod method) {
    public ObjectNode toJson(ObjectMapper json) {
      ObjectNode node = metrics.toJson(json);
      node.put("method", method.id());
      node.put("model_version", MentionSentimentScorer.MODEL_VERSION);
      ObjectNode used = node.putObject("methods_used");
      methodsUsed.forEach(used::put);
      return node;
    }
  }
}
