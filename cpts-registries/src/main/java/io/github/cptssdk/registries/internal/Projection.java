package io.github.cptssdk.registries.internal;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The projections of the legacy Etalab FINESS {@code geolocalisation} records, inverted to latitude and
 * longitude (degrees): Lambert 93 (EPSG:2154, mainland France and Corsica) and the UTM zones of the overseas
 * departments, named by the last token of {@code sourcecoordet} (reference document §2.2). Both on the
 * GRS80 ellipsoid (RGF93 and the overseas RGAF09/RGR92/RGM04/RGSPM06 frames agree with WGS84 within a
 * metre). Formulas: J. P. Snyder, "Map Projections: A Working Manual", USGS Professional Paper 1395 (1987),
 * §15 (Lambert conformal conic, two standard parallels) and §8 (transverse Mercator series); Lambert 93
 * parameters from the IGN definition (parallels 44° and 49°, origin 46°30'N 3°E, false easting 700 000 m,
 * false northing 6 600 000 m). Stateless.
 */
public final class Projection {

  /** GRS80 semi-major axis (m). */
  static final double A = 6_378_137.0;
  /** GRS80 flattening. */
  static final double F = 1 / 298.257222101;
  static final double E2 = 2 * F - F * F;
  static final double E = Math.sqrt(E2);

  private static final double L93_N;
  private static final double L93_AF;
  private static final double L93_RHO0;
  private static final double L93_LON0 = Math.toRadians(3);

  static {
    double p1 = Math.toRadians(44);
    double p2 = Math.toRadians(49);
    L93_N = (Math.log(m(p1)) - Math.log(m(p2))) / (Math.log(t(p1)) - Math.log(t(p2)));
    L93_AF = A * m(p1) / (L93_N * Math.pow(t(p1), L93_N));
    L93_RHO0 = L93_AF * Math.pow(t(Math.toRadians(46.5)), L93_N);
  }

  /** {@code sourcecoordet} system token: UTM zone number, negative in the southern hemisphere. */
  private static final Map<String, Integer> UTM = Map.of(
      "UTM_N20", 20, "UTM_N21", 21, "UTM_N22", 22, "UTM_S38", -38, "UTM_S40", -40);

  private Projection() {}

  /**
   * @param source the {@code sourcecoordet} field, e.g. {@code 1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93}
   * @param x the easting (m)
   * @param y the northing (m)
   * @return {latitude, longitude} in degrees, {NaN, NaN} if the point falls outside the area of use of
   *     its system, or null if the system is not one of the file's known systems
   */
  public static double @Nullable [] toLatLon(String source, double x, double y) {
    int comma = source.lastIndexOf(',');
    String system = source.substring(comma + 1).trim().toUpperCase(Locale.ROOT);
    if (system.equals("LAMBERT_93")) {
      double[] p = lambert93(x, y);
      // EPSG:2154 area of use: France mainland and Corsica, onshore and offshore
      return p[0] >= 41.15 && p[0] <= 51.56 && p[1] >= -9.86 && p[1] <= 10.38 ? p : new double[] {Double.NaN, Double.NaN};
    }
    Integer zone = UTM.get(system);
    if (zone == null) {
      return null;
    }
    double[] p = utm(Math.abs(zone), zone < 0, x, y);
    double meridian = Math.abs(zone) * 6 - 183;
    // a UTM zone is 6 degrees wide; the series hold a few degrees beyond, not across the globe
    return Math.abs(p[1] - meridian) <= 6 && Math.abs(p[0]) <= 84 ? p : new double[] {Double.NaN, Double.NaN};
  }

  /** @return {latitude, longitude} in degrees of a Lambert 93 point (Snyder eq. 15-9, 7-9, 14-11) */
  static double[] lambert93(double x, double y) {
    double dx = x - 700_000;
    double dy = L93_RHO0 - (y - 6_600_000);
    double rho = Math.hypot(dx, dy);
    double t = Math.pow(rho / L93_AF, 1 / L93_N);
    double lon = Math.atan2(dx, dy) / L93_N + L93_LON0;
    double phi = Math.PI / 2 - 2 * Math.atan(t);
    for (int i = 0; i < 20; i++) {
      double es = E * Math.sin(phi);
      double next = Math.PI / 2 - 2 * Math.atan(t * Math.pow((1 - es) / (1 + es), E / 2));
      if (Math.abs(next - phi) < 1e-13) {
        phi = next;
        break;
      }
      phi = next;
    }
    return new double[] {Math.toDegrees(phi), Math.toDegrees(lon)};
  }

  /** @return {latitude, longitude} in degrees of a UTM point (Snyder eq. 8-18 to 8-25, 3-26, 7-19) */
  static double[] utm(int zone, boolean south, double easting, double northing) {
    double k0 = 0.9996;
    double ep2 = E2 / (1 - E2);
    double x = easting - 500_000;
    double y = south ? northing - 10_000_000 : northing;
    double mu = y / k0 / (A * (1 - E2 / 4 - 3 * E2 * E2 / 64 - 5 * E2 * E2 * E2 / 256));
    double e1 = (1 - Math.sqrt(1 - E2)) / (1 + Math.sqrt(1 - E2));
    double phi1 = mu + (3 * e1 / 2 - 27 * Math.pow(e1, 3) / 32) * Math.sin(2 * mu)
        + (21 * e1 * e1 / 16 - 55 * Math.pow(e1, 4) / 32) * Math.sin(4 * mu)
        + (151 * Math.pow(e1, 3) / 96) * Math.sin(6 * mu) + (1097 * Math.pow(e1, 4) / 512) * Math.sin(8 * mu);
    double sin = Math.sin(phi1);
    double cos = Math.cos(phi1);
    double c1 = ep2 * cos * cos;
    double t1 = Math.tan(phi1) * Math.tan(phi1);
    double n1 = A / Math.sqrt(1 - E2 * sin * sin);
    double r1 = A * (1 - E2) / Math.pow(1 - E2 * sin * sin, 1.5);
    double d = x / (n1 * k0);
    double lat = phi1 - (n1 * Math.tan(phi1) / r1) * (d * d / 2
        - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * ep2) * Math.pow(d, 4) / 24
        + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * ep2 - 3 * c1 * c1) * Math.pow(d, 6) / 720);
    double lon = (d - (1 + 2 * t1 + c1) * Math.pow(d, 3) / 6
        + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * ep2 + 24 * t1 * t1) * Math.pow(d, 5) / 120) / cos;
    return new double[] {Math.toDegrees(lat), zone * 6 - 183 + Math.toDegrees(lon)};
  }

  private static double m(double phi) {
    return Math.cos(phi) / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
  }

  private static double t(double phi) {
    double es = E * Math.sin(phi);
    return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - es) / (1 + es), E / 2);
  }
}
