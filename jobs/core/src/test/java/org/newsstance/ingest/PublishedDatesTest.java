package org.newsstance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  @Test
  void readsTheFormatsCorporaUse() {
    Instant midnight = Instant.parse("2026-02-06T00:00:00Z");
    assertThat(PublishedDates.parse("2026-02-06")).contains(midnight);
    assertThat(PublishedDates.parse(" 2026-02-06T10:30:00Z "))
        .contains(Instant.parse("2026-02-06T10:30:00Z"));
    assertThat(PublishedDates.parse("2026-02-06T12:30:00+02:00"))
        .contains(Instant.parse("2026-02-06T10:30:00Z"));
    assertThat(PublishedDates.parse("2026-02-06T10:30:00"))
        .contains(Instant.parse("2026-02-06T10:30:00Z"));
    assertThat(PublishedDates.parse("2026-02-06 10:30:00"))
        .contains(Instant.parse("2026-02-06T10:30:00Z"));
    assertThat(PublishedDates.parse("Fri, 6 Feb 2026 10:30:00 GMT"))
        .contains(Instant.parse("2026-02-06T10:30:00Z"));
  }

  @Test
  void unreadableOrMissingIsEmpty() {
    assertThat(PublishedDates.parse("last Friday")).isEmpty();
    assertThat(PublishedDates.parse("")).isEmpty();
    assertThat(PublishedDates.parse(null)).isEmpty();
  }
}
