package org.newsstance.ingest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding input bytes as UTF-8 without ever guessing: invalid input is reported, not repaired. */
public final class Utf8Text {
  /**
   * Stands for an invalid byte sequence in streams decoded record by record. U+FFFF is a
   * non-character, so it never occurs in valid text, unlike U+FFFD which may.
   */
  public static final char INVALID_MARK = '\uFFFF';

  private static final int BINARY_SNIFF_BYTES = 8192;

  private Utf8Text() {}

  /** A decoded text, or the reason it could not be decoded. Exactly one of the two is set. */
  public record Decoded(String text, QuarantineReason problem, String detail) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Decodes a whole file strictly; rejects binary content and invalid UTF-8 with the byte offset.
   */
  public static Decoded decodeStrict(byte[] bytes) {
    // UTF-16 is text, but its every other byte is NUL: say how to convert it, not "binary".
    if (hasUtf16Bom(bytes)) {
      return new Decoded(
          null,
          QuarantineReason.INVALID_UTF8,
          "UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; re-encode the file as"
              + " UTF-8 (e.g. iconv -f utf-16 -t utf-8)");
    }
    if (looksBinary(bytes)) {
      return new Decoded(
          null,
          QuarantineReason.BINARY,
          "the file holds binary data (NUL or control bytes), not text; remove it from the corpus folder");
    }
    int start = hasBom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Decoded(
          null,
          QuarantineReason.INVALID_UTF8,
          "not valid UTF-8 at byte "
              + in.position()
              + "; re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)");
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), null, null);
  }

  /**
   * A reader for record-oriented files (JSON Lines, CSV) that marks invalid bytes with {@link
   * #INVALID_MARK} instead of failing, so that one bad record is quarantined and the rest are read.
   */
  public static Reader lenientReader(InputStream in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(INVALID_MARK));
    return new InputStreamReader(in, decoder);
  }

  /** NUL bytes, or more than one control byte in ten, in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return n > 0 && controls * 10 > n;
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
            || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff));
  }

  static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
  }

  /** Removes a leading byte-order mark, which some editors write and which is not text. */
  public static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
