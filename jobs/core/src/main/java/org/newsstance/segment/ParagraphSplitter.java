package org.newsstance.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document into blocks. In {@link ParagraphMode#BLANK_LINE} mode blocks are separated by
 * blank lines; a block of one short line without final punctuation is a heading, whose text becomes
 * the {@code section} of the blocks after it; lines opening with a bullet or a number ({@code •},
 * {@code -}, {@code *}, {@code 1.}) are list items, one block each (a following line without a
 * marker continues the item). Offsets always point into the original text.
 */
public final class ParagraphSplitter {
  /** Headings are short: at most this many words ... */
  static final int HEADING_MAX_WORDS = 14;

  /** ... and this many characters. */
  static final int HEADING_MAX_CHARS = 120;

  private static final Pattern LIST_MARKER =
      Pattern.compile(
          "^[ \\t]*(?:[\\u2022\\u25E6\\u25AA\\u2023\\u25CF\\u2013*-]|\\d{1,3}[.)])[ \\t]+");

  private static final String FINAL_PUNCTUATION = ".!?:;,\u2026";
  private static final String CLOSING = "\"'\u201D\u2019)]";

  private final ParagraphMode mode;

  public ParagraphSplitter(ParagraphMode mode) {
    this.mode = mode;
  }

  public List<Paragraph> split(String text) {
    List<Line> lines = Line.of(text);
    List<Span> spans = mode == ParagraphMode.LINE ? lineSpans(lines) : blockSpans(lines);
    List<Paragraph> paragraphs = new ArrayList<>(spans.size());
    String section = null;
    for (Span span : spans) {
      String body = text.substring(span.begin, span.end);
      if (span.kind == BlockKind.HEADING) {
        section = body;
      }
      paragraphs.add(
          new Paragraph(paragraphs.size(), span.kind, section, span.begin, span.end, body));
    }
    return paragraphs;
  }

  private static List<Span> lineSpans(List<Line> lines) {
    List<Span> spans = new ArrayList<>();
    for (Line line : lines) {
      if (!line.blank()) {
        spans.add(new Span(BlockKind.BODY, line.contentBegin(), line.contentEnd()));
      }
    }
    return spans;
  }

  private static List<Span> blockSpans(List<Line> lines) {
    List<Span> spans = new ArrayList<>();
    List<Line> block = new ArrayList<>();
    for (Line line : lines) {
      if (line.blank()) {
        addBlock(block, spans);
        block.clear();
      } else {
        block.add(line);
      }
    }
    addBlock(block, spans);
    return spans;
  }

  private static void addBlock(List<Line> block, List<Span> spans) {
    if (block.isEmpty()) {
      return;
    }
    if (block.size() == 1 && isHeading(block.get(0).content())) {
      spans.add(
          new Span(BlockKind.HEADING, block.get(0).contentBegin(), block.get(0).contentEnd()));
      return;
    }
    Span current = null;
    for (Line line : block) {
      Matcher marker = LIST_MARKER.matcher(line.content());
      if (marker.find()) {
        current =
            new Span(BlockKind.LIST_ITEM, line.contentBegin() + marker.end(), line.contentEnd());
        spans.add(current);
      } else if (current == null) {
        current = new Span(BlockKind.BODY, line.contentBegin(), line.contentEnd());
        spans.add(current);
      } else {
        current.end = line.contentEnd();
      }
    }
  }

  static boolean isHeading(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()
        || trimmed.length() > HEADING_MAX_CHARS
        || trimmed.split("\\s+").length > HEADING_MAX_WORDS
        || LIST_MARKER.matcher(trimmed).find()
        || trimmed.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    int last = trimmed.length() - 1;
    while (last > 0 && CLOSING.indexOf(trimmed.charAt(last)) >= 0) {
      last--;
    }
    return FINAL_PUNCTUATION.indexOf(trimmed.charAt(last)) < 0;
  }

  /** A block being built: its kind and its span in the document. */
  private static final class Span {
    final BlockKind kind;
    int begin;
    int end;

    Span(BlockKind kind, int begin, int end) {
      this.kind = kind;
      this.begin = begin;
      this.end = end;
    }
  }
}
