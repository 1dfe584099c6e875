package org.newsstance.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a text is English, the only language the loaded CoreNLP models handle. It counts
 * the share of words that are common English function words: English prose has 35–55 % of them,
 * other Latin-script languages under 10 %, and non-Latin scripts have no Latin words at all. This
 * needs no model, is deterministic and costs microseconds; it only has to tell "English" from "not
 * English", not name the language.
 */
public final class EnglishDetector {
  /** Texts with fewer words than this are accepted: too short to judge, and cheap to process. */
  static final int MIN_WORDS = 12;

  /** Below this share of function words a text is not English (measured range in the class doc). */
  static final double MIN_FUNCTION_WORD_SHARE = 0.15;

  private static final int SAMPLE_CHARS = 20_000;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be",
          "by", "on", "not", "he", "she", "this", "are", "or", "his", "her", "from", "at", "which",
          "but", "have", "has", "had", "an", "they", "their", "were", "been", "will", "would",
          "its", "who", "there", "we", "you", "i", "a", "than", "into", "after", "about", "more",
          "said", "over", "also", "can", "could", "should", "these", "those", "them", "our", "all",
          "when", "what", "while", "between", "against", "under", "before", "since", "do", "does",
          "did", "no");

  private EnglishDetector() {}

  /** The verdict, with the measured share so the quarantine reason can say why. */
  public record Verdict(boolean english, int words, double functionWordShare, double latinShare) {}

  public static Verdict judge(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    int latinLetters = 0;
    int words = 0;
    int functionWords = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= sample.length(); i++) {
      char c = i < sample.length() ? sample.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latinLetters++;
        }
        word.append(c);
      } else if (c != '\'' && c != '\u2019' || word.length() == 0) {
        if (word.length() > 0) {
          words++;
          if (FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
            functionWords++;
          }
          word.setLength(0);
        }
      }
    }
    double latinShare = letters == 0 ? 1.0 : (double) latinLetters / letters;
    double share = words == 0 ? 0.0 : (double) functionWords / words;
    boolean english = words < MIN_WORDS || (latinShare >= 0.5 && share >= MIN_FUNCTION_WORD_SHARE);
    return new Verdict(english, words, share, latinShare);
  }
}
