package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.annotate.ActorMention;

/**
 * What a holder says of the course of its relationship with an actor (lexicon kinds {@code
 * relation} and {@code course}): "our relationship with the Kurds will not change" and "ties with X
 * will remain strong" reaffirm it, which the guidelines count as support for X (verbal
 * cooperation); "relations with X have soured" oppose X. A relationship said merely to change, or
 * not to grow, is no stance.
 */
final class Relationships {
  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final Holders holders;

  Relationships(SentenceView view, StanceLexicon lexicon, Holders holders) {
    this.view = view;
    this.lexicon = lexicon;
    this.holders = holders;
  }

  void course(IndexedWord relation, List<Finding> findings) {
    List<Target> partners = new ArrayList<>();
    for (IndexedWord with : view.children(relation, "nmod:with")) {
      for (ActorMention m : holders.actors(with)) {
        partners.add(new Target(Target.ACTOR, m.actorId(), m.surface(), 1));
      }
    }
    if (partners.isEmpty()) {
      return;
    }
    for (SemanticGraphEdge edge : view.incoming(relation)) {
      IndexedWord predicate = edge.getGovernor();
      if (!SentenceView.relation(edge).equals("nsubj")) {
        continue;
      }
      int course =
          lexicon
              .first(CueKind.COURSE, SentenceView.lemma(predicate))
              .map(c -> c.polarity())
              .orElse(2);
      boolean negated = view.negated(predicate, lexicon);
      // Only a denied decline or change reaffirms; a denied improvement says too little.
      int polarity = negated ? (course <= 0 ? 1 : 0) : (course == 2 ? 0 : course);
      if (polarity != 0) {
        SentenceStances.add(
            findings,
            relation,
            relation.word(),
            holders.ofNoun(relation, false),
            partners,
            polarity,
            1);
      }
    }
  }
}
