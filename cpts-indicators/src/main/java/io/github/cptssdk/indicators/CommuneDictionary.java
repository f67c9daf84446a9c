package io.github.cptssdk.indicators;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.territory.Commune;
import io.github.cptssdk.core.territory.CommuneReferential;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The dictionary that encodes communes as small integers in a {@link PatientBatch}: every commune
 * and arrondissement municipal of a referential, in a fixed order. Immutable and thread-safe; lookups
 * by code are a hash probe on the 5 characters, without allocation.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CommuneDictionary {

  private final List<Commune> communes;
  private final long[] keys;
  private final int[] slots;
  private final int mask;

  private CommuneDictionary(List<Commune> communes) {
    this.communes = List.copyOf(communes);
    int cap = Integer.highestOneBit(Math.max(4, communes.size() * 3)) << 1;
    this.keys = new long[cap];
    this.slots = new int[cap];
    this.mask = cap - 1;
    Arrays.fill(slots, -1);
    for (int i = 0; i < communes.size(); i++) {
      insert(pack(communes.get(i).code().value()), i);
    }
  }

  /**
   * Builds the dictionary of a referential.
   *
   * @param referential the communes to encode
   * @return the dictionary of every commune and arrondissement municipal of the referential
   * @throws NullPointerException if {@code referential} is null
   */
  public static CommuneDictionary of(CommuneReferential referential) {
    Objects.requireNonNull(referential, "referential");
    List<Commune> all = new ArrayList<>(referential.communes());
    all.addAll(referential.municipalArrondissements());
    return new CommuneDictionary(all);
  }

  /** @return the number of communes */
  public int size() {
    return communes.size();
  }

  /**
   * The commune of an index.
   *
   * @param index from 0 to {@link #size()} (exclusive)
   * @return the commune of index {@code index}
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Commune commune(int index) {
    return communes.get(index);
  }

  /** @return every commune, by index */
  public List<Commune> communes() {
    return communes;
  }

  /**
   * Looks a code up without allocating (case-insensitive for Corsica's {@code 2A}/{@code 2B}).
   *
   * @param code a 5-character INSEE code
   * @return the index of the commune with this code, or -1 if unknown or not 5 characters long
   */
  public int indexOf(CharSequence code) {
    if (code.length() != 5) {
      return -1;
    }
    long k = 0;
    for (int i = 0; i < 5; i++) {
      k = (k << 8) | (Character.toUpperCase(code.charAt(i)) & 0xFF);
    }
    return find(k);
  }

  /**
   * Looks a code up.
   *
   * @param code an INSEE commune code
   * @return the index of the commune with this code, if known
   */
  public Optional<Integer> indexOf(CommuneCode code) {
    int i = indexOf(code.value());
    return i < 0 ? Optional.empty() : Optional.of(i);
  }

  /**
   * Looks a code up in a byte buffer, as the CSV readers do, without decoding it.
   *
   * @param bytes the buffer
   * @param offset where the 5 ASCII bytes of the code start
   * @return the index of the commune whose code is the 5 bytes at {@code offset} (ASCII), or -1
   * @throws ArrayIndexOutOfBoundsException if fewer than 5 bytes follow {@code offset}
   */
  public int indexOf(byte[] bytes, int offset) {
    long k = 0;
    for (int i = 0; i < 5; i++) {
      int b = bytes[offset + i] & 0xFF;
      k = (k << 8) | (b >= 'a' && b <= 'z' ? b - 32 : b);
    }
    return find(k);
  }

  private int find(long key) {
    int h = hash(key);
    while (slots[h] >= 0) {
      if (keys[h] == key) {
        return slots[h];
      }
      h = (h + 1) & mask;
    }
    return -1;
  }

  private void insert(long key, int index) {
    int h = hash(key);
    while (slots[h] >= 0) {
      if (keys[h] == key) {
        return;
      }
      h = (h + 1) & mask;
    }
    keys[h] = key;
    slots[h] = index;
  }

  private int hash(long key) {
    long x = key * 0x9E3779B97F4A7C15L;
    return (int) (x >>> 40) & mask;
  }

  private static long pack(String code) {
    long k = 0;
    for (int i = 0; i < 5; i++) {
      k = (k << 8) | (code.charAt(i) & 0xFF);
    }
    return k;
  }
}
