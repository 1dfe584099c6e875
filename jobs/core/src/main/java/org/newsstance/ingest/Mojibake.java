package org.newsstance.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as Latin-1 or Windows-1252 and saved again, so
 * that {@code ’} reads {@code â€™} or {@code â} followed by two invisible C1 control characters.
 * Scraped news often carries it (a third of PerSenT's articles do). Left alone it glues quotes and
 * apostrophes to words ({@code Schumerâs}), so the name is not found and the sentence parses badly.
 *
 * <p>Why this is not guessing, unlike decoding invalid bytes (which {@link Utf8Text} refuses): a
 * sequence is replaced only when its characters, read back as single bytes, form exactly one valid
 * UTF-8 character, and when that reading is the only plausible one — a continuation byte in
 * 0x80–0x9F (a C1 control, or one of Windows-1252's substitutes such as {@code €} or {@code ™}),
 * which intended text never holds after {@code â}/{@code Ã}-like letters, or a lead byte 0xC2/0xC3
 * ({@code Â}, {@code Ã}) followed by a Latin-1 symbol or letter ({@code Ã©} for {@code é}), a pair
 * that does not occur in the languages the job reads. Damage that lost bytes ({@code â¦}) is left
 * as it is, except the one form that cannot be read otherwise: an apostrophe inside an English
 * contraction ({@code itâs}, see {@link #LOST_APOSTROPHE}).
 */
public final class Mojibake {
  /** The repaired text and how many sequences were replaced (0: the input unchanged). */
  public record Repaired(String text, int sequences) {}

  /** What Windows-1252 shows for the bytes 0x80–0x9F, in byte order (U+FFFD where undefined). */
  private static final String WINDOWS_1252_HIGH = windows1252High();

  private Mojibake() {}

  private static String windows1252High() {
    byte[] high = new byte[0x20];
    for (int k = 0; k < high.length; k++) {
      high[k] = (byte) (0x80 + k);
    }
    return new String(high, Charset.forName("windows-1252"));
  }

  /**
   * An apostrophe whose two continuation bytes were lost (PerSenT stripped its control characters):
   * {@code â} inside an English contraction, {@code Weinsteinâs}, {@code donât}, {@code youâre}.
   * Only these endings, and {@code t} after {@code n}, {@code m}/{@code d} after pronouns, so that
   * words that hold {@code â} (Vietnamese {@code Lâm}, Romanian {@code cât}) are left alone.
   */
  private static final Pattern LOST_APOSTROPHE =
      Pattern.compile(
          "(?<=\\p{L})\u00e2(?=(?:s|re|ve|ll)(?!\\p{L}))"
              + "|(?<=n)\u00e2(?=t(?!\\p{L}))"
              + "|(?<=\\b(?:I|i|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey))\u00e2(?=[md](?!\\p{L}))");

  public static Repaired repair(String text) {
    Repaired bytes = repairSequences(text);
    Matcher lost = LOST_APOSTROPHE.matcher(bytes.text());
    int apostrophes = 0;
    StringBuilder out = new StringBuilder();
    while (lost.find()) {
      lost.appendReplacement(out, "\u2019");
      apostrophes++;
    }
    if (apostrophes == 0) {
      return bytes;
    }
    lost.appendTail(out);
    return new Repaired(out.toString(), bytes.sequences() + apostrophes);
  }

  private static Repaired repairSequences(String text) {
    StringBuilder out = null;
    int repaired = 0;
    int copiedUpTo = 0;
    int i = 0;
    while (i < text.length()) {
      int length = sequenceLength(byteOf(text.charAt(i)));
      if (length > 1 && i + length <= text.length()) {
        String decoded = decode(text, i, length);
        if (decoded != null) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copiedUpTo, i).append(decoded);
          repaired++;
          i += length;
          copiedUpTo = i;
          continue;
        }
      }
      i++;
    }
    if (out == null) {
      return new Repaired(text, 0);
    }
    out.append(text, copiedUpTo, text.length());
    return new Repaired(out.toString(), repaired);
  }

  /** UTF-8 sequence length announced by a lead byte the rules accept; 0 otherwise. */
  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  /** The one character the sequence stands for, or null when the rules do not accept it. */
  private static String decode(String text, int begin, int length) {
    byte[] bytes = new byte[length];
    boolean c1Range = false;
    for (int k = 0; k < length; k++) {
      int b = byteOf(text.charAt(begin + k));
      if (b < 0 || (k > 0 && (b < 0x80 || b > 0xBF))) {
        return null;
      }
      c1Range |= k > 0 && b <= 0x9F;
      bytes[k] = (byte) b;
    }
    boolean latinPair = length == 2 && (bytes[0] == (byte) 0xC2 || bytes[0] == (byte) 0xC3);
    if (!c1Range && !latinPair) {
      return null;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The byte a character stood for when UTF-8 was misread as Latin-1 (U+0000–U+00FF) or
   * Windows-1252 (its printable characters for 0x80–0x9F, such as € and ™); -1 for any other.
   */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int index = c == '\uFFFD' ? -1 : WINDOWS_1252_HIGH.indexOf(c);
    return index < 0 ? -1 : 0x80 + index;
  }
}
