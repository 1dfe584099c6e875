package org.newsstance.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads publication times as corpora write them: ISO dates and date-times (with or without offset;
 * without one, UTC is assumed), "yyyy-MM-dd HH:mm:ss" and RFC 1123 ("Fri, 6 Feb 2026 10:00:00
 * GMT"). An unreadable value leaves the document undated rather than rejecting it.
 */
public final class PublishedDates {
  private static final DateTimeFormatter SPACE_SEPARATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

  private static final List<Function<String, Instant>> PARSERS =
      List.of(
          s ->
              LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE)
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant(),
          s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant(),
          s ->
              LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                  .toInstant(ZoneOffset.UTC),
          s -> LocalDateTime.parse(s, SPACE_SEPARATED).toInstant(ZoneOffset.UTC),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

  private PublishedDates() {}

  public static Optional<Instant> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = raw.strip();
    for (Function<String, Instant> parser : PARSERS) {
      try {
        return Optional.of(parser.apply(value));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
