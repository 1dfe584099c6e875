package org.newsstance.segment;

import java.util.ArrayList;
import java.util.List;

/** One line of a document with its offset; line breaks may be \n, \r\n or \r. */
record Line(int begin, String text) {

  static List<Line> of(String document) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = document.length();
    for (int i = 0; i < n; i++) {
      char c = document.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(start, document.substring(start, i)));
        if (c == '\r' && i + 1 < n && document.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new Line(start, document.substring(start)));
    }
    return lines;
  }

  boolean blank() {
    return text.isBlank();
  }

  /** The line without leading and trailing white space. */
  String content() {
    return text.strip();
  }

  int contentBegin() {
    return begin + leadingSpace();
  }

  int contentEnd() {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return begin + end;
  }

  private int leadingSpace() {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
