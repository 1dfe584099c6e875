package org.newsstance.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a paragraph handed to CoreNLP as one document. A paragraph is one chunk unless it is
 * longer than the window: then it is cut into windows at a sentence end (or at least a space) near
 * the limit, so one CoreNLP call never holds more than a window of text. The price, documented as
 * the {@code long_paragraph} degradation, is that a sentence cut at a window edge becomes two.
 *
 * @param begin offset of the chunk's first character in the document
 */
public record Chunk(Paragraph paragraph, int begin, String text) {

  public static List<Chunk> of(Paragraph paragraph, int windowChars) {
    String text = paragraph.text();
    if (text.length() <= windowChars) {
      return List.of(new Chunk(paragraph, paragraph.charBegin(), text));
    }
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + windowChars);
      if (end < text.length()) {
        end = cutPoint(text, start, end);
      }
      chunks.add(new Chunk(paragraph, paragraph.charBegin() + start, text.substring(start, end)));
      start = end;
    }
    return chunks;
  }

  /**
   * The last sentence end (". ", "? ", "! ") in the second half of the window, else the last space.
   */
  private static int cutPoint(String text, int start, int end) {
    int half = start + (end - start) / 2;
    for (int i = end - 1; i > half; i--) {
      char c = text.charAt(i - 1);
      if (Character.isWhitespace(text.charAt(i)) && (c == '.' || c == '?' || c == '!')) {
        return i;
      }
    }
    for (int i = end - 1; i > half; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return end;
  }
}
