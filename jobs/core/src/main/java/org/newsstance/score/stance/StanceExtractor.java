package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.annotate.registry.ActorTypes;
import org.newsstance.segment.AnnotatedSentence;
import org.newsstance.segment.Sentence;

/**
 * Who supports or opposes what, sentence by sentence, from the dependency parse: the holder is an
 * actor mention that is the subject or agent of a stance cue, the speaker of reported speech, or
 * the possessor of a stance noun; the target is an actor, a registry topic or a noun phrase. Cues
 * and their polarity come from {@link StanceLexicon}; the rules follow
 * seeds/eval/STANCE-GUIDELINES.md. Only parsed sentences have dependencies, so only they give rows.
 * Plain Java, cheap to construct, stateless between calls.
 */
public final class StanceExtractor implements Serializable {
  /** Base confidence per method: a subject is read more reliably than a climbed or quoted one. */
  private static final Map<String, Double> METHOD_CONFIDENCE =
      Map.of(
          Holder.SUBJECT, 0.8,
          Holder.PASSIVE_AGENT, 0.8,
          Holder.POSSESSIVE_NOUN, 0.7,
          Holder.REPORTED_SPEECH, 0.7,
          Holder.ACTOR_ACT, 0.7);

  /**
   * Subjects a speaker's own cue may have: the speaker's "we" or "I", or in indirect speech the
   * speaker's "he" or "she" where coreference did not link it ("Sivan told Kelly that after she
   * rejected his kiss").
   */
  private static final Set<String> SPEAKER_WORDS = Set.of("we", "i", "our", "my", "he", "she");

  private final TopicRegistry topics;
  private final StanceLexicon lexicon;
  private final Map<String, String> demonyms;
  private final Map<String, String> countryForms;
  private final SpokespersonState spokespersons;

  public StanceExtractor(TopicRegistry topics, StanceLexicon lexicon, ActorRegistry actors) {
    this.topics = topics;
    this.lexicon = lexicon;
    this.spokespersons = new SpokespersonState(actors);
    this.demonyms = new HashMap<>();
    this.countryForms = new HashMap<>();
    for (Actor actor : actors.actors()) {
      if (ActorTypes.COUNTRY.equals(actor.type())) {
        actor
            .demonyms()
            .forEach(d -> demonyms.putIfAbsent(d.toLowerCase(Locale.ROOT), actor.actorId()));
        actor.aliases().forEach(a -> countryForms.putIfAbsent(a, actor.actorId()));
      }
    }
  }

  public List<ActorStance> extract(List<AnnotatedSentence> sentences, List<ActorMention> mentions) {
    Map<Integer, List<ActorMention>> bySentence =
        mentions.stream().collect(Collectors.groupingBy(ActorMention::sentenceIdx));
    List<ActorStance> rows = new ArrayList<>();
    QuoteContext quotes = new QuoteContext(lexicon);
    Set<String> namedTopics = SentenceView.namedTopics(sentences, topics);
    for (AnnotatedSentence sentence : sentences) {
      List<ActorMention> own =
          new ArrayList<>(bySentence.getOrDefault(sentence.index(), List.of()));
      own.addAll(quotes.extra(sentence, own));
      if (sentence.dependencies() != null && !own.isEmpty() && !isQuestion(sentence)) {
        rows.addAll(extract(sentence, own, quotes, namedTopics));
      }
      quotes.named(sentence, own);
    }
    return rows;
  }

  private List<ActorStance> extract(
      AnnotatedSentence sentence,
      List<ActorMention> mentions,
      QuoteContext quotes,
      Set<String> namedTopics) {
    SentenceView view = new SentenceView(sentence, mentions, topics, namedTopics);
    SentenceStances stances = new SentenceStances(view, lexicon, demonyms, countryForms);
    List<Finding> findings = stances.findings();
    List<ReportedSpeech.Speech> speeches = stances.speeches();
    // The state each speaker speaks for, read once: quotes, speaksFor and "we" all need it.
    Map<ActorMention, Optional<String>> states = new HashMap<>();
    for (ReportedSpeech.Speech speech : speeches) {
      for (Holder speaker : speech.speakers()) {
        Optional<String> state =
            states.computeIfAbsent(speaker.mention(), m -> spokespersons.of(m, view));
        state.ifPresent(s -> quotes.spokeFor(sentence, s));
      }
    }
    Map<String, ActorStance> rows = new LinkedHashMap<>();
    for (Finding finding : findings) {
      for (Holder holder : finding.holders()) {
        add(rows, sentence, finding, holder.mention(), holder.method());
      }
      for (ReportedSpeech.Speech speech : speeches) {
        boolean reported =
            speech.content().stream().anyMatch(root -> view.dominates(root, finding.cueWord()));
        if (!reported) {
          continue;
        }
        boolean saysWe = finding.holders().isEmpty() && saysWe(view, finding);
        for (Holder speaker : speech.speakers()) {
          Optional<String> state = states.get(speaker.mention());
          if (!speaksFor(view, finding, speaker.mention(), state)) {
            continue;
          }
          add(rows, sentence, finding, speaker.mention(), Holder.REPORTED_SPEECH);
          if (saysWe) {
            state.ifPresent(
                s -> add(rows, sentence, finding, speaker.mention(), s, Holder.REPORTED_SPEECH));
          }
        }
      }
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * Whether a speaker holds a cue of what they report: one whose holder is the speaker, or the
   * state they speak for ("Araghchi has signaled that Iran will only discuss …"), or one with no
   * holder of its own but the speaker's "we" ("'We would oppose any violence,' Nauert said"). What
   * a speaker says of others is theirs: "Toti said the Supreme Court and most Americans support
   * abortion" is no stance of Toti's, nor is "investigators seeking clues" one of the sheriff who
   * reports it (on PerSenT dev, 33 of 49 rows the speaker had taken so were wrong).
   */
  private static boolean speaksFor(
      SentenceView view, Finding finding, ActorMention speaker, Optional<String> state) {
    if (finding.holders().isEmpty()) {
      // An act with no actor to do it is reported, not done by the speaker ("Waas said police
      // arrested Kraus"; "Kraus was arrested").
      return !finding.isAct() && !hasOtherSubject(view, finding.cueWord());
    }
    return finding.holders().stream()
        .map(h -> h.mention().actorId())
        .anyMatch(id -> id.equals(speaker.actorId()) || state.filter(id::equals).isPresent());
  }

  /**
   * Whether a cue has a subject or possessor other than the speaker's (a passive subject is what it
   * is about: "reforms were needed"), or modifies a noun that is its subject ("leads seeking
   * clues").
   */
  private static boolean hasOtherSubject(SentenceView view, IndexedWord cue) {
    boolean named =
        view.children(cue, "nsubj", "nmod:poss").stream()
            .anyMatch(s -> !SPEAKER_WORDS.contains(s.word().toLowerCase(Locale.ROOT)));
    boolean modifies =
        view.incoming(cue).stream()
            .map(SentenceView::relation)
            .anyMatch(r -> r.equals("acl") || r.equals("amod"));
    return named || modifies;
  }

  /**
   * Whether the cue's subject or possessor is the speaker's "we" ("'We would oppose any violence,'
   * X said", "'Our relationship with the Kurds will not change,' she said").
   */
  private static boolean saysWe(SentenceView view, Finding finding) {
    return view.children(finding.cueWord(), "nsubj", "nmod:poss").stream()
        .anyMatch(s -> s.word().equalsIgnoreCase("we") || s.word().equalsIgnoreCase("our"));
  }

  private static void add(
      Map<String, ActorStance> rows,
      AnnotatedSentence sentence,
      Finding finding,
      ActorMention holder,
      String method) {
    add(rows, sentence, finding, holder, holder.actorId(), method);
  }

  /** Adds a row unless the holder targets itself or the same triple is already there. */
  private static void add(
      Map<String, ActorStance> rows,
      AnnotatedSentence sentence,
      Finding finding,
      ActorMention evidence,
      String holderId,
      String method) {
    Target target = finding.target();
    if (holderId.equals(target.id())) {
      return;
    }
    String key =
        holderId
            + "|"
            + target.type()
            + "|"
            + target.id()
            + "|"
            + target.text()
            + "|"
            + finding.polarity();
    Sentence s = sentence.sentence();
    double confidence = METHOD_CONFIDENCE.get(method) * evidence.confidence();
    rows.putIfAbsent(
        key,
        new ActorStance(
            s.paragraphIdx(),
            s.sentenceIdx(),
            holderId,
            target.type(),
            target.id(),
            target.text(),
            finding.polarity() > 0 ? "support" : "oppose",
            finding.polarity() * finding.strength(),
            confidence,
            finding.cue(),
            s.charBegin(),
            s.charEnd(),
            method));
  }

  /** Questions ("can a Grand Bargain survive?") assert no stance. */
  private static boolean isQuestion(AnnotatedSentence sentence) {
    String text = sentence.sentence().text().strip();
    return text.endsWith("?");
  }
}
