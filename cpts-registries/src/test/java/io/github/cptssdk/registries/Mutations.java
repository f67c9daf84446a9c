package io.github.cptssdk.registries;

import java.util.Arrays;
import java.util.Random;

/** The byte mutations of the registries' fuzz tests: the same for every reader, with its own special bytes. */
public final class Mutations {

  private Mutations() {}

  /**
   * @param src a valid file
   * @param seed the seed of the mutation
   * @param specials the bytes that matter to the format (separators, quotes, encodings)
   * @return up to twelve bytes replaced by a special byte or a digit, and one time in four the file truncated
   */
  public static byte[] mutate(byte[] src, long seed, byte[] specials) {
    Random r = new Random(seed);
    byte[] b = src.clone();
    int edits = 1 + r.nextInt(12);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(b.length);
      b[at] = r.nextBoolean() ? specials[r.nextInt(specials.length)] : (byte) ('0' + r.nextInt(10));
    }
    if (r.nextInt(4) == 0) {
      b = Arrays.copyOf(b, r.nextInt(b.length));
    }
    return b;
  }
}
