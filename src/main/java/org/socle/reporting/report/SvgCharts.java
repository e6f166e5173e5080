package org.socle.reporting.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.web.util.HtmlUtils;

/**
 * The quality report's charts as inline SVG, drawn on the server so that the page, its
 * print-out and the PDF show the same pictures without JavaScript. Scores run from 0 to
 * 100 with the rating bands' edges (30, 60, 85) marked. Only codes, dates and numbers are
 * written inside a chart (words go in the page around it, where Arabic is shaped), and
 * every chart has a table beside it with the same figures.
 */
final class SvgCharts {

	/** The bands' lower edges, worst first: D from 0, C from 30, B from 60, A from 85. */
	static final int[] BAND_EDGES = { 0, 30, 60, 85 };

	/** The colours of the rating badges, A to D (assessments.css). */
	private static final String[] RATING_COLOURS = { "#146c43", "#0b5563", "#ffc107", "#b02a37" };

	/** A series' colour, by its index: the establishment first, then peers or domains. */
	private static final String[] PALETTE = { "#0d6efd", "#6c757d", "#d63384", "#fd7e14", "#198754", "#6f42c1",
			"#20c997", "#795548", "#0dcaf0", "#adb5bd" };

	private static final String SVG_START = "<svg xmlns=\"http://www.w3.org/2000/svg\" direction=\"ltr\" role=\"img\" ";

	private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\" ";

	private SvgCharts() {
	}

	/** A series' colour, for the legend beside a chart. */
	static String colour(int index) {
		return PALETTE[index % PALETTE.length];
	}

	/**
	 * A named line of values; a null value leaves a gap.
	 *
	 * @param strong drawn thicker (the overall score, the establishment)
	 */
	record Series(String name, List<BigDecimal> values, boolean strong) {

		Series {
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
		}

	}

	/**
	 * A bar from 0 to 100 split into the four bands, with a marker at the score.
	 * @param label the chart's accessible name
	 */
	static String band(BigDecimal score, String label) {
		int width = 600;
		int left = 10;
		int scale = 580;
		StringBuilder svg = new StringBuilder(SVG_START).append(FONT)
			.append("width=\"" + width + "\" height=\"64\" viewBox=\"0 0 600 64\" aria-label=\"")
			.append(escape(label))
			.append("\">");
		String[] letters = { "D", "C", "B", "A" };
		for (int band = 0; band < BAND_EDGES.length; band++) {
			int from = BAND_EDGES[band];
			int to = (band + 1 < BAND_EDGES.length) ? BAND_EDGES[band + 1] : 100;
			double x = left + scale * from / 100.0;
			double w = scale * (to - from) / 100.0;
			svg.append(rect(x, 18, w, 22, RATING_COLOURS[3 - band], 0.85));
			svg.append(text(x + w / 2, 33, letters[band], "middle", 11, (band == 1) ? "#212529" : "#ffffff", true));
			svg.append(text(x, 56, Integer.toString(from), (from == 0) ? "start" : "middle", 10, "#495057", false));
		}
		svg.append(text(left + scale, 56, "100", "end", 10, "#495057", false));
		if (score != null) {
			double x = left + scale * Math.max(0, Math.min(100, score.doubleValue())) / 100.0;
			svg.append(line(x, 12, x, 44, "#212529", 3, null));
			svg.append(
					"<path d=\"M" + num(x - 6) + " 4 L" + num(x + 6) + " 4 L" + num(x) + " 12 Z\" fill=\"#212529\"/>");
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A radar with one axis per domain (clockwise from the top) and rings at the bands'
	 * edges.
	 */
	static String radar(List<String> axes, List<Series> series, String label) {
		int size = 340;
		double centre = size / 2.0;
		double radius = 125;
		int n = Math.max(axes.size(), 1);
		StringBuilder svg = new StringBuilder(SVG_START).append(FONT)
			.append("width=\"" + size + "\" height=\"" + size + "\" viewBox=\"0 0 " + size + " " + size
					+ "\" aria-label=\"")
			.append(escape(label))
			.append("\">");
		for (int ring : new int[] { 30, 60, 85, 100 }) {
			svg.append(polygon(n, (i) -> point(centre, radius * ring / 100.0, i, n), "none", "#ced4da", 1,
					(ring == 100) ? null : "4 3"));
			svg.append(text(centre + 3, centre - radius * ring / 100.0 - 2, Integer.toString(ring), "start", 9,
					"#6c757d", false));
		}
		for (int i = 0; i < axes.size(); i++) {
			double[] end = point(centre, radius, i, n);
			svg.append(line(centre, centre, end[0], end[1], "#ced4da", 1, null));
			double[] at = point(centre, radius + 16, i, n);
			svg.append(text(at[0], at[1] + 4, axes.get(i), "middle", 11, "#212529", true));
		}
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			String colour = colour(s);
			svg.append(polygon(n, (i) -> point(centre, radius * value(one, i) / 100.0, i, n), colour, colour,
					one.strong() ? 2.5 : 1.5, one.strong() ? null : "5 3"));
			for (int i = 0; i < one.values().size(); i++) {
				if (one.values().get(i) != null) {
					double[] p = point(centre, radius * value(one, i) / 100.0, i, n);
					svg.append(circle(p[0], p[1], one.strong() ? 3.5 : 2.5, colour));
				}
			}
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Lines over time, one point per assessment (evenly spaced), with the bands' edges as
	 * horizontal guides.
	 * @param xLabels a label per point (dates)
	 */
	static String lines(List<String> xLabels, List<Series> series, String label) {
		int width = 680;
		int height = 280;
		double left = 36;
		double right = width - 20;
		double top = 14;
		double bottom = height - 34;
		StringBuilder svg = new StringBuilder(SVG_START).append(FONT)
			.append("width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
					+ "\" aria-label=\"")
			.append(escape(label))
			.append("\">");
		for (int guide : new int[] { 0, 30, 60, 85, 100 }) {
			double y = bottom - (bottom - top) * guide / 100.0;
			svg.append(line(left, y, right, y, "#ced4da", 1, (guide == 0 || guide == 100) ? null : "4 3"));
			svg.append(text(left - 6, y + 3, Integer.toString(guide), "end", 10, "#6c757d", false));
		}
		int n = xLabels.size();
		IntFunction<Double> x = (i) -> (n == 1) ? (left + right) / 2 : left + 12 + (right - left - 24) * i / (n - 1.0);
		int every = Math.max(1, (int) Math.ceil(n / 8.0));
		for (int i = 0; i < n; i++) {
			if (i % every == 0 || i == n - 1) {
				svg.append(text(x.apply(i), bottom + 18, xLabels.get(i), "middle", 10, "#495057", false));
			}
		}
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			String colour = colour(s);
			StringBuilder path = new StringBuilder();
			boolean drawing = false;
			for (int i = 0; i < one.values().size() && i < n; i++) {
				BigDecimal value = one.values().get(i);
				if (value == null) {
					drawing = false;
					continue;
				}
				double y = bottom - (bottom - top) * value.doubleValue() / 100.0;
				path.append(drawing ? " L" : " M").append(num(x.apply(i))).append(' ').append(num(y));
				drawing = true;
				svg.append(circle(x.apply(i), y, one.strong() ? 3.5 : 2.5, colour));
			}
			if (!path.isEmpty()) {
				svg.append("<path d=\"")
					.append(path.toString().trim())
					.append("\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + (one.strong() ? 3 : 1.5)
							+ "\"/>");
			}
		}
		return svg.append("</svg>").toString();
	}

	private static double value(Series series, int index) {
		BigDecimal value = (index < series.values().size()) ? series.values().get(index) : null;
		return (value != null) ? Math.max(0, Math.min(100, value.doubleValue())) : 0;
	}

	/** The point at {@code distance} from the centre on axis {@code i} of {@code n}. */
	private static double[] point(double centre, double distance, int i, int n) {
		double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
		return new double[] { centre + distance * Math.cos(angle), centre + distance * Math.sin(angle) };
	}

	private static String polygon(int n, IntFunction<double[]> point, String fill, String stroke, double width,
			String dash) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < n; i++) {
			double[] p = point.apply(i);
			points.append(num(p[0])).append(',').append(num(p[1])).append(' ');
		}
		return "<polygon points=\"" + points.toString().trim() + "\" fill=\"" + fill + "\" fill-opacity=\""
				+ ("none".equals(fill) ? "0" : "0.12") + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width)
				+ "\"" + dash(dash) + "/>";
	}

	private static String line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
		return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
				+ "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width) + "\"" + dash(dash) + "/>";
	}

	private static String rect(double x, double y, double w, double h, String fill, double opacity) {
		return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
				+ "\" fill=\"" + fill + "\" fill-opacity=\"" + num(opacity) + "\"/>";
	}

	private static String circle(double x, double y, double r, String fill) {
		return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + "\" fill=\"" + fill + "\"/>";
	}

	private static String text(double x, double y, String text, String anchor, int size, String fill, boolean bold) {
		return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
				+ "\" fill=\"" + fill + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + escape(text) + "</text>";
	}

	private static String dash(String dash) {
		return (dash != null) ? " stroke-dasharray=\"" + dash + "\"" : "";
	}

	/**
	 * A coordinate to one decimal, as {@code %.1f} would write it but without a
	 * {@code Formatter}: those calls were 5 % of the report's CPU at L.
	 */
	static String num(double value) {
		long tenths = Math.round(Math.abs(value) * 10);
		return ((value < 0) ? "-" : "") + (tenths / 10) + "." + (tenths % 10);
	}

	/** XML-safe text (the PDF's document is parsed as XML). */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
