package io.github.cptssdk.registries.finess;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A WGS84 position, from the FINESS+ {@code directionLatitude} / {@code directionLongitude} fields (the
 * {@code coordonneeX} / {@code coordonneeY} fields are projected and swapped: not used).
 *
 * @param latitude degrees, in [-90, 90]
 * @param longitude degrees, in [-180, 180]
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GeoPoint(double latitude, double longitude) {

  /**
   * @param latitude degrees
   * @param longitude degrees
   * @throws IllegalArgumentException if out of range or not finite
   */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("latitude must be in [-90, 90] and longitude in [-180, 180]");
    }
  }
}
