package org.newsstance.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

  /**
   * Below this many words a text short of English function words is non-English only if it holds
   * another language's: terse English (a results list, photo captions, a markets wrap of 18–24
   * words) has 0–4 % English function words, as foreign text does.
   */
  static final int TERSE_WORDS = 40;

  /** The share of other languages' function words that marks a short text as theirs. */
  static final double MIN_FOREIGN_SHARE = 0.10;

  /**
   * Whitespace-free runs longer than this are no words (base64, hashes, URLs): an inline image in
   * an English article made its share of function words look foreign.
   */
  static final int MAX_TOKEN_CHARS = 40;

  /** Letters enough to judge the script by, whatever the number of words. */
  static final int MIN_SCRIPT_LETTERS = 10;

  /** Below this share of function words a text is not English (measured range in the class doc). */
  static final double MIN_FUNCTION_WORD_SHARE = 0.15;

  private static final int SAMPLE_CHARS = 20_000;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be",
          "by", "on", "not", "he", "she", "this", "are", "or", "his", "her", "from", "at", "which",
          "but", "have", "has", "had", "an", "they", "their", "were", "been", "will", "would",
          "its", "who", "there", "we", "you", "i", "a", "than", "into", "after", "about", "more",
          "said", "over", "also", "can", "could", "should", "these", "those", "them", "our", "all",
          "when", "what", "while", "between", "against", "under", "before", "since", "do", "does",
          "did", "no");

  /**
   * Frequent function words of other Latin-script languages (German, French, Spanish, Italian,
   * Portuguese, Dutch) that are not English words.
   */
  private static final Set<String> FOREIGN_FUNCTION_WORDS =
      Set.of(
          "der", "und", "das", "nicht", "ist", "mit", "den", "dem", "des", "ein", "eine", "auf",
          "für", "sich", "auch", "von", "wird", "sind", "bei", "les", "est", "une", "dans", "pour",
          "pas", "qui", "sur", "avec", "du", "au", "aux", "sont", "cette", "ont", "et", "los",
          "las", "del", "por", "una", "con", "para", "que", "se", "su", "il", "della", "che", "per",
          "sono", "gli", "não", "uma", "com", "dos", "em", "het", "een", "van", "niet", "zijn",
          "voor", "de", "la", "le", "el");

  private EnglishDetector() {}

  /** The verdict, with the measured share so the quarantine reason can say why. */
  public record Verdict(boolean english, int words, double functionWordShare, double latinShare) {}

  public static Verdict judge(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    int latinLetters = 0;
    int words = 0;
    int functionWords = 0;
    int foreignWords = 0;
    StringBuilder word = new StringBuilder();
    for (String token : WHITESPACE.split(sample)) {
      // A long run is no word, but its letters still tell the script: Chinese and Japanese put
      // no spaces between words, so a whole paragraph is one run.
      boolean run = token.length() > MAX_TOKEN_CHARS;
      for (int i = 0; i <= token.length(); i++) {
        char c = i < token.length() ? token.charAt(i) : ' ';
        if (Character.isLetter(c)) {
          letters++;
          if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            latinLetters++;
          }
          if (!run) {
            word.append(c);
          }
        } else if (c != '\'' && c != '\u2019' || word.length() == 0) {
          if (word.length() > 0) {
            words++;
            String lower = word.toString().toLowerCase(Locale.ROOT);
            functionWords += FUNCTION_WORDS.contains(lower) ? 1 : 0;
            foreignWords += FOREIGN_FUNCTION_WORDS.contains(lower) ? 1 : 0;
            word.setLength(0);
          }
        }
      }
    }
    double latinShare = letters == 0 ? 1.0 : (double) latinLetters / letters;
    double share = words == 0 ? 0.0 : (double) functionWords / words;
    double foreignShare = words == 0 ? 0.0 : (double) foreignWords / words;
    boolean otherScript = letters >= MIN_SCRIPT_LETTERS && latinShare < 0.5;
    boolean english =
        !otherScript
            && (words < MIN_WORDS
                || share >= MIN_FUNCTION_WORD_SHARE
                || (words < TERSE_WORDS && foreignShare < MIN_FOREIGN_SHARE));
    return new Verdict(english, words, share, latinShare);
  }
}
