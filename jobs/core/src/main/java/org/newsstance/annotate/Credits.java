package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credits are not actors of the story: the agency of a dateline (<i>BRASILIA (Reuters) -</i>,
 * <i>(CNN)</i>) and the photographer or agency of a photo credit (<i>REUTERS/Kevin Lamarque</i>,
 * <i>(AP Photo/Sebastian Scheiner, File)</i>, <i>Nazanin Tabatabaee/WANA</i>, <i>Photo: Getty
 * Images</i>). Measured on PerSenT dev before this rule: 31 of Reuters' 44 mentions were datelines
 * or credits, about 65 photographers were people of the story, and a dateline's agency held the
 * stance its sentence reports. An agency the text names otherwise ("told Reuters") stays an actor.
 */
final class Credits {
  /** News and photo agencies as credits write them (compared in lower case). */
  private static final Set<String> AGENCIES =
      Set.of(
          "reuters",
          "ap",
          "afp",
          "epa",
          "getty",
          "xinhua",
          "bloomberg",
          "upi",
          "aap",
          "anadolu",
          "dpa",
          "tass",
          "ansa",
          "wana",
          "sipa",
          "efe",
          "kyodo",
          "yonhap",
          "sputnik",
          "irna",
          "cnn");

  /** Words of a photo credit (compared in lower case). */
  private static final Set<String> CREDIT_WORDS =
      Set.of("photo", "photos", "photograph", "images", "image", "pool", "file", "handout");

  /**
   * Words that introduce a credit before a colon or "by": "Photo: ...", "Photograph by ...",
   * "(Reporting by ...; Editing by ...)".
   */
  private static final Set<String> CREDIT_LEADS =
      Set.of(
          "photo", "photograph", "image", "credit", "picture", "reporting", "editing", "writing");

  /**
   * How far into its sentence a dateline's parenthesis may open ("KYIV, Ukraine, Jan 5 (Reuters)").
   */
  private static final int DATELINE_REACH = 8;

  private Credits() {}

  /** Whether tokens [begin, end) of a sentence are a credit rather than an actor. */
  static boolean isCredit(List<CoreLabel> tokens, int begin, int end) {
    return dateline(tokens, begin, end)
        || slashCredit(tokens, begin, end)
        || led(tokens, begin)
        || closingCreditWord(tokens, begin, end);
  }

  /**
   * Whether token {@code i} is part of a credit: itself, or the name NER tagged around it ("Cohen"
   * of "REUTERS/Amir Cohen", where only the name as a whole follows the slash).
   */
  static boolean inCredit(List<CoreLabel> tokens, int i) {
    String ner = tokens.get(i).ner();
    if (ner == null || "O".equals(ner)) {
      return isCredit(tokens, i, i + 1);
    }
    NerSpans.Span name = NerSpans.words(tokens, i, i + 1);
    return isCredit(tokens, i, i + 1) || isCredit(tokens, name.begin(), name.end());
  }

  /** "(Reuters) -" near the sentence start, or "(CNN)" opening it. */
  private static boolean dateline(List<CoreLabel> tokens, int begin, int end) {
    int open = begin - 1;
    if (open < 0 || open > DATELINE_REACH || end >= tokens.size()) {
      return false;
    }
    if (!text(tokens, open).equals("(") || !text(tokens, end).equals(")")) {
      return false;
    }
    return open == 0 || (end + 1 < tokens.size() && isDash(text(tokens, end + 1)));
  }

  /**
   * A name joined by a slash to an agency or a credit word ("REUTERS/Kevin Lamarque", "Nazanin
   * Tabatabaee/WANA"), or an agency before one ("AP Photo/").
   */
  private static boolean slashCredit(List<CoreLabel> tokens, int begin, int end) {
    boolean before =
        begin >= 2 && text(tokens, begin - 1).equals("/") && creditLike(text(tokens, begin - 2));
    boolean after =
        end + 1 < tokens.size()
            && (text(tokens, end).equals("/") && creditLike(text(tokens, end + 1))
                || creditLike(text(tokens, end)) && text(tokens, end + 1).equals("/"));
    boolean self =
        creditLike(text(tokens, begin))
            && ((begin >= 1 && text(tokens, begin - 1).equals("/"))
                || (end < tokens.size() && text(tokens, end).equals("/")));
    return before || after || self;
  }

  /**
   * A credit word alone before a closing parenthesis: AP's "(AP Photo/Ben Curtis, File)" with the
   * comma stripped to spaces, as PerSenT's texts have it, leaves "File" a PERSON of its own.
   */
  private static boolean closingCreditWord(List<CoreLabel> tokens, int begin, int end) {
    return end - begin == 1
        && end < tokens.size()
        && text(tokens, end).equals(")")
        && CREDIT_WORDS.contains(text(tokens, begin).toLowerCase(Locale.ROOT));
  }

  /**
   * "Photo: Getty Images", "Photograph by Jane Doe", "Reporting by ...": a capitalised lead, as
   * credits write it; not "an iconic image: Phyllis Lyon and Del Martin", nor Reuters' caption
   * heading "FILE PHOTO: Zimbabwe's President Robert Mugabe looks on", which a caption follows.
   */
  private static boolean led(List<CoreLabel> tokens, int begin) {
    if (begin < 2) {
      return false;
    }
    String joint = text(tokens, begin - 1);
    String lead = text(tokens, begin - 2);
    return (joint.equals(":") || joint.equals("by"))
        && CREDIT_LEADS.contains(lead.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(lead.codePointAt(0))
        && !lead.equals(lead.toUpperCase(Locale.ROOT));
  }

  private static boolean creditLike(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return AGENCIES.contains(lower) || CREDIT_WORDS.contains(lower);
  }

  private static boolean isDash(String word) {
    return word.equals("-") || word.equals("--") || word.equals("\u2014") || word.equals("\u2013");
  }

  private static String text(List<CoreLabel> tokens, int i) {
    return tokens.get(i).originalText();
  }
}
