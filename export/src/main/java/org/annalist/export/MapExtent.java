package org.annalist.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the world a map shows: the box around its points, widened so that a few nearby bases
 * still show the countries around them, as a GeoJSON feature for Vega-Lite's {@code projection.fit}.
 * The report page and the map chart use the same extent.
 */
final class MapExtent {
  /** The least span shown, in degrees of longitude and latitude. */
  private static final double MIN_LON_SPAN = 14;
  private static final double MIN_LAT_SPAN = 7;
  /** How much wider than the points' own box the view is. */
  private static final double MARGIN = 1.4;

  private MapExtent() { }

  /** The extent around {@code lonLat} pairs, or empty when there are none (the map then shows the world). */
  static Optional<Map<String, Object>> of(List<double[]> lonLat) {
    if (lonLat.isEmpty()) {
      return Optional.empty();
    }
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (double[] p : lonLat) {
      x0 = Math.min(x0, p[0]);
      x1 = Math.max(x1, p[0]);
      y0 = Math.min(y0, p[1]);
      y1 = Math.max(y1, p[1]);
    }
    double cx = (x0 + x1) / 2;
    double cy = (y0 + y1) / 2;
    double dx = Math.max(MIN_LON_SPAN, (x1 - x0) * MARGIN) / 2;
    double dy = Math.max(MIN_LAT_SPAN, (y1 - y0) * MARGIN) / 2;
    // Mercator cannot show the poles; the view stops short of them
    List<List<Double>> corners = List.of(List.of(Math.max(-180, cx - dx), Math.max(-80, cy - dy)),
        List.of(Math.min(180, cx + dx), Math.min(84, cy + dy)));
    Map<String, Object> geometry = new LinkedHashMap<>();
    geometry.put("type", "MultiPoint");
    geometry.put("coordinates", corners);
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("properties", Map.of());
    feature.put("geometry", geometry);
    return Optional.of(feature);
  }
}
