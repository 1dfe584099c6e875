package org.newsstance.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.score.stance.ActorStance;

/**
 * Scores extracted stances against the gold (STANCE-GUIDELINES.md section 9): a prediction matches
 * a judgement when the document is the same, its sentence contains the gold sentence (white space
 * normalised), and holder, target type, target and polarity agree; phrase targets match after
 * lowercasing and dropping a leading article when either contains the other. Each judgement matches
 * at most one prediction; predictions repeating a triple in one sentence count once.
 */
public final class StanceEvaluation {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");

  /** A stance the extractor found, with its document and sentence text. */
  public record Prediction(String docId, String sentence, ActorStance stance) {}

  /**
   * The outcome.
   *
   * @param wrongPolarity predictions whose holder, target and sentence match a judgement but whose
   *     polarity does not (counted among the false positives too)
   * @param otherActorId false positives that would match a missed judgement but for one actor id
   *     (holder or target) naming the same entity differently or another entity: usually an actor
   *     resolution matter ("person:kenyatta" for "person:uhuru-kenyatta"), listed to tell apart
   * @param byMethod per method: {predicted, correct}
   */
  public record Result(
      List<GoldStance> gold,
      List<Prediction> predictions,
      List<Prediction> truePositives,
      List<Prediction> falsePositives,
      List<GoldStance> missed,
      List<Prediction> wrongPolarity,
      List<Prediction> otherActorId,
      Map<String, int[]> byMethod) {

    public double precision() {
      return predictions.isEmpty() ? 0 : truePositives.size() / (double) predictions.size();
    }

    public double recall() {
      return gold.isEmpty() ? 0 : (gold.size() - missed.size()) / (double) gold.size();
    }
  }

  private StanceEvaluation() {}

  /** The predictions of the analysed documents, one per triple and sentence. */
  public static List<Prediction> predictions(Map<String, DocumentAnalysis> analyses) {
    Map<String, Prediction> unique = new LinkedHashMap<>();
    analyses.forEach(
        (docId, analysis) -> {
          for (ActorStance s : analysis.stances()) {
            String key =
                String.join(
                    "|",
                    docId,
                    String.valueOf(s.sentenceIdx()),
                    s.holderActorId(),
                    s.targetType(),
                    targetKey(s.targetType(), s.targetId(), s.targetText()),
                    s.stance());
            String sentence = analysis.sentences().get(s.sentenceIdx()).text();
            unique.putIfAbsent(key, new Prediction(docId, sentence, s));
          }
        });
    return new ArrayList<>(unique.values());
  }

  public static Result score(List<GoldStance> gold, List<Prediction> predictions) {
    List<Prediction> unmatched = new ArrayList<>(predictions);
    List<Prediction> truePositives = new ArrayList<>();
    List<GoldStance> missed = new ArrayList<>();
    for (GoldStance judgement : gold) {
      Prediction hit =
          unmatched.stream()
              .filter(
                  p -> sameSlot(judgement, p) && judgement.polarity().equals(p.stance().stance()))
              .findFirst()
              .orElse(null);
      if (hit == null) {
        missed.add(judgement);
      } else {
        unmatched.remove(hit);
        truePositives.add(hit);
      }
    }
    List<Prediction> wrongPolarity =
        unmatched.stream().filter(p -> gold.stream().anyMatch(g -> sameSlot(g, p))).toList();
    List<Prediction> otherActorId =
        unmatched.stream().filter(p -> missed.stream().anyMatch(g -> oneIdApart(g, p))).toList();
    Map<String, int[]> byMethod = new TreeMap<>();
    predictions.forEach(p -> byMethod.computeIfAbsent(p.stance().method(), m -> new int[2])[0]++);
    truePositives.forEach(p -> byMethod.get(p.stance().method())[1]++);
    return new Result(
        gold, predictions, truePositives, unmatched, missed, wrongPolarity, otherActorId, byMethod);
  }

  /** Same document, sentence, holder and target; polarity aside. */
  private static boolean sameSlot(GoldStance gold, Prediction p) {
    ActorStance s = p.stance();
    return gold.docId().equals(p.docId())
        && normalise(p.sentence()).contains(normalise(gold.sentence()))
        && gold.holder().equals(s.holderActorId())
        && gold.targetType().equals(s.targetType())
        && targetMatches(gold, s);
  }

  /** Same sentence, polarity and target type; holder or target (not both) differ. */
  private static boolean oneIdApart(GoldStance gold, Prediction p) {
    ActorStance s = p.stance();
    boolean holder = gold.holder().equals(s.holderActorId());
    boolean target = targetMatches(gold, s);
    return gold.docId().equals(p.docId())
        && normalise(p.sentence()).contains(normalise(gold.sentence()))
        && gold.targetType().equals(s.targetType())
        && gold.polarity().equals(s.stance())
        && holder != target;
  }

  private static boolean targetMatches(GoldStance gold, ActorStance s) {
    if (!"phrase".equals(gold.targetType())) {
      return gold.target().equals(s.targetId());
    }
    String want = phrase(gold.target());
    String got = phrase(s.targetText());
    return !got.isEmpty() && (want.contains(got) || got.contains(want));
  }

  private static String targetKey(String type, String id, String text) {
    return "phrase".equals(type) ? phrase(text) : Objects.toString(id);
  }

  private static String phrase(String text) {
    return ARTICLE.matcher(normalise(text).toLowerCase(Locale.ROOT)).replaceFirst("");
  }

  static String normalise(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
