package org.newsstance.bench;

/** Tokens analysed in some wall seconds. */
public record Rate(long tokens, double seconds) {
  public double tokensPerSecond() {
    return seconds > 0 ? tokens / seconds : 0;
  }
}
