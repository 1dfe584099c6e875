package org.newsstance.score.eval;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.score.sentiment.SentimentLabel;

/**
 * A gold-labelled mention located in an annotated sentence: what evaluation scores and training
 * learns from.
 *
 * @param group the input sentence it comes from, so that cross-validation keeps the targets of one
 *     sentence in one fold
 */
public record LabeledMention(
    CoreMap sentence, int tokenBegin, int tokenEnd, SentimentLabel gold, int group) {

  /** Result of locating gold targets: the mentions, and how many targets matched no token. */
  public record Located(List<LabeledMention> mentions, int unlocated) {}

  /**
   * Locates every target of NewsMTSC sentences in their annotations ({@code annotations.get(i)}
   * holds the CoreNLP sentences of {@code sentences.get(i)}).
   */
  public static Located locate(List<NewsMtsc.Sentence> sentences, List<List<CoreMap>> annotations) {
    List<LabeledMention> mentions = new ArrayList<>();
    int unlocated = 0;
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreMap> annotated = annotations.get(i);
      for (NewsMtsc.Target target : sentences.get(i).targets()) {
        var span = MentionSpan.locate(annotated, target.from(), target.to());
        if (span.isEmpty()) {
          unlocated++;
          continue;
        }
        MentionSpan s = span.get();
        mentions.add(
            new LabeledMention(
                annotated.get(s.sentence()), s.tokenBegin(), s.tokenEnd(), target.gold(), i));
      }
    }
    return new Located(List.copyOf(mentions), unlocated);
  }
}
