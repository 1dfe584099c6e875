package org.newsstance.score.stance;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.newsstance.annotate.ActorMention;

/**
 * The reporting verbs of one sentence (lexicon kind {@code speech}), with their speakers and the
 * roots of what they report: the speaker also holds the stances found there. Apart from the stance
 * rules because it reads a different thing: who speaks, not what is wanted.
 */
final class ReportedSpeech {
  private final SentenceView view;
  private final StanceLexicon lexicon;
  private final Holders holders;

  ReportedSpeech(SentenceView view, StanceLexicon lexicon, Holders holders) {
    this.view = view;
    this.lexicon = lexicon;
    this.holders = holders;
  }

  /** Speakers of reporting verbs, each with the roots of what they report. */
  List<Speech> speeches() {
    List<Speech> speeches = new ArrayList<>();
    for (IndexedWord word : view.graph.vertexListSorted()) {
      if (!SentenceView.isVerb(word) || !lexicon.is(CueKind.SPEECH, SentenceView.lemma(word))) {
        continue;
      }
      List<IndexedWord> content = new ArrayList<>(view.children(word, "ccomp", "parataxis"));
      for (SemanticGraphEdge edge : view.incoming(word)) {
        String relation = SentenceView.relation(edge);
        if ((relation.equals("dep") || relation.startsWith("parataxis") || relation.equals("ccomp"))
            && edge.getGovernor().index() < word.index()) {
          content.add(edge.getGovernor()); // '"X," she said': the quote governs the verb
        }
      }
      List<Holder> speakers = holders.ofVerb(word);
      if (speakers.isEmpty()) {
        speakers = besideQuote(word);
      }
      if (!content.isEmpty() && !speakers.isEmpty()) {
        speeches.add(new Speech(word, speakers, content));
      }
    }
    return speeches;
  }

  record Speech(IndexedWord verb, List<Holder> speakers, List<IndexedWord> content) {}

  /**
   * '"...," she said' parsed as two loose dependents of the quote's verb: the actor just before the
   * reporting verb is its speaker.
   */
  private List<Holder> besideQuote(IndexedWord verb) {
    List<Holder> speakers = new ArrayList<>();
    for (SemanticGraphEdge edge : view.incoming(verb)) {
      if (!SentenceView.relation(edge).equals("dep")) {
        continue;
      }
      for (IndexedWord sibling : view.children(edge.getGovernor(), "dep")) {
        ActorMention m = view.mention(sibling);
        if (m != null && sibling.index() == verb.index() - 1) {
          speakers.add(new Holder(m, Holder.SUBJECT));
        }
      }
    }
    return speakers;
  }
}
