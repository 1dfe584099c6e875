package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.ActorMention;

/**
 * Resolves the object of a stance cue to its target, in the order of the guidelines: an actor (the
 * object itself, or for acts its owner: "Iranian nuclear targets"), a registry topic whose trigger
 * lies in the object's noun phrase, or else a definite noun phrase. Reversing nouns flip the sign
 * ("a total cessation of uranium enrichment"); transparent nouns pass the stance to their
 * complement ("her release", "Kenyatta's win").
 */
final class Targets {
  /** Determiners that make a noun phrase indefinite: no phrase target ("some participants"). */
  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "some", "any", "no", "both", "all", "every", "each", "another", "many");

  /**
   * Dependents that belong to a noun's core phrase ("the bilateral format", "uranium enrichment").
   */
  private static final String[] CORE = {
    "amod", "compound", "compound:prt", "nummod", "dep", "flat"
  };

  /** Clause relations whose arguments a single-word trigger may fill ("want to do X"). */
  private static final Set<String> ARGUMENTS = Set.of("obj", "obl", "nmod", "nsubj:pass", "iobj");

  private static final int MAX_PHRASE_TOKENS = 8;

  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final Map<String, String> demonyms;

  /**
   * @param demonyms lowercase demonym → country id, for owners that are no actor mention ("Iranian"
   *     in "Iranian nuclear sites" is a place, so actor resolution does not keep it)
   */
  Targets(SentenceView view, StanceLexicon lexicon, Map<String, String> demonyms) {
    this.view = view;
    this.lexicon = lexicon;
    this.demonyms = demonyms;
  }

  /**
   * A bare "comment", the object of a reporter's routine ("did not return messages seeking
   * comment", "a call for comment"; on PerSenT dev every such row was wrong); not someone's
   * comments ("condemned Trump's comments").
   */
  private boolean requestForComment(IndexedWord head) {
    return SentenceView.lemma(head).equals("comment")
        && view.children(head, "nmod:poss", "det", "amod", "compound").isEmpty();
  }

  /** The target of a nominal object, or null when it names nothing a stance can be about. */
  Target nominal(IndexedWord object, boolean act) {
    int sign = 1;
    IndexedWord head = object;
    for (int step = 0; step < 3; step++) {
      String lemma = SentenceView.lemma(head);
      IndexedWord complement;
      if (lexicon.reverses(lemma, null)) {
        sign = -sign;
        // "a cessation of X", "a halt to X", "a freeze on X"
        complement = view.child(head, "nmod:of", "nmod:poss", "nmod:to", "nmod:on");
      } else if (lexicon.is(CueKind.TRANSPARENT, lemma)) {
        complement = view.child(head, "nmod:of", "nmod:poss");
      } else {
        break;
      }
      if (complement == null) {
        break;
      }
      head = complement;
    }
    ActorMention actor = view.mention(head);
    if (actor != null) {
      return new Target(Target.ACTOR, actor.actorId(), actor.surface(), sign);
    }
    if (requestForComment(head) || view.isTimeName(head)) {
      return null;
    }
    if (act) {
      Target owner = owner(head, sign);
      if (owner != null) {
        return owner;
      }
    }
    Target topic = topic(head, sign);
    if (topic != null) {
      return topic;
    }
    return phrase(object, sign);
  }

  /**
   * The target of a clausal complement ("urging X to live up to cease-fire agreements"); a
   * reversing verb flips the stance toward what it acts on ("wanted to withdraw from the
   * agreement", "demanding that the authorities avoid violence").
   */
  Target clause(IndexedWord clause, boolean act) {
    IndexedWord particle = view.child(clause, "compound:prt");
    boolean reversing =
        SentenceView.isVerb(clause)
            && lexicon.reverses(
                SentenceView.lemma(clause), particle == null ? null : particle.word());
    int sign = reversing ? -1 : 1;
    List<IndexedWord> objects = view.children(clause, "obj");
    for (IndexedWord argument : view.children(clause, "obj", "obl:", "advcl:to", "nsubj:pass")) {
      if (SentenceView.isNoun(argument)) {
        Target target = nominal(argument, act);
        // "withdraw troops from Syria": the place withdrawn from is not what is opposed.
        boolean place =
            reversing
                && Target.ACTOR.equals(target == null ? null : target.type())
                && !objects.contains(argument);
        if (target != null && !Target.PHRASE.equals(target.type()) && !place) {
          return target.withSign(sign * target.sign());
        }
      }
    }
    for (TopicMatch match : view.topics) {
      IndexedWord word = view.graph.getNodeByIndexSafe(match.tokenBegin() + 1);
      IndexedWord last = view.graph.getNodeByIndexSafe(match.tokenEnd());
      if (word == null || last == null || !view.dominates(clause, last)) {
        continue;
      }
      if (match.tokenEnd() - match.tokenBegin() > 1 || isArgument(last)) {
        // A trigger that holds the verb ("ease sanctions") already says which way it goes.
        return topicTarget(match, match.covers(clause.index() - 1) ? 1 : sign);
      }
    }
    return null;
  }

  private boolean isArgument(IndexedWord word) {
    for (SemanticGraphEdge edge : view.incoming(word)) {
      String relation = SentenceView.relation(edge);
      String base =
          relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
      if (ARGUMENTS.contains(relation) || ARGUMENTS.contains(base)) {
        return true;
      }
    }
    return false;
  }

  private Target owner(IndexedWord head, int sign) {
    for (IndexedWord owner :
        view.children(head, "nmod:poss", "amod", "compound", "appos", "flat")) {
      ActorMention m = view.mention(owner);
      if (m != null) {
        return new Target(Target.ACTOR, m.actorId(), m.surface(), sign);
      }
      String country = demonyms.get(owner.word().toLowerCase(java.util.Locale.ROOT));
      if (country != null) {
        return new Target(Target.ACTOR, country, owner.word(), sign);
      }
    }
    return null;
  }

  /** A topic whose trigger lies in the head's core phrase, the one covering the head first. */
  private Target topic(IndexedWord head, int sign) {
    int[] span = coreSpan(head);
    TopicMatch best = null;
    for (TopicMatch match : view.topics) {
      if (match.within(span[0], span[1])
          && (best == null || match.covers(head.index() - 1) || !best.covers(head.index() - 1))) {
        best = match;
      }
    }
    if (best == null) {
      return null;
    }
    // "zero uranium enrichment": a reversing modifier of the head flips the stance toward it,
    // unless the trigger holds it ("zero-enrichment" is flipped as a trigger, below).
    // Not a participle: "the abandoned nuclear deal" is still the deal.
    for (IndexedWord modifier : view.children(head, "nummod", "amod", "det")) {
      if (!best.covers(modifier.index() - 1)
          && !SentenceView.isVerb(modifier)
          && lexicon.reverses(SentenceView.lemma(modifier), null)) {
        sign = -sign;
      }
    }
    return topicTarget(best, sign);
  }

  private Target topicTarget(TopicMatch match, int sign) {
    // "zero-enrichment": a reversing first word inside a longer trigger flips it too.
    boolean reversed =
        match.tokenEnd() - match.tokenBegin() > 1 && lexicon.reverses(match.trigger(), null);
    return new Target(
        Target.TOPIC,
        match.topicId(),
        view.surface(match.tokenBegin(), match.tokenEnd()),
        reversed ? -sign : sign);
  }

  /** A definite noun phrase: head, modifiers and of-complements, without a leading article. */
  private Target phrase(IndexedWord object, int sign) {
    if (!SentenceView.isNoun(object)) {
      return null;
    }
    // A capitalised name mid-sentence ("a Grand Bargain") is specific whatever its determiner.
    boolean name = object.index() > 1 && Character.isUpperCase(object.word().charAt(0));
    for (IndexedWord det : view.children(object, "det")) {
      if (!name && INDEFINITE.contains(det.word().toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
    }
    List<Integer> tokens = new ArrayList<>();
    collect(object, tokens, true);
    int begin = tokens.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int end = tokens.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
    while (begin < end && !Character.isLetterOrDigit(view.word(begin).charAt(0))) {
      begin++;
    }
    if (begin >= end || end - begin > MAX_PHRASE_TOKENS) {
      return null;
    }
    return new Target(Target.PHRASE, null, view.surface(begin, end), sign);
  }

  private void collect(IndexedWord word, List<Integer> tokens, boolean withComplement) {
    tokens.add(word.index() - 1);
    for (IndexedWord child : view.children(word, CORE)) {
      collect(child, tokens, false);
    }
    if (withComplement) {
      for (IndexedWord of : view.children(word, "nmod:of")) {
        collect(of, tokens, true);
      }
      view.children(word, "nmod:poss").forEach(p -> collect(p, tokens, false));
    }
  }

  private int[] coreSpan(IndexedWord head) {
    List<Integer> tokens = new ArrayList<>();
    collect(head, tokens, false);
    int begin = tokens.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int end = tokens.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
    return new int[] {begin, end};
  }
}
