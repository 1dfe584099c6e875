package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsstance.annotate.ActorMention;
import org.newsstance.score.stance.StanceLexicon.Cue;

/** The stance rules applied to one parsed sentence: finds the cues and what they are about. */
final class SentenceStances {
  /**
   * Modal hedges that withhold a stance ("could seek"); "would oppose if X happened" still holds,
   * and so does "we should support X" (advocacy, not a guess).
   */
  private static final Set<String> HEDGES = Set.of("may", "might", "could");

  /**
   * Adverbs that make a cue a guess ("he likely wanted to protect her", "would probably need
   * NASA"), and "whether", which makes it a question ("deliberated whether to challenge Clinton").
   */
  private static final Set<String> GUESSES =
      Set.of("likely", "probably", "possibly", "perhaps", "maybe", "surely", "whether");

  /**
   * Preferences that, with a clause ("X needs to accept Y"), state an obligation on X (often
   * someone else's demand on X), not X's preference; "X needs Y" is still one.
   */
  private static final Set<String> OBLIGATION_WITH_CLAUSE = Set.of("need");

  /**
   * Verbs whose subject receives a stance noun rather than holds it: the stance is toward the
   * subject, held by someone the noun's complement names, if any. "Have" too when the noun names
   * its holder ("has the support of 94 percent of Democrats"; not "Iran has three demands").
   */
  private static final Set<String> RECEIVED =
      Set.of(
          "lose", "win", "gain", "garner", "face", "draw", "receive", "get", "earn", "enjoy",
          "attract", "court");

  /**
   * Relations by which a stance noun concedes the clause it hangs from ("X despite opposition").
   */
  private static final String[] CONCESSIVE = {"obl:despite", "nmod:despite", "obl:in_spite_of"};

  /**
   * Verbs whose prepositional cue is a different verb when they take a direct object: "call X for
   * Y" names or summons X ("called the meeting for Tuesday"), unlike "press X for Y" or "warn X
   * against Y", which still hold the stance toward Y.
   */
  private static final Set<String> NOT_WITH_OBJECT = Set.of("call");

  static final List<CueKind> VERB_CUES = List.of(CueKind.VERB, CueKind.PREFERENCE, CueKind.ACT);

  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final Holders holders;
  private final Targets targets;
  private final AgendaStances agenda;
  private final ConditionalThreats threats;
  private final ParticipleActs participles;
  private final Relationships relationships;
  private final Refusals refusals;

  SentenceStances(
      SentenceView view,
      StanceLexicon lexicon,
      Map<String, String> demonyms,
      Map<String, String> countryForms) {
    this.view = view;
    this.lexicon = lexicon;
    this.holders = new Holders(view, lexicon);
    this.targets = new Targets(view, lexicon, demonyms);
    this.agenda = new AgendaStances(view, lexicon, holders, targets);
    this.threats = new ConditionalThreats(view, lexicon, targets);
    this.participles = new ParticipleActs(view, countryForms);
    this.relationships = new Relationships(view, lexicon, holders);
    this.refusals = new Refusals(view, lexicon, VERB_CUES);
  }

  List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (IndexedWord word : view.graph.vertexListSorted()) {
      String lemma = SentenceView.lemma(word);
      if (SentenceView.isVerb(word)) {
        for (CueKind kind : VERB_CUES) {
          lexicon.cues(kind, lemma).forEach(cue -> verb(word, cue, findings));
        }
        if (lexicon.is(CueKind.THREAT, lemma)) {
          threats.conditioned(word, holders.ofVerb(word), findings);
        }
        lexicon
            .cues(CueKind.ACT, lemma)
            .forEach(cue -> participles.act(word, cue, Finding.ACT_STRENGTH, findings));
      } else if (SentenceView.isNoun(word)) {
        lexicon.cues(CueKind.NOUN, lemma).forEach(cue -> noun(word, cue, findings));
        lexicon.cues(CueKind.ACT_NOUN, lemma).forEach(cue -> actNoun(word, cue, findings));
        if (lexicon.is(CueKind.AGENDA, lemma)) {
          agenda.keptOff(word, findings);
        }
        if (lexicon.is(CueKind.THREAT, lemma)) {
          threats.conditioned(word, holders.ofNoun(word, true), findings);
        }
        if (lexicon.is(CueKind.RELATION, lemma)) {
          relationships.course(word, findings);
        }
      }
    }
    return findings;
  }

  /** Speakers of reporting verbs, each with the roots of what they report. */
  List<ReportedSpeech.Speech> speeches() {
    return new ReportedSpeech(view, lexicon, holders).speeches();
  }

  private void verb(IndexedWord verb, Cue cue, List<Finding> findings) {
    List<IndexedWord> objects = new ArrayList<>();
    if (cue.preposition() != null) {
      for (IndexedWord object :
          view.children(verb, "obl:" + cue.preposition(), "nmod:" + cue.preposition())) {
        if (!view.isDuration(object)) {
          objects.add(object);
        }
      }
      boolean particle =
          view.children(verb, "compound:prt").stream()
              .anyMatch(p -> p.word().equalsIgnoreCase(cue.preposition()));
      if (particle) {
        objects.addAll(view.children(verb, "obj"));
      } else if (NOT_WITH_OBJECT.contains(cue.lemma()) && view.child(verb, "obj") != null) {
        return;
      }
      if (objects.isEmpty()) {
        return;
      }
    }
    if (lexicon.is(CueKind.REFUSAL, cue.lemma()) && refusals.refusesACue(verb)) {
      return; // "refused to condemn X": the negated "condemn" decides, and gives no row
    }
    if (cue.kind() == CueKind.PREFERENCE
        && OBLIGATION_WITH_CLAUSE.contains(cue.lemma())
        && objects.isEmpty()
        && view.child(verb, "xcomp") != null) {
      return; // "Odinga needs to accept X": what others require of him, not what he wants
    }
    for (SemanticGraphEdge edge : view.incoming(verb)) {
      if (SentenceView.relation(edge).equals("xcomp")
          && OBLIGATION_WITH_CLAUSE.contains(SentenceView.lemma(edge.getGovernor()))) {
        return; // the "accept" of "needs to accept X" is the same obligation
      }
    }
    boolean negated = view.negated(verb, lexicon) || refusals.of(verb) != null;
    if ((negated && cue.kind() != CueKind.PREFERENCE) || hedged(verb)) {
      return; // "did not reject X" is no stance toward X; "could seek X" is none yet
    }
    int polarity = negated ? -cue.polarity() : cue.polarity();
    boolean act = cue.kind() == CueKind.ACT;
    List<Holder> found = holders.ofVerb(verb);
    if (act) {
      found = found.stream().map(h -> new Holder(h.mention(), Holder.ACTOR_ACT)).toList();
    }
    List<Target> aims = new ArrayList<>();
    if (!objects.isEmpty()) {
      objects.forEach(o -> aims.add(targets.nominal(o, act)));
    } else {
      IndexedWord xcomp = view.child(verb, "xcomp");
      if (xcomp != null && !act) {
        aims.add(targets.clause(xcomp, false));
      } else {
        view.children(verb, "obj", "nsubj:pass").forEach(o -> aims.add(targets.nominal(o, act)));
        if (aims.stream().allMatch(a -> a == null)) {
          view.children(verb, "ccomp").forEach(c -> aims.add(targets.clause(c, act)));
        }
        if (aims.stream().allMatch(a -> a == null)) {
          // "a fresh election which Odinga boycotted": the object relative's antecedent.
          view.incoming(verb).stream()
              .filter(e -> SentenceView.relation(e).equals("acl:relcl"))
              .forEach(e -> aims.add(targets.nominal(e.getGovernor(), act)));
        }
      }
    }
    String cueText = cueText(verb, cue);
    double strength = act ? Finding.ACT_STRENGTH : 1;
    add(findings, verb, cueText, found, aims, polarity, strength);
    if (polarity > 0) {
      // "the bilateral format Iran demanded over the multilateral setting": the alternative loses.
      List<Target> rejected = new ArrayList<>();
      for (String relation : lexicon.alternatives()) {
        view.children(verb, "obl:" + relation, "nmod:" + relation)
            .forEach(o -> rejected.add(targets.nominal(o, act)));
      }
      add(findings, verb, cueText, found, rejected, -polarity, strength);
    }
  }

  private void noun(IndexedWord noun, Cue cue, List<Finding> findings) {
    if (view.negated(noun, lexicon)) {
      return;
    }
    // "a frame that Tehran views as a non-starter": the verb's subject holds, its object is aimed
    // at.
    for (SemanticGraphEdge edge : view.incoming(noun)) {
      String relation = SentenceView.relation(edge);
      if (relation.equals("obl:as") || relation.equals("xcomp")) {
        IndexedWord verb = edge.getGovernor();
        List<Target> aims = new ArrayList<>();
        List<IndexedWord> objects = view.children(verb, "obj");
        objects.forEach(o -> aims.add(targets.nominal(o, false)));
        List<Holder> found = holders.ofVerb(verb);
        if (aims.stream().allMatch(a -> a == null)) {
          objects.forEach(o -> agenda.restated(noun, cue, found, o, findings));
        }
        add(findings, noun, noun.word(), found, aims, cue.polarity(), 1);
        return;
      }
    }
    List<Target> aims = new ArrayList<>();
    view.children(noun, "nmod:for", "nmod:of", "nmod:against", "nmod:on")
        .forEach(o -> aims.add(targets.nominal(o, false)));
    view.children(noun, "acl", "acl:to", "acl:of", "ccomp")
        .forEach(c -> aims.add(targets.clause(c, false)));
    if (aims.stream().allMatch(a -> a == null)) {
      // "the Kurds voted for breaking away despite opposition from Baghdad": the opposition is to
      // what the clause it concedes is about.
      for (SemanticGraphEdge edge : view.incoming(noun)) {
        if (List.of(CONCESSIVE).contains(SentenceView.relation(edge))) {
          aims.add(targets.clause(edge.getGovernor(), false));
        }
      }
    }
    // "Lost the support of his colleagues", "faced calls for his exit": the subject receives the
    // stance, so only a holder the noun names itself holds it ("faced demands from the US").
    boolean received = received(noun);
    List<Holder> found = holders.ofNoun(noun, !received);
    if (received && found.isEmpty()) {
      return; // nor a speaker who reports it ("White says he gets fewer calls for data analysis")
    }
    if (aims.stream().allMatch(a -> a == null)) {
      agenda.included(noun, cue, found, findings);
    }
    add(findings, noun, noun.word(), found, aims, cue.polarity(), 1);
  }

  private void actNoun(IndexedWord noun, Cue cue, List<Finding> findings) {
    List<Holder> found =
        holders.ofNoun(noun, false).stream()
            .map(h -> new Holder(h.mention(), Holder.ACTOR_ACT))
            .toList();
    List<Target> aims = new ArrayList<>();
    view.children(noun, "nmod:on", "nmod:against", "nmod:at")
        .forEach(o -> aims.add(targets.nominal(o, true)));
    add(findings, noun, noun.word(), found, aims, cue.polarity(), Finding.ACT_STRENGTH);
    // "clashes between X and Y": a two-way hostile event, each side toward the other.
    List<ActorMention> sides = new ArrayList<>();
    for (IndexedWord side : view.children(noun, "nmod:between")) {
      sides.addAll(holders.actors(side));
    }
    for (ActorMention a : sides) {
      for (ActorMention b : sides) {
        if (!a.actorId().equals(b.actorId())) {
          Target target = new Target(Target.ACTOR, b.actorId(), b.surface(), 1);
          add(
              findings,
              noun,
              noun.word(),
              List.of(new Holder(a, Holder.ACTOR_ACT)),
              List.of(target),
              cue.polarity(),
              Finding.ACT_STRENGTH);
        }
      }
    }
  }

  static void add(
      List<Finding> findings,
      IndexedWord cueWord,
      String cue,
      List<Holder> holders,
      List<Target> aims,
      int polarity,
      double strength) {
    for (Target aim : aims) {
      if (aim != null) {
        findings.add(new Finding(cueWord, cue, holders, aim, polarity * aim.sign(), strength));
      }
    }
  }

  /** Whether a stance noun is the object of a verb whose subject receives it (see RECEIVED). */
  private boolean received(IndexedWord noun) {
    for (SemanticGraphEdge edge : view.incoming(noun)) {
      IndexedWord verb = edge.getGovernor();
      String lemma = SentenceView.lemma(verb);
      boolean receiving =
          RECEIVED.contains(lemma)
              || (lemma.equals("have") && view.child(noun, "nmod:of", "nmod:from") != null);
      if (SentenceView.relation(edge).equals("obj")
          && receiving
          && view.child(verb, "compound:prt") == null) {
        return true; // not "drew up its demands"
      }
    }
    return false;
  }

  /**
   * A modal hedge ("could seek X") or a condition on the stance itself ("if the US insists"), on
   * the cue or on the refusal whose complement it is ("if the SPD refused to support these laws");
   * a negated refusal ("did not refuse to recognise X") asserts nothing either.
   */
  private boolean hedged(IndexedWord verb) {
    boolean own =
        view.children(verb, "aux", "mark", "advmod").stream()
            .map(a -> a.word().toLowerCase(Locale.ROOT))
            .anyMatch(
                w ->
                    HEDGES.contains(w)
                        || GUESSES.contains(w)
                        || SentenceView.CONDITIONS.contains(w));
    IndexedWord refusal = refusals.of(verb);
    return own || (refusal != null && (hedged(refusal) || view.negated(refusal, lexicon)));
  }

  private String cueText(IndexedWord verb, Cue cue) {
    return cue.preposition() == null ? verb.word() : verb.word() + " " + cue.preposition();
  }
}
