package io.github.cptssdk.indicators.csv.internal;

/** An open-addressing set of longs (8 bytes a slot, load under 1/2). Not thread-safe. */
public final class LongSet {

  private long[] slots = new long[1 << 16];
  private boolean hasZero;
  private int size;

  /** @return true if added, false if already present */
  public boolean add(long v) {
    if (v == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    return insert(slots, v);
  }

  private boolean insert(long[] t, long v) {
    int mask = t.length - 1;
    int h = (int) (v ^ (v >>> 32)) & mask;
    while (t[h] != 0) {
      if (t[h] == v) {
        return false;
      }
      h = (h + 1) & mask;
    }
    t[h] = v;
    if (t == slots) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long v : old) {
      if (v != 0) {
        insert(slots, v);
      }
    }
  }
}
