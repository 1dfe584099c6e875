package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * How far a name NER tagged reaches: the run of neighbouring tokens with the same tag. The CRF sees
 * neither the spacing between tokens nor which of them are words, so each reading says which
 * neighbours join ({@link #name}, {@link #words}); the candidates, the longer names around a
 * registry form and the credits all walk the same run.
 */
final class NerSpans {
  /** Tokens [begin, end) of a sentence. */
  record Span(int begin, int end) {}

  /** Whether {@code added}, the neighbour of {@code left}–{@code right} outside the run, joins. */
  @FunctionalInterface
  private interface Joins {
    boolean test(CoreLabel left, CoreLabel right, CoreLabel added);
  }

  private NerSpans() {}

  /**
   * The name tokens [begin, end) lie in: neighbours with their tag, split at a wide gap (a list
   * whose commas were stripped to spaces is not one name, {@link #wideGap}).
   */
  static Span name(List<CoreLabel> tokens, int begin, int end) {
    return extend(tokens, begin, end, (left, right, added) -> !wideGap(left, right));
  }

  /**
   * The words of the name tokens [begin, end) lie in: neighbours with their tag that hold a letter
   * or digit, since the CRF may run a caption's name into the next sentence across a dash ("REUTERS
   * / Brian Snyder - Johnson is addressing ...").
   */
  static Span words(List<CoreLabel> tokens, int begin, int end) {
    return extend(
        tokens, begin, end, (left, right, added) -> hasLetterOrDigit(added.originalText()));
  }

  /**
   * Two or more characters between two tokens: no name is written so, but a list whose commas were
   * stripped to spaces is (PerSenT's texts, or a table flattened to text: "Magic Johnson", two
   * spaces, "Bill Russell"), and the CRF, which never sees the spacing, tags such a list as one
   * long PERSON.
   */
  static boolean wideGap(CoreLabel before, CoreLabel after) {
    return after.beginPosition() - before.endPosition() >= 2;
  }

  static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static Span extend(List<CoreLabel> tokens, int begin, int end, Joins joins) {
    String ner = tokens.get(begin).ner();
    int first = begin;
    while (first > 0
        && ner.equals(tokens.get(first - 1).ner())
        && joins.test(tokens.get(first - 1), tokens.get(first), tokens.get(first - 1))) {
      first--;
    }
    int last = end;
    while (last < tokens.size()
        && ner.equals(tokens.get(last).ner())
        && joins.test(tokens.get(last - 1), tokens.get(last), tokens.get(last))) {
      last++;
    }
    return new Span(first, last);
  }
}
