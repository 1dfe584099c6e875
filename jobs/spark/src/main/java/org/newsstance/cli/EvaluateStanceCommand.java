package org.newsstance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsstance.analysis.AnalysisSettings;
import org.newsstance.analysis.DocumentAnalysis;
import org.newsstance.analysis.DocumentAnalyzer;
import org.newsstance.annotate.registry.ActorRegistry;
import org.newsstance.eval.GoldStance;
import org.newsstance.eval.PersentArticle;
import org.newsstance.eval.PersentCsv;
import org.newsstance.eval.StanceEvaluation;
import org.newsstance.eval.StanceEvaluation.Prediction;
import org.newsstance.ingest.RawDocument;
import org.newsstance.job.UserError;
import org.newsstance.score.stance.ActorStance;
import org.newsstance.segment.ParagraphMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsstance evaluate-stance}: precision and recall of stance extraction on the gold set.
 * Analyses each gold document with the job's analyzer (no Spark needed): seed articles from the
 * corpus folder in blank-line mode, PerSenT articles by DOCUMENT_INDEX in line mode.
 */
@Command(
    name = "evaluate-stance",
    mixinStandardHelpOptions = true,
    description = {
      "Precision and recall of the stance rows against seeds/eval/stance_gold.csv (rules in"
          + " seeds/eval/STANCE-GUIDELINES.md), with the missed judgements and false positives.",
      "Last line: precision=P recall=R matched=N predicted=M gold=G"
    },
    footer = {
      "",
      "Example:",
      "  newsstance evaluate-stance --persent ../shared/benchmarks/persent/dev.csv"
    })
final class EvaluateStanceCommand implements Callable<Integer> {
  private static final Path HOME = Path.of(System.getProperty("newsstance.home", "."));

  @Option(
      names = "--gold",
      paramLabel = "CSV",
      description = "The gold judgements. Default: seeds/eval/stance_gold.csv")
  Path gold = HOME.resolve("seeds/eval/stance_gold.csv");

  @Option(
      names = "--persent",
      paramLabel = "CSV",
      description =
          "The PerSenT CSV holding the gold's numeric doc ids."
              + " Default: ../shared/benchmarks/persent/dev.csv")
  Path persent = HOME.resolve("../shared/benchmarks/persent/dev.csv");

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Folder of the gold's other doc ids (DOC_ID.txt). Default: seeds/corpus")
  Path corpus = HOME.resolve("seeds/corpus");

  @Override
  public Integer call() throws Exception {
    for (Path file : List.of(gold, persent, corpus)) {
      if (!Files.exists(file)) {
        throw UserError.noInput(
            file + " does not exist",
            "evaluate-stance reads the gold, the PerSenT CSV and the seed corpus",
            "pass --gold, --persent or --corpus with the right path");
      }
    }
    List<GoldStance> judgements = GoldStance.read(gold);
    ActorRegistry registry = ActorRegistry.load(List.of());
    DocumentAnalyzer blankLine =
        new DocumentAnalyzer(AnalysisSettings.defaults(ParagraphMode.BLANK_LINE, registry));
    DocumentAnalyzer line =
        new DocumentAnalyzer(AnalysisSettings.defaults(ParagraphMode.LINE, registry));
    Map<String, PersentArticle> articles = new LinkedHashMap<>();
    PersentCsv.read(persent).forEach(a -> articles.put(a.id(), a));
    Map<String, DocumentAnalysis> analyses = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (GoldStance judgement : judgements) {
      String id = judgement.docId();
      if (analyses.containsKey(id)) {
        continue;
      }
      PersentArticle article = articles.get(id);
      Path file = corpus.resolve(id + ".txt");
      if (article != null) {
        analyses.put(id, line.analyze(document(id, article.text())));
      } else if (Files.exists(file)) {
        analyses.put(
            id, blankLine.analyze(document(id, Files.readString(file, StandardCharsets.UTF_8))));
      } else {
        throw UserError.noInput(
            "gold document " + id + " is neither in " + persent + " nor " + file,
            "the gold names documents by PerSenT DOCUMENT_INDEX or seed file stem",
            "pass the --persent or --corpus that holds it");
      }
    }
    StanceEvaluation.Result result =
        StanceEvaluation.score(judgements, StanceEvaluation.predictions(analyses));
    report(result);
    System.out.printf(Locale.ROOT, "seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "precision=%.3f recall=%.3f matched=%d predicted=%d gold=%d%n",
        result.precision(),
        result.recall(),
        result.truePositives().size(),
        result.predictions().size(),
        result.gold().size());
    return 0;
  }

  private static RawDocument document(String id, String text) {
    return new RawDocument(id, "given", null, null, null, text, null, id);
  }

  private static void report(StanceEvaluation.Result result) {
    System.out.println("per method: predicted correct");
    result
        .byMethod()
        .forEach((m, c) -> System.out.printf(Locale.ROOT, "  %-20s %3d %3d%n", m, c[0], c[1]));
    System.out.printf(Locale.ROOT, "missed gold rows (%d):%n", result.missed().size());
    for (GoldStance g : result.missed()) {
      System.out.printf(
          Locale.ROOT,
          "  %s %s %s %s:%s [%s] | %s%n",
          g.docId(),
          g.holder(),
          g.polarity(),
          g.targetType(),
          g.target(),
          g.cue(),
          excerpt(g.sentence()));
    }
    System.out.printf(Locale.ROOT, "false positives (%d):%n", result.falsePositives().size());
    result.falsePositives().forEach(p -> System.out.println("  " + line(p)));
    System.out.printf(
        Locale.ROOT, "of which wrong polarity only (%d):%n", result.wrongPolarity().size());
    result.wrongPolarity().forEach(p -> System.out.println("  " + line(p)));
    System.out.printf(
        Locale.ROOT,
        "of which one actor id apart from a missed judgement (%d):%n",
        result.otherActorId().size());
    result.otherActorId().forEach(p -> System.out.println("  " + line(p)));
  }

  private static String line(Prediction p) {
    ActorStance s = p.stance();
    return String.format(
        Locale.ROOT,
        "%s s%d %s %s %s:%s \"%s\" [%s, %s] | %s",
        p.docId(),
        s.sentenceIdx(),
        s.holderActorId(),
        s.stance(),
        s.targetType(),
        s.targetId() == null ? "" : s.targetId(),
        s.targetText(),
        s.cue(),
        s.method(),
        excerpt(p.sentence()));
  }

  private static String excerpt(String sentence) {
    String flat = sentence.replaceAll("\\s+", " ").strip();
    return flat.length() > 90 ? flat.substring(0, 90) + "…" : flat;
  }
}
