package org.newsstance.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.sentiment.SentimentAggregator;

/**
 * One JSON line per labelled PerSenT paragraph: the gold label beside what the job said about the
 * target there, for error analysis (which paragraphs are missed, and why) without re-running the
 * analysis. Each line carries the row's evidence sentences as text (strongest first), so that a
 * miss can be read without joining back to the CSV. Paragraphs where the job has no row for the
 * target have null score fields and no evidence; they are what the figures count as predicted
 * neutral.
 */
final class PersentPredictions {
  private PersentPredictions() {}

  static void write(
      List<PersentSentiment.Article> articles, SentimentAggregator aggregator, Path file) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (PersentSentiment.Article article : articles) {
          for (PersentSentiment.Paragraph paragraph : article.paragraphs()) {
            out.write(mapper.writeValueAsString(line(mapper, article, paragraph, aggregator)));
            out.newLine();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static ObjectNode line(
      ObjectMapper mapper,
      PersentSentiment.Article article,
      PersentSentiment.Paragraph paragraph,
      SentimentAggregator aggregator) {
    ObjectNode node = mapper.createObjectNode();
    node.put("doc_id", article.id());
    node.put("paragraph", paragraph.paragraphIdx());
    node.put("gold", paragraph.gold());
    node.put("target_actor_id", article.targetActorId());
    ActorSentiment s = paragraph.sentiment();
    double score = s == null ? 0.0 : s.score();
    node.put("predicted", aggregator.label(score));
    if (s == null) {
      node.putNull("score");
      node.put("n_mentions", 0);
    } else {
      node.put("score", s.score());
      node.put("p_negative", s.negative());
      node.put("p_neutral", s.neutral());
      node.put("p_positive", s.positive());
      node.put("n_mentions", s.nMentions());
      node.put("methods", String.join(",", s.methods()));
    }
    ArrayNode evidence = node.putArray("evidence");
    for (PersentSentiment.EvidenceText e : paragraph.evidence()) {
      evidence
          .addObject()
          .put("mention", e.mention())
          .put("score", e.score())
          .put("sentence", e.sentence());
    }
    if (paragraph.tone() != null) {
      node.put("tone", paragraph.tone().value());
      node.put("words", paragraph.tone().words());
    }
    return node;
  }
}
