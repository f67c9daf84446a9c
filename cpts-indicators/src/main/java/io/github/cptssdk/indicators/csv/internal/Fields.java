package io.github.cptssdk.indicators.csv.internal;

/** Parsing of field bytes without allocation. Each method returns -1 for a bad value. */
public final class Fields {

  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private Fields() {}

  /** @return the birth year (4 digits, 1850..2200), or -1 */
  public static int year(byte[] b, int s, int e) {
    if (e - s != 4) {
      return -1;
    }
    int v = digits(b, s, e);
    return v >= 1850 && v <= 2200 ? v : -1;
  }

  /** @return the value of a string of digits, or -1 (at most 9 digits) */
  public static int digits(byte[] b, int s, int e) {
    if (e <= s || e - s > 9) {
      return -1;
    }
    int v = 0;
    for (int i = s; i < e; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** @return 0 or 1, or -1 */
  public static int flag(byte[] b, int s, int e) {
    if (e - s != 1) {
      return -1;
    }
    return b[s] == '0' ? 0 : b[s] == '1' ? 1 : -1;
  }

  /** @return 0 for male (M, 1), 1 for female (F, 2), or -1 */
  public static int sex(byte[] b, int s, int e) {
    if (e - s != 1) {
      return -1;
    }
    switch (b[s]) {
      case 'M', 'm', '1':
        return 0;
      case 'F', 'f', '2':
        return 1;
      default:
        return -1;
    }
  }

  /** @return the day since 1970-01-01 of an ISO date (1..65535), 0 for empty, or -1 */
  public static int day(byte[] b, int s, int e) {
    if (e == s) {
      return 0;
    }
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
      return -1;
    }
    int y = digits(b, s, s + 4);
    int m = digits(b, s + 5, s + 7);
    int d = digits(b, s + 8, s + 10);
    if (y < 1970 || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1] || (m == 2 && d == 29 && !leap(y))) {
      return -1;
    }
    long epoch = epochDay(y, m, d);
    return epoch >= 1 && epoch <= Character.MAX_VALUE ? (int) epoch : -1;
  }

  private static boolean leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  /** Days since 1970-01-01 (same algorithm as {@link java.time.LocalDate#toEpochDay()}). */
  static long epochDay(int y, int m, int d) {
    long total = 365L * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * m - 362) / 12;
    total += d - 1;
    if (m > 2) {
      total--;
      if (!leap(y)) {
        total--;
      }
    }
    return total - 719528L;
  }

  /** @return true if empty or 11 digits (an RPPS number) */
  public static boolean rppsOrEmpty(byte[] b, int s, int e) {
    if (e == s) {
      return true;
    }
    if (e - s != 11) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return a 64-bit hash of the bytes (for duplicate detection) */
  public static long hash(byte[] b, int s, int e) {
    long h = 0x9E3779B97F4A7C15L ^ (e - s);
    for (int i = s; i < e; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    h *= 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 31);
  }
}
