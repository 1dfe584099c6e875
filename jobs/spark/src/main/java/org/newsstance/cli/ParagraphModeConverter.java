package org.newsstance.cli;

import org.newsstance.segment.ParagraphMode;
import picocli.CommandLine.ITypeConverter;

/** Accepts {@code blank-line} and {@code line} (any case, dash or underscore). */
final class ParagraphModeConverter implements ITypeConverter<ParagraphMode> {
  @Override
  public ParagraphMode convert(String value) {
    return ParagraphMode.parse(value);
  }
}
