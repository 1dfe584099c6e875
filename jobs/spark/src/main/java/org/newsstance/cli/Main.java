package org.newsstance.cli;

/**
 * Entry point for {@code bin/newsstance} and {@code spark-submit --class org.newsstance.cli.Main}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    NewsstanceCommand.printUtf8();
    System.exit(NewsstanceCommand.execute(args));
  }
}
