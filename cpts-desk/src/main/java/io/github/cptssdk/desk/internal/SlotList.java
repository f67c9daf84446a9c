package io.github.cptssdk.desk.internal;

/**
 * An ordered list of capacity slots in which a full slot is skipped in near-constant time: a "next live
 * position" pointer per position, with path compression (union-find). Not thread-safe.
 */
final class SlotList {

  final int[] slots;
  private final int[] next;

  SlotList(int[] slots) {
    this.slots = slots;
    this.next = new int[slots.length + 1];
    for (int i = 0; i <= slots.length; i++) {
      next[i] = i;
    }
  }

  /** @return the first live position at or after {@code i} ({@code slots.length} if none) */
  int live(int i) {
    int root = i;
    while (next[root] != root) {
      root = next[root];
    }
    while (next[i] != root) {
      int n = next[i];
      next[i] = root;
      i = n;
    }
    return root;
  }

  /** Marks the slot at {@code position} full. */
  void kill(int position) {
    next[position] = position + 1;
  }
}
