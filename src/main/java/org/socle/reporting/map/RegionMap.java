package org.socle.reporting.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Morocco's 12 regions as SVG paths, drawn once at start-up from the TopoJSON bundled in
 * {@code geo/} (morocco-map, ODbL): no tile server and no CDN, so the map works offline.
 * Coordinates are projected equirectangularly, scaled by the cosine of the mean latitude
 * so that shapes keep their proportions, and points closer than half a pixel to the
 * previous one are dropped arc by arc, which keeps shared borders identical on both sides
 * and the page light.
 */
@Component
public class RegionMap {

	static final String GEOMETRY = "geo/morocco-regions.topo.json";

	private static final double WIDTH = 600;

	private static final double MIN_STEP = 0.5;

	private final Map<String, String> paths;

	private final double height;

	private final Projection projection;

	public RegionMap() {
		JsonNode topology = read();
		Projection projection = Projection.fitting(topology, WIDTH);
		List<List<double[]>> arcs = decodeArcs(topology, projection);
		Map<String, String> paths = new LinkedHashMap<>();
		for (JsonNode region : topology.get("objects").get("regions").get("geometries")) {
			paths.put(region.get("id").asString(), path(region, arcs));
		}
		this.paths = Map.copyOf(paths);
		this.height = projection.height();
		this.projection = projection;
	}

	/**
	 * Where a place falls on the map, in the {@link #viewBox()}'s coordinates: x, then y.
	 */
	public double[] point(double longitude, double latitude) {
		return this.projection.apply(longitude, latitude);
	}

	/** SVG path data by ISO 3166-2 region code ({@code MA-01} … {@code MA-12}). */
	public Map<String, String> paths() {
		return this.paths;
	}

	/** The {@code viewBox} the paths are drawn in. */
	public String viewBox() {
		return String.format(Locale.ROOT, "0 0 %.0f %.0f", WIDTH, Math.ceil(this.height));
	}

	private static JsonNode read() {
		try (InputStream in = new ClassPathResource(GEOMETRY).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + GEOMETRY, ex);
		}
	}

	/**
	 * Arcs are delta-encoded integers; the transform turns them into longitude and
	 * latitude.
	 */
	private static List<List<double[]>> decodeArcs(JsonNode topology, Projection projection) {
		JsonNode scale = topology.get("transform").get("scale");
		JsonNode translate = topology.get("transform").get("translate");
		List<List<double[]>> arcs = new ArrayList<>();
		for (JsonNode arc : topology.get("arcs")) {
			List<double[]> points = new ArrayList<>();
			long x = 0;
			long y = 0;
			for (JsonNode delta : arc) {
				x += delta.get(0).asLong();
				y += delta.get(1).asLong();
				double[] point = projection.apply(x * scale.get(0).asDouble() + translate.get(0).asDouble(),
						y * scale.get(1).asDouble() + translate.get(1).asDouble());
				boolean last = points.size() == arc.size() - 1;
				if (points.isEmpty() || last || far(points.get(points.size() - 1), point)) {
					points.add(point);
				}
			}
			arcs.add(points);
		}
		return arcs;
	}

	private static boolean far(double[] a, double[] b) {
		return Math.abs(a[0] - b[0]) >= MIN_STEP || Math.abs(a[1] - b[1]) >= MIN_STEP;
	}

	private static String path(JsonNode region, List<List<double[]>> arcs) {
		StringBuilder d = new StringBuilder();
		boolean multi = region.get("type").asString().equals("MultiPolygon");
		for (JsonNode polygonOrRing : region.get("arcs")) {
			if (multi) {
				polygonOrRing.forEach(ring -> ring(ring, arcs, d));
			}
			else {
				ring(polygonOrRing, arcs, d);
			}
		}
		return d.toString();
	}

	/**
	 * A ring joins arcs end to start; a negative index {@code ~i} walks arc i backwards.
	 */
	private static void ring(JsonNode ring, List<List<double[]>> arcs, StringBuilder d) {
		boolean first = true;
		for (JsonNode index : ring) {
			int i = index.asInt();
			List<double[]> arc = arcs.get(i >= 0 ? i : ~i);
			if (i < 0) {
				arc = new ArrayList<>(arc);
				Collections.reverse(arc);
			}
			for (int p = first ? 0 : 1; p < arc.size(); p++) {
				d.append(first && p == 0 ? 'M' : 'L')
					.append(String.format(Locale.ROOT, "%.1f,%.1f", arc.get(p)[0], arc.get(p)[1]));
			}
			first = false;
		}
		d.append('Z');
	}

	/** Longitude and latitude to pixels, fitted to the bounding box of every arc. */
	private record Projection(double west, double north, double cosLat, double pixelsPerDegree, double height) {

		static Projection fitting(JsonNode topology, double width) {
			JsonNode scale = topology.get("transform").get("scale");
			JsonNode translate = topology.get("transform").get("translate");
			double west = Double.MAX_VALUE;
			double east = -Double.MAX_VALUE;
			double south = Double.MAX_VALUE;
			double north = -Double.MAX_VALUE;
			for (JsonNode arc : topology.get("arcs")) {
				long x = 0;
				long y = 0;
				for (JsonNode delta : arc) {
					x += delta.get(0).asLong();
					y += delta.get(1).asLong();
					double lon = x * scale.get(0).asDouble() + translate.get(0).asDouble();
					double lat = y * scale.get(1).asDouble() + translate.get(1).asDouble();
					west = Math.min(west, lon);
					east = Math.max(east, lon);
					south = Math.min(south, lat);
					north = Math.max(north, lat);
				}
			}
			double cosLat = Math.cos(Math.toRadians((north + south) / 2));
			double pixelsPerDegree = width / ((east - west) * cosLat);
			return new Projection(west, north, cosLat, pixelsPerDegree, (north - south) * pixelsPerDegree);
		}

		double[] apply(double lon, double lat) {
			return new double[] { (lon - this.west) * this.cosLat * this.pixelsPerDegree,
					(this.north - lat) * this.pixelsPerDegree };
		}

	}

}
