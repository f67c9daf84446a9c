package io.github.cptssdk.registries.supply;

/**
 * A set of keys of two longs, each with flags OR-ed on every add: the distinct (professional, profession,
 * commune) keys of {@link Supply} without an object per key (a national file has about a million). Open
 * addressing in 64 stripes, each behind its own lock, so that the reader's threads can add at once. Memory:
 * about 40 bytes per key.
 */
final class FlagTable {

  /** Marks a used slot (the flags of a key may be 0). */
  private static final int USED = 1 << 31;
  private static final int STRIPES = 64;

  private final Stripe[] stripes = new Stripe[STRIPES];

  FlagTable() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /** Receives a key and its flags. */
  @FunctionalInterface
  interface Visitor {
    void accept(long a, long b, int flags);
  }

  /** Adds the key if absent and ORs its flags. Thread-safe. */
  void or(long a, long b, int flags) {
    long h = hash(a, b);
    Stripe s = stripes[(int) (h >>> 58)];
    synchronized (s) {
      s.or(a, b, flags | USED, h);
    }
  }

  /** @return the flags of the key, or -1 if absent */
  int get(long a, long b) {
    long h = hash(a, b);
    Stripe s = stripes[(int) (h >>> 58)];
    synchronized (s) {
      return s.get(a, b, h);
    }
  }

  /** @return the number of keys */
  long size() {
    long n = 0;
    for (Stripe s : stripes) {
      synchronized (s) {
        n += s.size;
      }
    }
    return n;
  }

  /** Visits every key (not during adds). */
  void forEach(Visitor v) {
    for (Stripe s : stripes) {
      synchronized (s) {
        for (int i = 0; i < s.flags.length; i++) {
          if (s.flags[i] != 0) {
            v.accept(s.a[i], s.b[i], s.flags[i] & ~USED);
          }
        }
      }
    }
  }

  private static long hash(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L + b;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    return h ^ (h >>> 29);
  }

  private static final class Stripe {
    long[] a = new long[16];
    long[] b = new long[16];
    int[] flags = new int[16];
    int size;

    void or(long ka, long kb, int f, long h) {
      int mask = flags.length - 1;
      int i = (int) h & mask;
      while (flags[i] != 0) {
        if (a[i] == ka && b[i] == kb) {
          flags[i] |= f;
          return;
        }
        i = (i + 1) & mask;
      }
      a[i] = ka;
      b[i] = kb;
      flags[i] = f;
      if (++size * 4 > flags.length * 3) {
        grow();
      }
    }

    int get(long ka, long kb, long h) {
      int mask = flags.length - 1;
      int i = (int) h & mask;
      while (flags[i] != 0) {
        if (a[i] == ka && b[i] == kb) {
          return flags[i] & ~USED;
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    private void grow() {
      long[] oa = a;
      long[] ob = b;
      int[] of = flags;
      a = new long[of.length * 2];
      b = new long[of.length * 2];
      flags = new int[of.length * 2];
      size = 0;
      for (int i = 0; i < of.length; i++) {
        if (of[i] != 0) {
          or(oa[i], ob[i], of[i], hash(oa[i], ob[i]));
        }
      }
    }
  }
}
