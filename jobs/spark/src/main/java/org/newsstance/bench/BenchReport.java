package org.newsstance.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The lines {@code newsstance bench} prints for each part. */
public final class BenchReport {
  private BenchReport() {}

  public static void alone(PrintWriter out, CoreNlpAloneBench.Result a, int threads, long heapMb) {
    out.printf(
        Locale.ROOT,
        "(a) CoreNLP alone, no Spark (light + parse,sentiment + coref on every sentence, %d"
            + " documents at once): %d documents, %d sentences, %d tokens%n"
            + "    model load %.1f s (before the timed part); wall %.1f s; %.1f tokens/s;"
            + " live heap after %d MB%n",
        threads,
        a.documents(),
        a.sentences(),
        a.rate().tokens(),
        a.loadSeconds(),
        a.rate().seconds(),
        a.rate().tokensPerSecond(),
        heapMb);
    out.flush();
  }

  public static void outOfTheBox(
      PrintWriter out, OutOfTheBoxBench.Result b, int threads, long heapMb) {
    out.printf(
        Locale.ROOT,
        "(b) CoreNLP out of the box (default NER, PCFG parser; %d documents at once): %d"
            + " documents, %d tokens%n"
            + "    model load %.1f s; wall %.1f s; %.1f tokens/s; live heap after %d MB%n",
        threads,
        b.documents(),
        b.rate().tokens(),
        b.loadSeconds(),
        b.rate().seconds(),
        b.rate().tokensPerSecond(),
        heapMb);
    out.flush();
  }

  /**
   * @param coldLoadSeconds the model load part (a) paid; the job, in the same JVM, finds those
   *     models loaded, so its cold-start rate adds (a)'s to its own (its parse pipeline)
   */
  public static void job(PrintWriter out, JobBench.Result c, double coldLoadSeconds, long heapMb) {
    double startup = c.stage("startup");
    double models = c.stage("load_models") + c.modelLoadSeconds();
    double cold = c.summary().wallSeconds() - c.stage("load_models") + models + coldLoadSeconds;
    out.printf(
        Locale.ROOT,
        "(c) the job end to end (Parquet written to %s): %d documents, %d sentences, %d tokens%n"
            + "    model load %.1f s before the run (the job's parse and coreference pipelines; the"
            + " others loaded by (a)); wall %.1f s = Spark session %.1f s + the rest %.1f s"
            + " (stages, s: %s)%n"
            + "    %.1f tokens/s without Spark start and model load; %.1f tokens/s with them"
            + " (%.1f s: session + (a)'s model load + the rest); live heap after %d MB%n",
        c.output(),
        c.summary().processed(),
        c.summary().sentences(),
        c.summary().tokens(),
        models,
        c.summary().wallSeconds(),
        startup,
        c.steady().seconds(),
        stages(c.summary().secondsPerStage()),
        c.steady().tokensPerSecond(),
        c.summary().tokens() / cold,
        cold,
        heapMb);
    out.flush();
  }

  /** Stage seconds to one decimal, in stage order: {@code lock 0.3, ingest 2.1, ...}. */
  static String stages(Map<String, Double> seconds) {
    return seconds.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
