package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Decides whether a metonym or demonym is used as an actor. A capital is an actor where it acts or
 * speaks — subject, agent, possessor ("Tehran views", "a concession by the White House",
 * "Washington's demands", the holder of "opposition from Baghdad") — or is addressed or judged
 * ("condemned Beijing", "urged Tehran"), and a place elsewhere ("talks in Muscat", "the Muscat
 * summit", "visited Beijing"). A demonym is an actor in the plural ("Iranians") or modifying a word
 * for people, bodies or their acts ("Iranian officials", "Israeli strikes"), not places or things
 * ("Iranian soil", "Iranian nuclear sites"). Parsed sentences are judged on their dependencies;
 * sentences the parser skipped on a part-of-speech fallback, which is right less often and earns
 * less confidence.
 */
final class ActorRoles {
  /** Dependency relations (UD, enhanced++) in which a noun acts, speaks or owns. */
  private static final Set<String> ACTING_RELATIONS =
      Set.of(
          "nsubj",
          "nsubj:xsubj",
          "csubj",
          "obl:agent",
          "nmod:agent",
          "nmod:by",
          "obl:by",
          "nmod:poss");

  /** Heads that make a demonym an actor: people, bodies, and what they do or say. */
  static final Set<String> ACTOR_HEADS =
      Set.of(
          "official",
          "officials",
          "leader",
          "leaders",
          "leadership",
          "government",
          "authorities",
          "authority",
          "regime",
          "administration",
          "state",
          "establishment",
          "forces",
          "force",
          "military",
          "army",
          "navy",
          "troops",
          "soldiers",
          "police",
          "intelligence",
          "diplomat",
          "diplomats",
          "diplomacy",
          "negotiator",
          "negotiators",
          "delegation",
          "side",
          "team",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "ministry",
          "president",
          "parliament",
          "lawmakers",
          "legislators",
          "court",
          "judiciary",
          "media",
          "press",
          "strike",
          "strikes",
          "airstrike",
          "airstrikes",
          "attack",
          "attacks",
          "retaliation",
          "response",
          "offensive",
          "concession",
          "concessions",
          "demand",
          "demands",
          "proposal",
          "position",
          "stance",
          "threat",
          "threats",
          "warning",
          "sanctions",
          "policy",
          "campaign",
          "missiles",
          "drones",
          "warplanes",
          "jets",
          "people",
          "public",
          "voters",
          "protesters",
          "hardliners");

  /**
   * Nouns of a stance whose "from" names who holds it ("opposition from Baghdad", "pressure from
   * Washington"), so the capital acts there; "flights from Baghdad" is a place.
   */
  private static final Set<String> STANCE_FROM_HEADS =
      Set.of(
          "opposition",
          "objection",
          "objections",
          "resistance",
          "criticism",
          "condemnation",
          "pressure",
          "support",
          "backing",
          "demand",
          "demands",
          "warning",
          "warnings");

  /**
   * Verbs whose object is addressed or judged as an actor ("condemned Beijing", "urged Tehran"),
   * unlike verbs of movement or place ("visited Beijing", "left Tehran"); verbs with a physical
   * sense are left out ("floods threaten Beijing", "a storm slammed Washington", "calls Washington
   * home").
   */
  private static final Set<String> ADDRESSING_VERBS =
      Set.of(
          "condemn",
          "criticize",
          "criticise",
          "accuse",
          "blame",
          "urge",
          "warn",
          "praise",
          "thank",
          "sanction",
          "pressure",
          "press",
          "punish",
          "rebuke",
          "denounce",
          "support",
          "back",
          "oppose",
          "reject",
          "lobby",
          "court",
          "snub",
          "defy",
          "persuade",
          "convince",
          "ask",
          "tell");

  private static final Set<String> VERB_TAGS = Set.of("VBZ", "VBD", "VBP", "MD");

  private ActorRoles() {}

  /** Whether tokens [begin, end) act, speak or possess in their sentence. */
  static boolean acts(AnnotatedSentence sentence, int begin, int end) {
    SemanticGraph graph = sentence.dependencies();
    if (graph != null) {
      IndexedWord head = head(graph, begin, end);
      return head != null
          && (graph.incomingEdgeList(head).stream()
                  .anyMatch(
                      e ->
                          ACTING_RELATIONS.contains(relation(e))
                              || (relation(e).equals("obj")
                                  && ADDRESSING_VERBS.contains(e.getGovernor().lemma()))
                              || (relation(e).equals("nmod:from")
                                  && STANCE_FROM_HEADS.contains(
                                      e.getGovernor().word().toLowerCase(Locale.ROOT))))
              || possessive(graph, head));
    }
    List<CoreLabel> tokens = sentence.tokens();
    if (begin > 0 && "IN".equals(tokens.get(begin - 1).tag())) {
      return "by".equalsIgnoreCase(tokens.get(begin - 1).word());
    }
    int next = end;
    while (next < tokens.size() && tokens.get(next).tag().startsWith("RB")) {
      next++;
    }
    return next < tokens.size()
        && ("POS".equals(tokens.get(next).tag()) || VERB_TAGS.contains(tokens.get(next).tag()));
  }

  /**
   * Whether the noun carries a possessive ending, whatever relation the parser gave it: quotes in
   * "Washington's "maximalist" demands" make the parser hang the demands from Washington, which
   * loses the nmod:poss, but the ending still marks the owner.
   */
  private static boolean possessive(SemanticGraph graph, IndexedWord head) {
    return graph.outgoingEdgeList(head).stream()
        .anyMatch(e -> relation(e).equals("case") && "POS".equals(e.getDependent().tag()));
  }

  /** Whether a demonym at [begin, end) stands for its country as an actor. */
  static boolean demonymActs(AnnotatedSentence sentence, int begin, int end) {
    List<CoreLabel> tokens = sentence.tokens();
    String tag = tokens.get(end - 1).tag();
    if (tag.equals("NNS") || tag.equals("NNPS")) {
      return true;
    }
    SemanticGraph graph = sentence.dependencies();
    if (graph != null) {
      IndexedWord head = head(graph, begin, end);
      if (head == null) {
        return false;
      }
      for (SemanticGraphEdge edge : graph.incomingEdgeList(head)) {
        String relation = relation(edge);
        if ((relation.equals("amod") || relation.equals("compound"))
            && ACTOR_HEADS.contains(edge.getGovernor().word().toLowerCase(Locale.ROOT))
            && !namesAPerson(tokens, edge.getGovernor().index() - 1)) {
          return true;
        }
      }
      return false;
    }
    for (int i = end; i < Math.min(tokens.size(), end + 3); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (ACTOR_HEADS.contains(word)) {
        return !namesAPerson(tokens, i);
      }
      if (!tokens.get(i).tag().startsWith("JJ") && !tokens.get(i).tag().startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Iranian Foreign Minister Abbas Araghchi": the title belongs to the person, who carries the
   * country.
   */
  private static boolean namesAPerson(List<CoreLabel> tokens, int headIndex) {
    for (int i = headIndex + 1; i < Math.min(tokens.size(), headIndex + 4); i++) {
      if ("PERSON".equals(tokens.get(i).ner())) {
        return true;
      }
      if (!tokens.get(i).tag().startsWith("NNP")) {
        return false;
      }
    }
    return false;
  }

  /** The token of the span whose governor lies outside it (the span's syntactic head). */
  static IndexedWord head(SemanticGraph graph, int begin, int end) {
    IndexedWord fallback = null;
    for (int i = end - 1; i >= begin; i--) {
      IndexedWord word = graph.getNodeByIndexSafe(i + 1);
      if (word == null) {
        continue;
      }
      fallback = fallback == null ? word : fallback;
      boolean governedInside = false;
      for (SemanticGraphEdge edge : graph.incomingEdgeList(word)) {
        int g = edge.getGovernor().index() - 1;
        governedInside |= g >= begin && g < end;
      }
      if (!governedInside) {
        return word;
      }
    }
    return fallback;
  }

  static String relation(SemanticGraphEdge edge) {
    return edge.getRelation().toString();
  }
}
