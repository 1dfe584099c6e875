package org.newsstance.score.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsstance.score.sentiment.SentimentLabel;

class NewsMtscTest {
  @Test
  void readsSentencesTargetsOffsetsAndFoldsPolarity(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sample.jsonl");
    Files.writeString(
        file,
        """
        {"primary_gid": "a_1", "sentence_normalized": "Trump praised Priebus, then fired him.", "targets": [{"from": 14, "to": 21, "mention": "Priebus", "polarity": 2.0}, {"from": 0, "to": 5, "mention": "Trump", "polarity": 4.0}]}

        {"primary_gid": "b_2", "sentence_normalized": "Oman was thanked.", "targets": [{"from": 0, "to": 4, "mention": "Oman", "polarity": 6.0}]}
        """,
        StandardCharsets.UTF_8);
    List<NewsMtsc.Sentence> sentences = NewsMtsc.read(file);
    assertThat(sentences).extracting(NewsMtsc.Sentence::id).containsExactly("a_1", "b_2");
    NewsMtsc.Target priebus = sentences.get(0).targets().get(0);
    assertThat(sentences.get(0).text().substring(priebus.from(), priebus.to()))
        .isEqualTo(priebus.mention());
    assertThat(sentences.get(0).targets())
        .extracting(NewsMtsc.Target::gold)
        .containsExactly(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL);
    assertThat(sentences.get(1).targets().get(0).gold()).isEqualTo(SentimentLabel.POSITIVE);
  }
}
