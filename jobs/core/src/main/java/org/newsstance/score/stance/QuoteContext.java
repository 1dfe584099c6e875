package org.newsstance.score.stance;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.Resolution;
import org.newsstance.annotate.registry.ActorTypes;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Who is speaking in a run of quotes, sentence by sentence through one document, for the stance
 * rules only (the mentions table is not changed). News attributes quotes in two ways coreference
 * often misses: a "she said" after the quote, which is the person last named in this or the
 * previous paragraph, and a quote that continues the one before it without naming its speaker,
 * whose "we" is the state the previous quote's official spoke for (STANCE-GUIDELINES section 4:
 * "the State Department spokeswoman's 'we' is country:usa", also in a continuation quote).
 */
final class QuoteContext {
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she");
  private static final Set<String> WE = Set.of("we", "our", "us");

  private final StanceLexicon lexicon;
  private String lastPerson;
  private int lastPersonParagraph = -1;
  private String lastState;
  private int lastStateSentence = -2;

  QuoteContext(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Mentions to add to a sentence's own: a "she said" speaker no mention covers, and the "we" of a
   * quote that continues the previous sentence's.
   */
  List<ActorMention> extra(AnnotatedSentence sentence, List<ActorMention> own) {
    List<ActorMention> extra = new ArrayList<>();
    List<CoreLabel> tokens = sentence.tokens();
    boolean nearPerson = lastPerson != null && sentence.paragraphIdx() - lastPersonParagraph <= 1;
    for (int i = 0; i + 1 < tokens.size() && nearPerson; i++) {
      boolean speaker =
          SPEAKER_PRONOUNS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
              && lexicon.is(CueKind.SPEECH, lemma(tokens.get(i + 1)))
              && covering(own, i) == null;
      if (speaker && i > 0 && "''".equals(tokens.get(i - 1).tag())) {
        extra.add(mention(sentence, i, lastPerson));
      }
    }
    boolean continues =
        lastState != null
            && lastStateSentence == sentence.index() - 1
            && !tokens.isEmpty()
            && "``".equals(tokens.get(0).tag())
            && own.stream().noneMatch(m -> m.actorId().startsWith(ActorTypes.PERSON + ":"))
            && extra.isEmpty();
    for (int i = 0; i < tokens.size() && continues; i++) {
      if (WE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)) && covering(own, i) == null) {
        extra.add(mention(sentence, i, lastState));
      }
    }
    return extra;
  }

  /** Remembers the last person named, for the next sentences' "she said". */
  void named(AnnotatedSentence sentence, List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (m.actorId().startsWith(ActorTypes.PERSON + ":")) {
        lastPerson = m.actorId();
        lastPersonParagraph = sentence.paragraphIdx();
      }
    }
  }

  /** Remembers the state an official quoted in this sentence speaks for. */
  void spokeFor(AnnotatedSentence sentence, String state) {
    lastState = state;
    lastStateSentence = sentence.index();
  }

  private static ActorMention covering(List<ActorMention> mentions, int token) {
    for (ActorMention m : mentions) {
      if (m.tokenBegin() <= token && token < m.tokenEnd()) {
        return m;
      }
    }
    return null;
  }

  private static String lemma(CoreLabel token) {
    String lemma = token.lemma() == null ? token.word() : token.lemma();
    return lemma.toLowerCase(Locale.ROOT);
  }

  private static ActorMention mention(AnnotatedSentence sentence, int token, String actorId) {
    var s = sentence.sentence();
    CoreLabel t = sentence.tokens().get(token);
    return new ActorMention(
        s.paragraphIdx(),
        s.sentenceIdx(),
        token,
        token + 1,
        s.tokens().get(token).charBegin(),
        s.tokens().get(token).charEnd(),
        t.word(),
        actorId,
        Resolution.COREF,
        Resolution.COREF.confidence());
  }
}
