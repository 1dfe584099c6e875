package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * Refusals ({@link CueKind#REFUSAL}: refuse, decline) in one sentence: "refused to recognise X"
 * negates the cue of its complement; "refused the deal" is a cue of its own.
 */
final class Refusals {
  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final List<CueKind> verbCues;

  Refusals(SentenceView view, StanceLexicon lexicon, List<CueKind> verbCues) {
    this.view = view;
    this.lexicon = lexicon;
    this.verbCues = verbCues;
  }

  /** The refusal whose complement ({@code xcomp}) the cue is, or null. */
  IndexedWord of(IndexedWord verb) {
    for (SemanticGraphEdge edge : view.incoming(verb)) {
      if (SentenceView.relation(edge).equals("xcomp")
          && lexicon.is(CueKind.REFUSAL, SentenceView.lemma(edge.getGovernor()))) {
        return edge.getGovernor();
      }
    }
    return null;
  }

  /** Whether a refusal's complement is itself a cue, which then carries the stance. */
  boolean refusesACue(IndexedWord refusal) {
    for (IndexedWord complement : view.children(refusal, "xcomp")) {
      String lemma = SentenceView.lemma(complement);
      if (verbCues.stream().anyMatch(kind -> lexicon.is(kind, lemma))) {
        return true;
      }
    }
    return false;
  }
}
