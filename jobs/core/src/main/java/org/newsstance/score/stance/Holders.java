package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.ActorTypes;

/**
 * Finds the actors holding a cue's stance: the subject or passive agent of a verb, the possessor of
 * a noun ("Washington's demands", "the US wishlist", "opposition from Baghdad"), or, for a cue
 * without one ("lobbying against a breakdown, fearing X"), the subject of the clause it hangs from.
 */
final class Holders {
  private static final String[] SUBJECTS = {"nsubj", "nsubj:xsubj", "csubj"};
  private static final String[] AGENTS = {"obl:agent", "nmod:agent"};
  private static final String[] POSSESSORS = {
    "nmod:poss", "compound", "amod", "nmod:by", "nmod:from", "nmod:agent", "obl:agent"
  };

  /**
   * Relations from a nominal subject down to the actors it names or stands for ("Nations like
   * Pakistan", "an Iranian court").
   */
  private static final String[] NAMING = {
    "nmod:like", "nmod:such_as", "appos", "conj:", "dep", "nmod:poss", "compound", "flat", "amod"
  };

  /**
   * Relations a cue without a holder climbs to find the clause that has one: complements,
   * participles and purposes ("lobbying ..., fearing X", "efforts to secure X"), not clauses with a
   * preposition of their own ("accused X of supporting Y": the support is X's, alleged).
   */
  private static final Set<String> CLIMBABLE =
      Set.of("xcomp", "advcl", "acl", "dep", "obj", "acl:to", "advcl:to");

  /**
   * Relations by which the parser hangs a subjectless verb from the name that is its subject when
   * it reads the name as the head of a fragment ("Odinga in an interview last year accused X").
   */
  private static final Set<String> FRAGMENT_HEADS = Set.of("dep", "acl", "acl:relcl");

  /** Relation families climbable whatever their subtype. */
  private static final Set<String> CLIMBABLE_FAMILIES = Set.of("conj", "obl", "nmod");

  private static final int MAX_CLIMB = 4;

  private static final String PERSON_PREFIX = ActorTypes.PERSON + ":";

  private final SentenceView view;
  private final StanceLexicon lexicon;

  Holders(SentenceView view, StanceLexicon lexicon) {
    this.view = view;
    this.lexicon = lexicon;
  }

  /**
   * The holders of a verb cue: its subject's actors, else its passive agent's, else by climbing.
   */
  List<Holder> ofVerb(IndexedWord verb) {
    List<Holder> holders = new ArrayList<>();
    List<IndexedWord> subjects = view.children(verb, SUBJECTS);
    subjects.forEach(s -> actors(s).forEach(m -> holders.add(new Holder(m, Holder.SUBJECT))));
    view.children(verb, AGENTS)
        .forEach(a -> actors(a).forEach(m -> holders.add(new Holder(m, Holder.PASSIVE_AGENT))));
    if (holders.isEmpty() && subjects.isEmpty()) {
      // A quote-first sentence ("The United States does not want ...") may leave the subject as
      // dep.
      for (IndexedWord dep : view.children(verb, "dep")) {
        ActorMention m = view.mention(dep);
        if (m != null && dep.index() < verb.index()) {
          holders.add(new Holder(m, Holder.SUBJECT));
        }
      }
    }
    if (holders.isEmpty() && subjects.isEmpty()) {
      climb(verb, Holder.SUBJECT, holders);
    }
    return dedupe(holders);
  }

  /**
   * The holders of a stance noun: its possessor's actors, and the subject of a verb that authors it
   * ("Rubio expanded the US wishlist": Rubio and the US); else the clause it hangs from.
   */
  List<Holder> ofNoun(IndexedWord noun, boolean climb) {
    List<Holder> holders = new ArrayList<>();
    for (IndexedWord owner : view.children(noun, POSSESSORS)) {
      ActorMention m = view.mention(owner);
      if (m != null) {
        holders.add(new Holder(m, Holder.POSSESSIVE_NOUN));
      }
    }
    authors(noun).forEach(verb -> holders.addAll(ofVerb(verb)));
    if (holders.isEmpty() && climb) {
      climb(noun, Holder.POSSESSIVE_NOUN, holders);
    }
    return dedupe(holders);
  }

  /**
   * Walks up from a cue to the nearest governor with a subject and takes its actors; a passive
   * subject counts through its possessor only ("Iran's participation is driven by a need for X").
   */
  private void climb(IndexedWord cue, String method, List<Holder> holders) {
    IndexedWord node = cue;
    for (int step = 0; step < MAX_CLIMB; step++) {
      IndexedWord governor = null;
      for (SemanticGraphEdge edge : view.incoming(node)) {
        String relation = SentenceView.relation(edge);
        ActorMention head = fragmentHead(cue, edge);
        if (head != null) {
          holders.add(new Holder(head, method));
          return;
        }
        if (modifiedNoun(node, edge)) {
          // A participle's subject is the noun it modifies ("messages seeking comment", "books
          // praising Thaksin"), not the subject of the clause around that noun.
          ActorMention m = view.mention(edge.getGovernor());
          if (m != null) {
            holders.add(new Holder(m, method));
          }
          return;
        }
        String base =
            relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
        if (CLIMBABLE.contains(relation) || CLIMBABLE_FAMILIES.contains(base)) {
          governor = edge.getGovernor();
          break;
        }
      }
      if (governor == null) {
        return;
      }
      List<IndexedWord> subjects = view.children(governor, SUBJECTS);
      if (!subjects.isEmpty()) {
        subjects.forEach(s -> actors(s).forEach(m -> holders.add(new Holder(m, method))));
        return;
      }
      for (IndexedWord passive : view.children(governor, "nsubj:pass")) {
        for (IndexedWord owner : view.children(passive, "nmod:poss")) {
          ActorMention m = view.mention(owner);
          if (m != null) {
            holders.add(new Holder(m, method));
          }
        }
        return;
      }
      node = governor;
    }
  }

  /**
   * The actor a subjectless verb with an object hangs from as a fragment's head, named before it;
   * an active verb's object shows the name is its agent, not what it says of the name ("Odinga,
   * accused of fraud": no object, no holder).
   */
  private ActorMention fragmentHead(IndexedWord cue, SemanticGraphEdge edge) {
    IndexedWord governor = edge.getGovernor();
    ActorMention m = view.mention(governor);
    boolean fragment =
        FRAGMENT_HEADS.contains(SentenceView.relation(edge))
            && m != null
            && governor.index() < cue.index()
            && SentenceView.isVerb(cue)
            && view.child(cue, "obj") != null;
    return fragment ? m : null;
  }

  /**
   * Whether a participle on the way up from the cue directly follows the noun it modifies, which is
   * then its subject ("requests seeking comment"). After a comma (two spaces where PerSenT stripped
   * it) a participle is the clause's own ("Odinga boycotted the vote in October, demanding
   * electoral reforms"), whatever noun the parser hung it from, as is one the parser hung from a
   * time ("Odinga in an interview last year accused X"); and a document its author issues speaks
   * for the author ("Jordan issued a statement condemning the strikes").
   */
  private boolean modifiedNoun(IndexedWord participle, SemanticGraphEdge edge) {
    IndexedWord noun = edge.getGovernor();
    return SentenceView.relation(edge).equals("acl")
        && SentenceView.isNoun(noun)
        && !SentenceView.isTimeUnit(noun)
        && authors(noun).isEmpty()
        && participle.index() == noun.index() + 1
        && participle.beginPosition() - noun.endPosition() < 2;
  }

  /**
   * The authoring verbs a noun is the object of ("issued a statement", "expanded the wishlist").
   */
  private List<IndexedWord> authors(IndexedWord noun) {
    List<IndexedWord> verbs = new ArrayList<>();
    for (SemanticGraphEdge edge : view.incoming(noun)) {
      if (SentenceView.relation(edge).equals("obj")
          && lexicon.is(CueKind.AUTHOR, SentenceView.lemma(edge.getGovernor()))) {
        verbs.add(edge.getGovernor());
      }
    }
    return verbs;
  }

  /** The actors a nominal names: itself, or those it lists ("Nations like Pakistan, ..."). */
  List<ActorMention> actors(IndexedWord nominal) {
    ActorMention self = view.mention(nominal);
    if (self != null) {
      return List.of(self);
    }
    if (!SentenceView.isNoun(nominal)) {
      return List.of();
    }
    List<ActorMention> found = new ArrayList<>();
    Set<IndexedWord> seen = new HashSet<>();
    Deque<IndexedWord> queue = new ArrayDeque<>(List.of(nominal));
    Map<IndexedWord, Integer> depth = new LinkedHashMap<>(Map.of(nominal, 0));
    while (!queue.isEmpty()) {
      IndexedWord node = queue.poll();
      if (!seen.add(node) || depth.get(node) > 2) {
        continue;
      }
      // "Her main rival, Igor Dodon": a noun its apposition names is that actor, and a person
      // who possesses it is whose rival it is, no holder; a state still speaks through its
      // official ("Iran's foreign minister, Abbas Araghchi").
      boolean named =
          view.children(node, "appos", "flat").stream().anyMatch(c -> view.mention(c) != null);
      for (IndexedWord child : view.children(node, NAMING)) {
        ActorMention m = view.mention(child);
        if (named
            && m != null
            && m.actorId().startsWith(PERSON_PREFIX)
            && view.children(node, "nmod:poss").contains(child)) {
          continue;
        }
        if (m != null) {
          found.add(m);
        } else if (SentenceView.isNoun(child)) {
          depth.putIfAbsent(child, depth.get(node) + 1);
          queue.add(child);
        }
      }
    }
    return found;
  }

  private static List<Holder> dedupe(List<Holder> holders) {
    Map<String, Holder> byActor = new LinkedHashMap<>();
    holders.forEach(h -> byActor.putIfAbsent(h.mention().actorId(), h));
    return new ArrayList<>(byActor.values());
  }
}
