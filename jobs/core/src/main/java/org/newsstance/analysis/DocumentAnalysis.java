package org.newsstance.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.ingest.RawDocument;
import org.newsstance.score.sentiment.ActorSentiment;
import org.newsstance.score.stance.ActorStance;
import org.newsstance.score.tone.Tone;
import org.newsstance.segment.Paragraph;
import org.newsstance.segment.Sentence;

/**
 * All the job learns about one document.
 *
 * @param degraded the reasons, if any, why parts of the document got reduced analysis
 * @param discoveredActors actors NER found that the registry lacks, by id
 * @param sentiments how each paragraph portrays each actor it mentions
 * @param paragraphTones the plain tone of each paragraph, by paragraph index
 * @param stances what each actor supports or opposes, sentence by sentence
 */
public record DocumentAnalysis(
    RawDocument document,
    String contentHash,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<String> degraded,
    List<ActorMention> mentions,
    Map<String, Actor> discoveredActors,
    List<ActorSentiment> sentiments,
    List<Tone> paragraphTones,
    List<ActorStance> stances)
    implements Serializable {

  public DocumentAnalysis {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    degraded = List.copyOf(degraded);
    mentions = List.copyOf(mentions);
    discoveredActors = Map.copyOf(discoveredActors);
    sentiments = List.copyOf(sentiments);
    paragraphTones = List.copyOf(paragraphTones);
    stances = List.copyOf(stances);
  }

  /**
   * This analysis for another document with the same input text (a wire copy): its id and metadata,
   * and the text this analysis holds (repaired of mojibake as this one's was).
   */
  public DocumentAnalysis forCopy(RawDocument copy) {
    return new DocumentAnalysis(
        copy.withText(document.text()),
        contentHash,
        paragraphs,
        sentences,
        degraded,
        mentions,
        discoveredActors,
        sentiments,
        paragraphTones,
        stances);
  }

  /** The tone of the whole document: the paragraphs' word counts summed. */
  public Tone documentTone() {
    return paragraphTones.stream().reduce(Tone.NONE, Tone::plus);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
