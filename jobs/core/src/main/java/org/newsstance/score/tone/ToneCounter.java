package org.newsstance.score.tone;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.newsstance.score.sentiment.OpinionLexicon;

/** Counts opinion words of the news lexicon in tokens that carry CoreNLP lemmas. */
public final class ToneCounter {
  private final OpinionLexicon lexicon;

  public ToneCounter(OpinionLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Tone count(List<CoreLabel> tokens) {
    int positive = 0;
    int negative = 0;
    int words = 0;
    for (CoreLabel token : tokens) {
      if (!token.word().codePoints().anyMatch(Character::isLetter)) {
        continue;
      }
      words++;
      int polarity = lexicon.polarity(token.lemma() != null ? token.lemma() : token.word());
      if (polarity > 0) {
        positive++;
      } else if (polarity < 0) {
        negative++;
      }
    }
    return new Tone(positive, negative, words);
  }
}
