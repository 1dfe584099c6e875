package org.newsstance.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsstance.cli.NewsstanceCommand;

/** One command line run in-process, with what it printed, as a user would see it. */
public record CommandRun(int exitCode, String out, String err) {
  public static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        NewsstanceCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
