package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Threats with a condition (lexicon kind {@code threat}): "Trump's warning that bad things will
 * happen if a deal is not reached" wants the deal; "warned Iran would pay if it enriches uranium"
 * opposes the enrichment. The threatened harm is what the holder would inflict or welcome only if
 * the condition holds, so the holder wants the condition not to hold: a negated condition (or one
 * with "unless") is supported, a plain one opposed. The consequence itself is no stance.
 */
final class ConditionalThreats {
  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final Targets targets;

  ConditionalThreats(SentenceView view, StanceLexicon lexicon, Targets targets) {
    this.view = view;
    this.lexicon = lexicon;
    this.targets = targets;
  }

  /** The findings of a threat cue held by {@code found}. */
  void conditioned(IndexedWord cue, List<Holder> found, List<Finding> findings) {
    // The condition hangs from the cue ("warned of consequences if X") or from the threatened
    // consequence: a complement clause, or a relative the parser makes of "a warning that ...".
    List<IndexedWord> consequences = new ArrayList<>(List.of(cue));
    consequences.addAll(view.children(cue, "ccomp", "xcomp", "acl", "acl:relcl"));
    for (IndexedWord consequence : consequences) {
      for (IndexedWord condition : view.children(consequence, "advcl:")) {
        String subordinator =
            view.children(condition, "mark").stream()
                .map(m -> m.word().toLowerCase(Locale.ROOT))
                .filter(SentenceView.CONDITIONS::contains)
                .findFirst()
                .orElse(null);
        if (subordinator == null) {
          continue;
        }
        boolean wanted = view.negated(condition, lexicon) ^ subordinator.equals("unless");
        List<Target> aims = new ArrayList<>();
        view.children(condition, "obj", "nsubj:pass")
            .forEach(o -> aims.add(targets.nominal(o, false)));
        if (aims.isEmpty()) {
          // "if violence erupts": the subject is what happens, unless it is an actor acting.
          view.children(condition, "nsubj").stream()
              .filter(s -> view.mention(s) == null)
              .forEach(s -> aims.add(targets.nominal(s, false)));
        }
        SentenceStances.add(findings, cue, cue.word(), found, aims, wanted ? 1 : -1, 1);
      }
    }
  }
}
