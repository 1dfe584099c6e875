package org.newsstance.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for options that count something, so that a value that makes no sense is refused with
 * exit code 2 before any work ("--keep-snapshots 0" used to keep one, "--max-sentence-tokens 0" to
 * skip the parser for every sentence).
 */
final class Counts {
  private Counts() {}

  /** 1 or more. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 1);
    }
  }

  /** 0 or more (0 meaning "choose for me" where the option says so). */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 0);
    }
  }

  private static int atLeast(String value, int min) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (n < min) {
      throw new TypeConversionException(n + " is less than " + min);
    }
    return n;
  }
}
