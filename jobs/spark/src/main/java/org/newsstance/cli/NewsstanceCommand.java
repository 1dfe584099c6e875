package org.newsstance.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.newsstance.job.ExitCode;
import org.newsstance.job.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsstance} command and its subcommands; turns failures into messages and exit codes.
 */
@Command(
    name = "newsstance",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description =
        "How the news portrays each actor and what each actor stands for, paragraph by paragraph.",
    subcommands = {
      RunCommand.class,
      QueryCommand.class,
      SchemasCommand.class,
      EvaluateCommand.class,
      EvaluateStanceCommand.class,
      CoverageCommand.class,
      BenchCommand.class,
      BenchIncrementalCommand.class,
      TrainSentimentCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Run 'newsstance help run' for the options of the job, 'newsstance help query' for SQL over",
      "its tables; each with examples."
    })
public final class NewsstanceCommand {
  /** The longest example line in any command's help is 107 characters. */
  static final int USAGE_WIDTH = 110;

  private NewsstanceCommand() {}

  /** Runs the command line and returns the exit code; never throws. */
  public static int execute(String... args) {
    return execute(utf8(System.out), utf8(System.err), args);
  }

  /**
   * Makes the process's standard streams UTF-8: Java 17 encodes them in the locale's charset, so
   * under cron's POSIX locale the summary's "·" and any non-ASCII path printed as "?". For {@link
   * Main} only: a test JVM's streams are its runner's.
   */
  static void printUtf8() {
    System.setOut(utf8Stream(FileDescriptor.out));
    System.setErr(utf8Stream(FileDescriptor.err));
  }

  private static PrintStream utf8Stream(FileDescriptor fd) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
  }

  /** The same, printing to the given writers (tests read what a user would see). */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new NewsstanceCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Wide enough that no example command line in a footer wraps: copied, it must run as printed.
    cli.setUsageHelpWidth(USAGE_WIDTH);
    cli.setExecutionExceptionHandler(NewsstanceCommand::handle);
    // Subcommands do not inherit it: without this, "run --version" printed nothing.
    VersionInfo version = new VersionInfo();
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
    return cli.execute(args);
  }

  private static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    UserError userError = find(e);
    if (userError != null) {
      err.println(userError.render());
      return userError.exitCode().code();
    }
    if (org.apache.hadoop.util.ShutdownHookManager.get().isShutdownInProgress()) {
      // Stopped from outside (SIGTERM): the lock's shutdown hook has said so; what Spark throws
      // as it is torn down underneath the run is noise.
      return ExitCode.FAILED.code();
    }
    UserError failed = UserError.unexpected(e);
    err.println(failed.render());
    e.printStackTrace(err);
    return failed.exitCode().code();
  }

  /**
   * A UserError may arrive wrapped (by Spark, by a thread pool); the innermost one is the story.
   */
  private static UserError find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UserError u) {
        return u;
      }
    }
    return null;
  }
}
