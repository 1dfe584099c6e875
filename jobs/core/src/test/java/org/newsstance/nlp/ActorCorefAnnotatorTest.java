package org.newsstance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries.MentionType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.segment.ParagraphMode;
import org.newsstance.testing.Analyses;

/**
 * {@link ActorCorefAnnotator} against CoreNLP's own {@code coref} annotator on the seed article,
 * parsed as the job parses it: with every common noun resolved it must build CoreNLP's chains
 * exactly (same models, thresholds and decisions; {@link PairScores} sums the same weights), and
 * with the job's nouns it must link every pronoun to the names CoreNLP links it to.
 */
class ActorCorefAnnotatorTest {
  private static final NlpSettings EVERY_NOMINAL =
      NlpSettings.coreference(List.of())
          .with(Map.of(ActorCorefAnnotator.NOMINAL_HEADS, ActorCorefAnnotator.EVERY_NOMINAL));
  private static final NlpSettings JOB =
      AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, Analyses.registry()).coreference();

  @Test
  void withEveryNounResolvedTheChainsAreCoreNlps() {
    Map<Integer, CorefChain> expected = chains(NlpSettings.coreferenceAsCoreNlpShipsIt());
    Map<Integer, CorefChain> actual = chains(EVERY_NOMINAL);

    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Test
  void pronounsKeepTheNamesCoreNlpLinksThemTo() {
    Map<String, TreeSet<String>> expected =
        namesOfEachPronoun(chains(NlpSettings.coreferenceAsCoreNlpShipsIt()));
    Map<String, TreeSet<String>> actual = namesOfEachPronoun(chains(JOB));

    assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
    assertThat(actual).isEqualTo(expected);
  }

  private static Map<Integer, CorefChain> chains(NlpSettings coreference) {
    return SeedCoreference.annotate(NlpSettings.parsing(120), coreference)
        .get(CorefCoreAnnotations.CorefChainAnnotation.class);
  }

  /** Each pronoun that shares a chain with a name: its position → the names of its chain. */
  private static Map<String, TreeSet<String>> namesOfEachPronoun(Map<Integer, CorefChain> chains) {
    Map<String, TreeSet<String>> names = new TreeMap<>();
    for (CorefChain chain : chains.values()) {
      TreeSet<String> proper = new TreeSet<>();
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        if (m.mentionType == MentionType.PROPER) {
          proper.add(m.sentNum + ":" + m.startIndex + " " + m.mentionSpan);
        }
      }
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        if (m.mentionType == MentionType.PRONOMINAL && !proper.isEmpty()) {
          names.put(m.sentNum + ":" + m.startIndex + " " + m.mentionSpan, proper);
        }
      }
    }
    return names;
  }
}
