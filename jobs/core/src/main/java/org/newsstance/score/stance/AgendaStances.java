package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.score.stance.StanceLexicon.Cue;

/**
 * Stances read from what a holder puts on, or keeps off, a negotiating agenda: "expanded the US
 * wishlist to include ballistic missiles and human rights", "keeping its missile arsenal off the
 * table". An agenda item that is a capability (lexicon kind {@code capability}: missiles,
 * enrichment) is there to be curbed, so demanding it opposes it and keeping it off the table
 * defends it; any other item (human rights, sanctions relief) is there to be had, so demanding it
 * supports it, and keeping it off says nothing about the thing itself (the guidelines: refusing to
 * discuss human rights is no stance on human rights).
 */
final class AgendaStances {
  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final Holders holders;
  private final Targets targets;

  AgendaStances(SentenceView view, StanceLexicon lexicon, Holders holders, Targets targets) {
    this.view = view;
    this.lexicon = lexicon;
    this.holders = holders;
    this.targets = targets;
  }

  /**
   * "expanded the US wishlist to include X": a stance noun without complement, object of a verb
   * whose purpose clause includes X, is aimed at X.
   */
  void included(IndexedWord noun, Cue cue, List<Holder> found, List<Finding> findings) {
    for (SemanticGraphEdge edge : view.incoming(noun)) {
      if (!SentenceView.relation(edge).equals("obj")) {
        continue;
      }
      IndexedWord verb = edge.getGovernor();
      for (IndexedWord clause : view.children(verb, "xcomp", "advcl:to", "acl:to")) {
        if (!lexicon.is(CueKind.INCLUDE, SentenceView.lemma(clause))) {
          continue;
        }
        for (IndexedWord item : view.children(clause, "obj")) {
          int polarity = capability(item) ? -cue.polarity() : cue.polarity();
          SentenceStances.add(
              findings,
              noun,
              noun.word(),
              found,
              List.of(targets.nominal(item, false)),
              polarity,
              1);
        }
      }
    }
  }

  /**
   * "keeping its missile arsenal off the table": the holder of the keeping defends a capability it
   * keeps off the agenda. The parser may hang "off the table" on the kept object's apposition
   * rather than on the verb, so the verb is looked for beside the phrase's governor too.
   */
  void keptOff(IndexedWord agenda, List<Finding> findings) {
    boolean off =
        view.children(agenda, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("off"));
    if (!off) {
      return;
    }
    for (SemanticGraphEdge edge : view.incoming(agenda)) {
      IndexedWord governor = edge.getGovernor();
      List<IndexedWord> candidates = new ArrayList<>(List.of(governor));
      candidates.addAll(view.children(governor, "dep", "acl", "advcl"));
      for (IndexedWord verb : candidates) {
        if (!SentenceView.isVerb(verb) || !lexicon.is(CueKind.EXCLUDE, SentenceView.lemma(verb))) {
          continue;
        }
        for (IndexedWord item : view.children(verb, "obj")) {
          if (capability(item)) {
            SentenceStances.add(
                findings,
                verb,
                verb.word() + " off the " + agenda.word(),
                holders.ofVerb(verb),
                List.of(targets.nominal(item, false)),
                1,
                1);
          }
        }
      }
    }
  }

  /**
   * "X expanded the wishlist to include missiles, a frame that Tehran views as a non-starter": an
   * object saying nothing itself (an indefinite apposition) restates the noun it is in apposition
   * to. When that noun is an item a stance noun was made to include, the stance is toward the
   * stance noun (the wishlist), and, reversed, toward a capability item (rejecting a demand to curb
   * missiles defends them); refusing to discuss any other item is no stance on it (guidelines).
   */
  void restated(
      IndexedWord cueWord,
      Cue cue,
      List<Holder> found,
      IndexedWord object,
      List<Finding> findings) {
    for (SemanticGraphEdge edge : view.incoming(object)) {
      if (!SentenceView.relation(edge).equals("appos")) {
        continue;
      }
      IndexedWord item = edge.getGovernor();
      IndexedWord list = includingNoun(item);
      List<Target> aims = new ArrayList<>();
      aims.add(targets.nominal(list == null ? item : list, false));
      SentenceStances.add(findings, cueWord, cueWord.word(), found, aims, cue.polarity(), 1);
      if (list != null && capability(item)) {
        SentenceStances.add(
            findings,
            cueWord,
            cueWord.word(),
            found,
            List.of(targets.nominal(item, false)),
            -cue.polarity(),
            1);
      }
    }
  }

  /** The stance noun whose verb's purpose clause includes the item, or null. */
  private IndexedWord includingNoun(IndexedWord item) {
    for (SemanticGraphEdge toClause : view.incoming(item)) {
      IndexedWord clause = toClause.getGovernor();
      if (!SentenceView.relation(toClause).equals("obj")
          || !lexicon.is(CueKind.INCLUDE, SentenceView.lemma(clause))) {
        continue;
      }
      for (SemanticGraphEdge toVerb : view.incoming(clause)) {
        for (IndexedWord noun : view.children(toVerb.getGovernor(), "obj")) {
          if (lexicon.is(CueKind.NOUN, SentenceView.lemma(noun))) {
            return noun;
          }
        }
      }
    }
    return null;
  }

  /** Whether a nominal names a capability: its head or a modifier in its core phrase. */
  private boolean capability(IndexedWord item) {
    List<IndexedWord> words = new ArrayList<>(List.of(item));
    words.addAll(view.children(item, "compound", "amod"));
    return words.stream().anyMatch(w -> lexicon.is(CueKind.CAPABILITY, SentenceView.lemma(w)));
  }
}
