package io.github.cptssdk.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Cheap byte-level mutations of a valid input, for the fuzz suites of every reader (issue 7): truncation,
 * deleted, duplicated or swapped ranges, random bytes, invalid UTF-8 sequences, inserted tokens (wrong
 * types, huge numbers, unknown enum values, bad dates), deep nesting and very long runs. Each call draws
 * from the given {@link Random} only, so that a seed reproduces an input. Shared through the cpts-core
 * test-jar.
 */
public final class Mutations {

  /** Tokens that break the type, range or syntax of a value, in JSON, XML and CSV alike. */
  public static final List<String> TOKENS = List.of(
      "null", "true", "false", "0", "-1", "1e999999", "-1e-999999", "99999999999999999999999999999999", "0.000001",
      "NaN", "\"\"", "\"x\"", "[]", "{}", "{", "}", "[", "]", ",", ":", "\"", "'", "\\", "\\u0000", "\\uD800",
      "\"2024-02-30\"", "\"+999999999-12-31\"", "\"0000-00-00\"", "\"2024-13-01\"", "\"9999-99-99\"", "2024-02-30",
      "1969-12-31", "2200-01-01", "UNKNOWN_VALUE", "\"UNKNOWN_VALUE\"", "\"unknownField\": 1,", "<x>", "</x>",
      "<?xml", "&amp;", "&unknown;", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "]]>", "\r", "\n", "\r\n", "\t",
      "\"19999990014\"", "19999990014", "\"1234\"", "\"99999\"", "\"2A999\"", "\"000000000\"", "\u00e9", "\uFEFF",
      "\uD83D\uDE00", "\u0000", "𝄞", "1,2,3,4,5,6,7,8,9,10,11,12,13", "\"\"\"", ",,,,,,,,", "-", "+", "e", ".");

  private static final byte[][] INVALID_UTF8 = {
      {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

  private Mutations() {}

  /** @return {@code valid} changed by 1 to 3 random mutations */
  public static byte[] mutate(byte[] valid, Random r) {
    byte[] out = valid;
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      out = mutateOnce(out, r);
    }
    return out;
  }

  /** @return {@code valid} (UTF-8 text) changed by 1 to 3 random mutations, as bytes */
  public static byte[] mutate(String valid, Random r) {
    return mutate(valid.getBytes(StandardCharsets.UTF_8), r);
  }

  /** @return the input with one mutation */
  public static byte[] mutateOnce(byte[] in, Random r) {
    int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
    switch (r.nextInt(12)) {
      case 0:
        return Arrays.copyOf(in, at);
      case 1:
        return delete(in, at, r.nextInt(1 + Math.min(64, in.length - at)));
      case 2:
        return insert(in, at, token(r).getBytes(StandardCharsets.UTF_8));
      case 3:
        return insert(in, at, INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);
      case 4:
        return replaceByte(in, r);
      case 5:
        return duplicate(in, at, r);
      case 6:
        return insert(in, at, nesting(r));
      case 7:
        return insert(in, at, repeat((byte) ('0' + r.nextInt(10)), 1 + r.nextInt(r.nextBoolean() ? 40 : 20_000)));
      case 8:
        return swapTokens(in, r);
      case 9:
        return replaceQuoted(in, r);
      case 10:
        return insert(in, at, repeat((byte) "ab\",\n\r<>{}[]".charAt(r.nextInt(12)), 1 + r.nextInt(300)));
      default:
        return replaceByte(replaceByte(in, r), r);
    }
  }

  /** @return a random element of {@link #TOKENS} */
  public static String token(Random r) {
    return TOKENS.get(r.nextInt(TOKENS.size()));
  }

  /** @return a prefix opening 10 to 5 000 nested arrays, objects or elements */
  public static byte[] nesting(Random r) {
    String[] openers = {"[", "{\"a\":", "<a>", "{\"a\":["};
    String opener = openers[r.nextInt(openers.length)];
    int depth = r.nextBoolean() ? 10 + r.nextInt(30) : 100 + r.nextInt(4_900);
    return opener.repeat(depth).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }

  private static byte[] delete(byte[] in, int at, int length) {
    byte[] out = new byte[in.length - length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(in, at + length, out, at, in.length - at - length);
    return out;
  }

  private static byte[] replaceByte(byte[] in, Random r) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    return out;
  }

  private static byte[] duplicate(byte[] in, int at, Random r) {
    int length = r.nextInt(1 + Math.min(400, in.length - at));
    return insert(in, at, Arrays.copyOfRange(in, at, at + length));
  }

  private static byte[] repeat(byte b, int n) {
    byte[] out = new byte[n];
    Arrays.fill(out, b);
    return out;
  }

  /** Swaps two random ranges of 1 to 20 bytes (moves values between fields of other types). */
  private static byte[] swapTokens(byte[] in, Random r) {
    if (in.length < 4) {
      return in;
    }
    int a = r.nextInt(in.length / 2);
    int b = in.length / 2 + r.nextInt(in.length - in.length / 2);
    int la = Math.min(1 + r.nextInt(20), in.length / 2 - a);
    int lb = Math.min(1 + r.nextInt(20), in.length - b);
    byte[] out = new byte[in.length];
    ByteCursor c = new ByteCursor(out);
    c.put(in, 0, a).put(in, b, lb).put(in, a + la, b - a - la).put(in, a, la).put(in, b + lb, in.length - b - lb);
    return Arrays.copyOf(out, c.at);
  }

  /** Replaces the text between a random pair of double quotes by a token or a changed digit. */
  private static byte[] replaceQuoted(byte[] in, Random r) {
    int start = indexOf(in, (byte) '"', in.length == 0 ? 0 : r.nextInt(in.length));
    int end = start < 0 ? -1 : indexOf(in, (byte) '"', start + 1);
    if (end < 0) {
      return in;
    }
    byte[] value = Arrays.copyOfRange(in, start + 1, end);
    byte[] replacement = r.nextBoolean() ? stripQuotes(token(r)) : changeDigit(value, r);
    return insert(delete(in, start + 1, end - start - 1), start + 1, replacement);
  }

  private static byte[] stripQuotes(String token) {
    String t = token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"") ? token.substring(1, token.length() - 1) : token;
    return t.getBytes(StandardCharsets.UTF_8);
  }

  /** Changes one digit of the value (breaks the check key of an identifier, or a date). */
  private static byte[] changeDigit(byte[] value, Random r) {
    byte[] out = value.clone();
    for (int i = 0; i < out.length; i++) {
      int p = (i + r.nextInt(Math.max(1, out.length))) % out.length;
      if (out[p] >= '0' && out[p] <= '9') {
        out[p] = (byte) ('0' + (out[p] - '0' + 1 + r.nextInt(9)) % 10);
        return out;
      }
    }
    return out;
  }

  private static int indexOf(byte[] in, byte b, int from) {
    for (int i = from; i < in.length; i++) {
      if (in[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Appends ranges to an array. */
  private static final class ByteCursor {
    private final byte[] out;
    private int at;

    ByteCursor(byte[] out) {
      this.out = out;
    }

    ByteCursor put(byte[] src, int from, int length) {
      if (length > 0) {
        System.arraycopy(src, from, out, at, length);
        at += length;
      }
      return this;
    }
  }
}
