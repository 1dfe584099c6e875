package org.newsstance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsstance.job.UserError;
import org.newsstance.score.sentiment.train.SentimentTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsstance train-sentiment}: trains the mention-sentiment models on NewsMTSC train and
 * writes them where the scorer loads them from. Not part of the build: the models are committed.
 */
@Command(
    name = "train-sentiment",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trains the per-mention sentiment classifiers on NewsMTSC train.",
      "Features and regularisation are chosen by cross-validation on train alone; deterministic",
      "(same input, same model bytes). The first run parses every sentence (minutes) and caches the",
      "annotations under --cache."
    },
    footer = {
      "",
      "Example:",
      "  newsstance train-sentiment --input ../shared/benchmarks/newsmtsc/train.jsonl",
      "  newsstance evaluate --dataset newsmtsc --input ../shared/benchmarks/newsmtsc/dev.jsonl"
    })
final class TrainSentimentCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "NewsMTSC JSON Lines training file (never a dev or test split).")
  Path input;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue =
          "${sys:newsstance.home:-.}/jobs/core/src/main/resources/org/newsstance/score/sentiment",
      description = "Where the model files are written. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      defaultValue = "${sys:newsstance.home:-.}/target/sentiment-cache",
      description = "Where parsed annotations are cached. Default: ${DEFAULT-VALUE}")
  Path cache;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds. Default: ${DEFAULT-VALUE}")
  int folds;

  @Option(
      names = "--seed",
      defaultValue = "20261126",
      description = "Seed of the fold assignment. Default: ${DEFAULT-VALUE}")
  long seed;

  @Mixin AnnotationOptions annotation;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw UserError.datasetMissing(input.toString());
    }
    new SentimentTrainer(
            new SentimentTrainer.Options(
                input, out, cache, folds, seed, annotation.maxTokens, annotation.threads),
            System.out)
        .run();
    return 0;
  }
}
