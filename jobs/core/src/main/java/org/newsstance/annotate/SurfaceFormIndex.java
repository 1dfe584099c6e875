package org.newsstance.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsstance.annotate.registry.Actor;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.nlp.CoreNlpPipelines;
import org.newsstance.nlp.NlpSettings;

/**
 * Every surface form of the registry as a token sequence, in a trie for longest-match lookup over a
 * sentence's tokens. Forms are tokenised by the same CoreNLP tokenizer as the text, and matched
 * case sensitively, token by token: "US" matches the token "US", never "us", and never the "US"
 * inside "USS". Built once per JVM and registry (tokenising a few thousand forms takes a fraction
 * of a second).
 */
public final class SurfaceFormIndex {
  private static final ConcurrentHashMap<String, SurfaceFormIndex> BY_REGISTRY =
      new ConcurrentHashMap<>();

  private final Node root = new Node();

  /**
   * One match: tokens [begin, end) of a sentence denote {@code actorId} in the way {@code kind}
   * says.
   */
  public record Match(int begin, int end, String actorId, FormKind kind) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String actorId;
    FormKind kind;
  }

  public static SurfaceFormIndex of(ActorRegistry registry) {
    return BY_REGISTRY.computeIfAbsent(registry.contentHash(), h -> new SurfaceFormIndex(registry));
  }

  private SurfaceFormIndex(ActorRegistry registry) {
    // Aliases first, so that a form listed twice keeps its strongest reading.
    for (FormKind kind : FormKind.values()) {
      for (Actor actor : registry.actors()) {
        for (String form : forms(actor, kind)) {
          add(tokenize(form), actor.actorId(), kind);
        }
      }
    }
  }

  private static List<String> forms(Actor actor, FormKind kind) {
    return switch (kind) {
      case ALIAS -> actor.aliases();
      case METONYM -> actor.metonyms();
      case DEMONYM -> actor.demonyms();
    };
  }

  private void add(List<String> tokens, String actorId, FormKind kind) {
    if (tokens.isEmpty()) {
      return;
    }
    Node node = root;
    for (String token : tokens) {
      node = node.next.computeIfAbsent(key(token), k -> new Node());
    }
    if (node.actorId == null) {
      node.actorId = actorId;
      node.kind = kind;
    }
  }

  private static final String AFTER_FORM = "said";

  private static List<String> tokenize(String form) {
    // A word after the form: alone, a form ending in an abbreviation ("Joseph R. Biden Jr.") would
    // lose its period to the end of the text, which the tokenizer splits off as a full stop, while
    // running text holds "Jr." as one token.
    Annotation annotation = new Annotation(form + " " + AFTER_FORM);
    CoreNlpPipelines.get(NlpSettings.segmentation()).annotate(annotation);
    List<String> tokens =
        annotation.get(CoreAnnotations.TokensAnnotation.class).stream()
            .map(CoreLabel::originalText)
            .toList();
    return tokens.subList(0, tokens.size() - 1);
  }

  /** Curly and straight apostrophes and quotes are one: "Sana’a" is "Sana'a". */
  private static String key(String token) {
    return sameApostrophes(token);
  }

  /**
   * The text with curly single quotes (U+2018, U+2019) made straight, as the index matches them:
   * whoever predicts which texts a form matches (the incremental planner) must fold them too.
   */
  public static String sameApostrophes(String text) {
    return text.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /** Leftmost-longest matches over a sentence's tokens, not overlapping. */
  public List<Match> matches(List<CoreLabel> tokens) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = root;
      Match longest = null;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(key(tokens.get(j).originalText()));
        if (node == null) {
          break;
        }
        if (node.actorId != null) {
          longest = new Match(i, j + 1, node.actorId, node.kind);
        }
      }
      if (longest != null) {
        matches.add(longest);
        i = longest.end();
      } else {
        i++;
      }
    }
    return matches;
  }
}
