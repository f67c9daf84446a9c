package io.github.cptssdk.registries.finess;

import io.github.cptssdk.core.id.CommuneCode;
import io.github.cptssdk.core.id.FinessNumber;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes synthetic files shaped exactly like the legacy Etalab FINESS extraction (reference document
 * §2.2): manifest line, {@code structureet} records of 32 fields then {@code geolocalisation} records of
 * 6, {@code ;}, RFC 4180 quotes, CRLF, Windows-1252, overseas departments 9A-9J, coordinates in Lambert 93
 * or UTM (forward projections here, independent of the reader's inverse ones). Test-only: the format is
 * frozen, nothing writes it in production.
 */
final class EtalabFixture {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final List<String> structures = new ArrayList<>();
  private final List<String> geolocations = new ArrayList<>();

  /** Adds a site: its structure record and, if it has a location, its geolocation record. */
  EtalabFixture add(FinessSite s) {
    String[] f = new String[EtalabFinessReader.STRUCTURE_FIELDS];
    java.util.Arrays.fill(f, "");
    f[0] = "structureet";
    f[1] = s.finess().value();
    f[2] = s.legalEntity() == null ? "" : s.legalEntity().value();
    f[3] = s.name();
    f[4] = s.name();
    f[7] = "12";
    f[8] = "R";
    f[9] = "DE L'EGLISE";
    if (s.commune() != null) {
      String[] dc = departmentAndCommune(s.commune());
      f[12] = dc[1];
      f[13] = dc[0];
      f[14] = "DEPARTEMENT";
      f[15] = s.commune().value() + " VILLE";
    }
    f[16] = "0400000000";
    f[18] = s.category();
    f[19] = "Catégorie " + s.category();
    f[20] = "1102";
    f[21] = "Agrégat";
    f[22] = s.siret() == null ? "" : s.siret().value();
    f[23] = "8610Z";
    f[28] = s.opened() == null ? "" : s.opened().toString();
    f[29] = f[28];
    f[30] = "2026-05-04";
    structures.add(line(f));
    if (s.location() != null) {
      geolocations.add(geolocation(s.finess(), s.commune(), s.location()));
    }
    return this;
  }

  /** Adds a geolocation record of any text (for bad input). */
  EtalabFixture rawGeolocation(String line) {
    geolocations.add(line);
    return this;
  }

  /** Adds a structure record of any text (for bad input). */
  EtalabFixture rawStructure(String line) {
    structures.add(line);
    return this;
  }

  /** @return the data lines: structures then geolocations, as in the published file */
  List<String> lines() {
    List<String> out = new ArrayList<>(structures);
    out.addAll(geolocations);
    return out;
  }

  byte[] bytes(Charset charset) {
    return bytes(lines(), charset);
  }

  static byte[] bytes(List<String> lines, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder b = new StringBuilder("finess;etalab;111;2026-05-04\r\n");
    lines.forEach(l -> b.append(l).append("\r\n"));
    out.writeBytes(b.toString().getBytes(charset));
    return out.toByteArray();
  }

  static String line(String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      String v = fields[i];
      b.append(i == 0 ? "" : ";");
      b.append(v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return b.toString();
  }

  /** @return {departement, commune} as the Etalab file writes them: 9A-9F for 971-976, 9J for 98x */
  static String[] departmentAndCommune(CommuneCode c) {
    String v = c.value();
    if (v.startsWith("97")) {
      return new String[] {"9" + (char) ('A' + v.charAt(2) - '1'), v.substring(2)};
    }
    if (v.startsWith("98")) {
      return new String[] {"9J", v.substring(2)};
    }
    return new String[] {v.substring(0, 2), v.substring(2)};
  }

  /** @return the system token of {@code sourcecoordet} for a commune, or {@code WGS84_UNKNOWN} (not converted by the reader) */
  static String system(CommuneCode c) {
    String v = c.value();
    return switch (v.substring(0, 3)) {
      case "971", "972" -> "UTM_N20";
      case "973" -> "UTM_N22";
      case "974" -> "UTM_S40";
      case "975" -> "UTM_N21";
      case "976" -> "UTM_S38";
      default -> v.startsWith("98") ? "WGS84_UNKNOWN" : "LAMBERT_93";
    };
  }

  static String geolocation(FinessNumber finess, CommuneCode commune, GeoPoint p) {
    String system = commune == null ? "LAMBERT_93" : system(commune);
    double[] xy = switch (system) {
      case "LAMBERT_93" -> Forward.lambert93(p.latitude(), p.longitude());
      case "WGS84_UNKNOWN" -> new double[] {p.longitude(), p.latitude()};
      default -> Forward.utm(Integer.parseInt(system.substring(5)), p.latitude(), p.longitude());
    };
    return line("geolocalisation", finess.value(), String.format(Locale.ROOT, "%.3f", xy[0]),
        String.format(Locale.ROOT, "%.3f", xy[1]), "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2," + system, "2026-05-04");
  }

  static byte[] utf8(List<String> lines) {
    return bytes(lines, StandardCharsets.UTF_8);
  }

  /** Forward projections (Snyder 1987, eq. 15-1..15-4 and 8-9..8-10), the reader only inverts. */
  static final class Forward {
    static final double A = 6_378_137.0;
    static final double F = 1 / 298.257222101;
    static final double E2 = 2 * F - F * F;
    static final double E = Math.sqrt(E2);

    private Forward() {}

    static double[] lambert93(double latDeg, double lonDeg) {
      double p1 = Math.toRadians(44);
      double p2 = Math.toRadians(49);
      double n = (Math.log(m(p1)) - Math.log(m(p2))) / (Math.log(t(p1)) - Math.log(t(p2)));
      double af = A * m(p1) / (n * Math.pow(t(p1), n));
      double rho0 = af * Math.pow(t(Math.toRadians(46.5)), n);
      double rho = af * Math.pow(t(Math.toRadians(latDeg)), n);
      double theta = n * Math.toRadians(lonDeg - 3);
      return new double[] {700_000 + rho * Math.sin(theta), 6_600_000 + rho0 - rho * Math.cos(theta)};
    }

    static double[] utm(int zone, double latDeg, double lonDeg) {
      double k0 = 0.9996;
      double ep2 = E2 / (1 - E2);
      double phi = Math.toRadians(latDeg);
      double sin = Math.sin(phi);
      double n = A / Math.sqrt(1 - E2 * sin * sin);
      double t = Math.tan(phi) * Math.tan(phi);
      double c = ep2 * Math.cos(phi) * Math.cos(phi);
      double a = Math.toRadians(lonDeg - (zone * 6 - 183)) * Math.cos(phi);
      double e4 = E2 * E2;
      double e6 = e4 * E2;
      double mm = A * ((1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi - (3 * E2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
          + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi) - (35 * e6 / 3072) * Math.sin(6 * phi));
      double x = k0 * n * (a + (1 - t + c) * Math.pow(a, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * Math.pow(a, 5) / 120);
      double y = k0 * (mm + n * Math.tan(phi) * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
          + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * Math.pow(a, 6) / 720));
      return new double[] {x + 500_000, latDeg < 0 ? y + 10_000_000 : y};
    }

    private static double m(double phi) {
      return Math.cos(phi) / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
    }

    private static double t(double phi) {
      double es = E * Math.sin(phi);
      return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - es) / (1 + es), E / 2);
    }
  }
}
