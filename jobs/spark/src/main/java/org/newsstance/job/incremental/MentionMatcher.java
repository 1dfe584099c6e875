package org.newsstance.job.incremental;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a text mentions any of a set of surface forms, on folded text (case, accents and runs of
 * white space ignored; matches inside words too). Deliberately looser than the actor annotator: it
 * decides which documents to reprocess, where a false alarm costs a little time and a miss leaves
 * stale rows. Forms are indexed by their first characters, so the cost is one pass over the text
 * whatever the number of forms.
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

  boolean isEmpty() {
    return formsByPrefix.isEmpty();
  }

  boolean mentionsAny(String text) {
    String folded = fold(text);
    for (int i = 0; i < folded.length(); i++) {
      for (int k = 1; k <= PREFIX && i + k <= folded.length(); k++) {
        List<String> candidates = formsByPrefix.get(folded.substring(i, i + k));
        if (candidates != null) {
          for (String form : candidates) {
            if (folded.startsWith(form, i)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Lower case, accents removed, every run of white space one space. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
