package org.newsstance.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A result as aligned columns, in the manner of psql: numbers to the right, text to the left, NULL
 * spelled out, line breaks shown as \n so that one row stays one line, and cells longer than a
 * width cut with an ellipsis (documents.text would otherwise fill the screen).
 */
final class AlignedTable {
  private static final String ELLIPSIS = "…";
  private final QueryResult result;
  private final int maxCellWidth;

  AlignedTable(QueryResult result, int maxCellWidth) {
    this.result = result;
    this.maxCellWidth = Math.max(ELLIPSIS.length() + 1, maxCellWidth);
  }

  void write(PrintWriter out) {
    if (result.columns().isEmpty()) {
      out.println("OK");
      return;
    }
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      cells.add(row.stream().map(this::cell).toList());
    }
    int[] widths = new int[result.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = length(cut(result.columns().get(c)));
      for (List<String> row : cells) {
        widths[c] = Math.max(widths[c], length(row.get(c)));
      }
    }
    List<String> header = new ArrayList<>();
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      header.add(pad(cut(result.columns().get(c)), widths[c], false));
      rule.add("-".repeat(widths[c]));
    }
    out.println(" " + String.join(" | ", header).stripTrailing());
    out.println("-" + String.join("-+-", rule) + "-");
    for (int r = 0; r < cells.size(); r++) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < widths.length; c++) {
        line.add(pad(cells.get(r).get(c), widths[c], isNumber(result.rows().get(r).get(c))));
      }
      out.println(" " + String.join(" | ", line).stripTrailing());
    }
    int n = cells.size();
    out.println(String.format(Locale.ROOT, "(%d %s)", n, n == 1 ? "row" : "rows"));
  }

  private String cell(Object value) {
    if (value == null) {
      return "NULL";
    }
    String text =
        ResultFormat.text(value).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return cut(text);
  }

  private String cut(String text) {
    if (length(text) <= maxCellWidth) {
      return text;
    }
    int end = text.offsetByCodePoints(0, maxCellWidth - ELLIPSIS.length());
    return text.substring(0, end) + ELLIPSIS;
  }

  private static boolean isNumber(Object value) {
    return value instanceof Number;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(width - length(text));
    return right ? spaces + text : text + spaces;
  }
}
