package org.newsstance.job.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares a corpus's files out among the tasks that read them, by size: the largest file first, each
 * to the share with the fewest bytes so far. One task per share; a file is never split, so a corpus
 * of one big JSON Lines file is one task.
 */
final class InputShares {
  private InputShares() {}

  /** At most {@code tasks} non-empty shares (one empty share for an empty corpus). */
  static List<List<InputFile>> of(List<InputFile> files, int tasks) {
    int n = Math.max(1, Math.min(tasks, files.size()));
    List<List<InputFile>> shares = new ArrayList<>(n);
    long[] bytes = new long[n];
    for (int i = 0; i < n; i++) {
      shares.add(new ArrayList<>());
    }
    List<InputFile> bySize =
        files.stream()
            .sorted(
                Comparator.comparingLong(InputFile::size)
                    .reversed()
                    .thenComparing(InputFile::relative))
            .toList();
    for (InputFile file : bySize) {
      int least = 0;
      for (int i = 1; i < n; i++) {
        if (bytes[i] < bytes[least]) {
          least = i;
        }
      }
      shares.get(least).add(file);
      bytes[least] += Math.max(1, file.size());
    }
    return shares;
  }
}
