package org.newsstance.annotate;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsstance.segment.AnnotatedSentence;

/**
 * Turns CoreNLP coreference chains into actor mentions: a chain that contains a mention already
 * linked to an actor lends that actor to its pronouns and nominals ("he", "its", "the envoy").
 * First- and second-person pronouns are never linked: in news they are the writer, the reader or a
 * quoted speaker, whom the chain cannot name reliably.
 */
public final class CorefLinker {
  private static final Set<String> THIRD_PERSON =
      Set.of(
          "he",
          "him",
          "his",
          "she",
          "her",
          "hers",
          "it",
          "its",
          "they",
          "them",
          "their",
          "theirs",
          "himself",
          "herself",
          "itself",
          "themselves");

  private CorefLinker() {}

  /**
   * @param annotation a CoreNLP document on which coreference ran; its sentence {@code i} is {@code
   *     sentences.get(i)}
   * @param known the mentions resolved so far (all sentences of the document)
   */
  public static List<ActorMention> link(
      Annotation annotation, List<AnnotatedSentence> sentences, List<ActorMention> known) {
    Map<Integer, CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null || chains.isEmpty()) {
      return List.of();
    }
    Map<Long, ActorMention> byToken = new HashMap<>();
    for (ActorMention m : known) {
      for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
        byToken.put(key(m.sentenceIdx(), t), m);
      }
    }
    List<ActorMention> linked = new ArrayList<>();
    Set<Long> taken = new HashSet<>(byToken.keySet());
    for (CorefChain chain : chains.values()) {
      ActorMention anchor = anchor(chain, sentences, byToken);
      if (anchor == null) {
        continue;
      }
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        if (m.mentionType == Dictionaries.MentionType.PROPER || !refersToAnActor(m)) {
          continue;
        }
        AnnotatedSentence sentence = sentences.get(m.sentNum - 1);
        int begin = m.startIndex - 1;
        int end = m.endIndex - 1;
        if (overlaps(taken, sentence.index(), begin, end)) {
          continue;
        }
        for (int t = begin; t < end; t++) {
          taken.add(key(sentence.index(), t));
        }
        Candidate c = new Candidate(sentence, begin, end, anchor.actorId(), null, null);
        linked.add(ActorResolver.mention(c, anchor.actorId(), Resolution.COREF, 1.0));
      }
    }
    return linked;
  }

  /**
   * The most confident known mention whose span holds the head of a named or nominal chain mention.
   */
  private static ActorMention anchor(
      CorefChain chain, List<AnnotatedSentence> sentences, Map<Long, ActorMention> byToken) {
    ActorMention best = null;
    for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
      if (m.mentionType == Dictionaries.MentionType.PRONOMINAL) {
        continue;
      }
      int sentenceIdx = sentences.get(m.sentNum - 1).index();
      ActorMention known = byToken.get(key(sentenceIdx, m.headIndex - 1));
      if (known != null && (best == null || known.confidence() > best.confidence())) {
        best = known;
      }
    }
    return best;
  }

  private static boolean refersToAnActor(CorefChain.CorefMention m) {
    if (m.mentionType != Dictionaries.MentionType.PRONOMINAL) {
      return m.mentionType == Dictionaries.MentionType.NOMINAL;
    }
    return THIRD_PERSON.contains(m.mentionSpan.toLowerCase(Locale.ROOT));
  }

  private static boolean overlaps(Set<Long> taken, int sentenceIdx, int begin, int end) {
    for (int t = begin; t < end; t++) {
      if (taken.contains(key(sentenceIdx, t))) {
        return true;
      }
    }
    return false;
  }

  private static long key(int sentenceIdx, int token) {
    return ((long) sentenceIdx << 32) | token;
  }
}
