package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Map;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.Resolution;
import org.newsstance.score.stance.StanceLexicon.Cue;

/**
 * An act participle modifying an actor ("Russia-backed separatists", "Iran-backed militias"): the
 * actor it modifies is acted on, and the participle's left part is the agent. A verb rule finds no
 * subject here, so without this the backer's stance is lost.
 */
final class ParticipleActs {
  /** Relations by which the parser attaches the left part of "X-backed" to the participle. */
  private static final String[] AGENTS = {
    "obl", "obl:agent", "obl:npmod", "compound", "nmod:npmod"
  };

  private final SentenceView view;
  private final Map<String, String> countryForms;

  /**
   * @param countryForms country aliases (case-sensitive) → country id, for an agent inside the
   *     registry form of the actor acted on ("Russia-backed separatists" is one form, so "Russia"
   *     in it is no mention of its own)
   */
  ParticipleActs(SentenceView view, Map<String, String> countryForms) {
    this.view = view;
    this.countryForms = countryForms;
  }

  void act(IndexedWord participle, Cue cue, double strength, List<Finding> findings) {
    for (SemanticGraphEdge edge : view.incoming(participle)) {
      ActorMention patient = view.mention(edge.getGovernor());
      if (!SentenceView.relation(edge).equals("amod") || patient == null) {
        continue;
      }
      Target target = new Target(Target.ACTOR, patient.actorId(), patient.surface(), 1);
      for (IndexedWord agent : view.children(participle, AGENTS)) {
        ActorMention m = agent(agent, patient);
        if (m != null && agent.index() < participle.index()) {
          SentenceStances.add(
              findings,
              participle,
              participle.word(),
              List.of(new Holder(m, Holder.ACTOR_ACT)),
              List.of(target),
              cue.polarity(),
              strength);
        }
      }
    }
  }

  private ActorMention agent(IndexedWord agent, ActorMention patient) {
    ActorMention own = view.mention(agent);
    if (own != patient) {
      return own;
    }
    String country = countryForms.get(agent.word());
    if (country == null || agent.index() - 1 != patient.tokenBegin()) {
      return null;
    }
    return new ActorMention(
        patient.paragraphIdx(),
        patient.sentenceIdx(),
        patient.tokenBegin(),
        patient.tokenBegin() + 1,
        patient.charBegin(),
        patient.charBegin() + agent.word().length(),
        agent.word(),
        country,
        Resolution.REGISTRY_ALIAS,
        patient.confidence());
  }
}
