package org.newsstance.job.incremental;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsstance.annotate.SurfaceFormIndex;

/**
 * Whether a text mentions any of a set of surface forms: case-sensitive and on word boundaries like
 * the actor annotator, but with accents and runs of white space folded, so it is looser than the
 * annotator, never stricter. It decides which documents to reprocess, where a false alarm costs a
 * little time and a miss leaves stale rows. Forms are indexed by their first characters, so the
 * cost is one pass over the text whatever the number of forms.
 */
final class MentionMatcher implements Serializable {
  private static final int PREFIX = 3;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final Map<String, List<String>> formsByPrefix = new HashMap<>();

  MentionMatcher(Collection<String> forms) {
    for (String form : forms) {
      String folded = fold(form).strip();
      if (!folded.isEmpty()) {
        String prefix = folded.substring(0, Math.min(PREFIX, folded.length()));
        formsByPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(folded);
      }
    }
  }

  boolean mentionsAny(String text) {
    String folded = fold(text);
    for (int i = 0; i < folded.length(); i++) {
      for (int k = 1; k <= PREFIX && i + k <= folded.length(); k++) {
        List<String> candidates = formsByPrefix.get(folded.substring(i, i + k));
        if (candidates != null) {
          for (String form : candidates) {
            if (folded.startsWith(form, i) && boundaryAround(folded, i, i + form.length())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** A form inside a longer word ("Iran" in "Iranian") is not a mention of it. */
  private static boolean boundaryAround(String text, int begin, int end) {
    return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  /**
   * Accents removed, every run of white space one space, curly apostrophes straight (the annotator
   * matches "Sa’ar" to the form "Sa'ar"); case kept, as the annotator keeps it.
   */
  static String fold(String text) {
    String decomposed =
        Normalizer.normalize(SurfaceFormIndex.sameApostrophes(text), Normalizer.Form.NFKD);
    return SPACE.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ");
  }
}
