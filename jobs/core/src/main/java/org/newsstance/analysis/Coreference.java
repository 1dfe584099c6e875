package org.newsstance.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsstance.annotate.ActorMention;
import org.newsstance.annotate.CorefLinker;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Runs CoreNLP coreference once per document over its parsed sentences, so that a pronoun opening a
 * paragraph ("He said…") can reach a name in the paragraph before. The sentences are assembled into
 * one CoreNLP document (copies of their maps, renumbered; the tokens are shared). A sentence that
 * names an actor is parsed unless it is over the length cap or past the document's parse budget,
 * and one holding a pronoun is parsed near an actor; the others add nothing a chain could use.
 * Skipped when no actor was found or no parsed sentence holds a pronoun or role noun outside a
 * mention.
 */
final class Coreference {
  /**
   * The common nouns coreference resolves besides animate ones: the role nouns that make a sentence
   * worth parsing, and the institutions news refers back to by kind ("the league", "the church").
   */
  static final Set<String> REFERRING_NOUNS = referringNouns();

  private final NlpSettings settings;

  Coreference(NlpSettings settings) {
    this.settings = settings;
  }

  List<ActorMention> link(List<AnnotatedSentence> sentences, List<ActorMention> mentions) {
    List<AnnotatedSentence> parsed = sentences.stream().filter(AnnotatedSentence::parsed).toList();
    if (mentions.isEmpty() || !hasReferringWord(parsed, mentions)) {
      return List.of();
    }
    Annotation document = assemble(parsed);
    CoreNlpPipelines.get(settings).annotate(document);
    return CorefLinker.link(document, parsed, mentions);
  }

  private static Set<String> referringNouns() {
    Set<String> nouns = new TreeSet<>(ParseSelection.ROLE_NOUNS);
    nouns.addAll(
        List.of(
            "archdiocese",
            "army",
            "bank",
            "board",
            "campaign",
            "church",
            "city",
            "club",
            "commission",
            "committee",
            "department",
            "force",
            "league",
            "network",
            "office",
            "police",
            "school",
            "state",
            "team",
            "union",
            "university"));
    return Set.copyOf(nouns);
  }

  static Annotation assemble(List<AnnotatedSentence> sentences) {
    List<CoreMap> maps = new ArrayList<>(sentences.size());
    List<CoreLabel> tokens = new ArrayList<>();
    for (AnnotatedSentence s : sentences) {
      CoreMap copy = new ArrayCoreMap(s.coreMap());
      int index = maps.size();
      copy.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
      copy.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
      for (CoreLabel token : s.tokens()) {
        token.setSentIndex(index);
        tokens.add(token);
      }
      copy.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
      maps.add(copy);
    }
    Annotation document = new Annotation("");
    document.set(CoreAnnotations.SentencesAnnotation.class, maps);
    document.set(CoreAnnotations.TokensAnnotation.class, tokens);
    // CorefAnnotator links its chains to NER entity mentions afterwards and expects the list to
    // exist; the job resolves actors itself, so the list is empty.
    document.set(CoreAnnotations.MentionsAnnotation.class, new ArrayList<>());
    return document;
  }

  private static boolean hasReferringWord(
      List<AnnotatedSentence> parsed, List<ActorMention> mentions) {
    Set<Long> covered = ActorMention.coveredTokens(mentions);
    for (AnnotatedSentence s : parsed) {
      List<CoreLabel> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        boolean referring =
            ParseSelection.PRONOUNS.contains(word)
                || ParseSelection.ROLE_NOUNS.contains(
                    tokens.get(i).lemma().toLowerCase(Locale.ROOT));
        if (referring && !covered.contains(ActorMention.tokenKey(s.index(), i))) {
          return true;
        }
      }
    }
    return false;
  }
}
