package org.socle.assessment.score;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * SCORING.md's arithmetic redone on a {@code score.json} document with nothing but
 * integers, independently of the scoring engine: what an auditor's own tool would do.
 * Fractions are kept as reduced numerator / denominator pairs.
 */
final class PlainArithmetic {

	private PlainArithmetic() {
	}

	/** A non-negative fraction n / d, reduced. */
	record Fraction(BigInteger n, BigInteger d) implements Comparable<Fraction> {

		static Fraction of(long n, long d) {
			return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
		}

		static Fraction of(BigInteger n, BigInteger d) {
			BigInteger gcd = n.gcd(d);
			return gcd.signum() == 0 ? new Fraction(n, d) : new Fraction(n.divide(gcd), d.divide(gcd));
		}

		static Fraction parse(String text) {
			String[] parts = text.split("/");
			return (parts.length == 1) ? of(new BigInteger(parts[0]), BigInteger.ONE)
					: of(new BigInteger(parts[0]), new BigInteger(parts[1]));
		}

		Fraction plus(Fraction other) {
			return of(this.n.multiply(other.d).add(other.n.multiply(this.d)), this.d.multiply(other.d));
		}

		Fraction minus(Fraction other) {
			return of(this.n.multiply(other.d).subtract(other.n.multiply(this.d)), this.d.multiply(other.d));
		}

		Fraction times(long k) {
			return of(this.n.multiply(BigInteger.valueOf(k)), this.d);
		}

		Fraction over(long k) {
			return of(this.n, this.d.multiply(BigInteger.valueOf(k)));
		}

		/** Rounded half-up to a whole number (non-negative values). */
		int rounded() {
			return this.n.multiply(BigInteger.TWO).add(this.d).divide(this.d.multiply(BigInteger.TWO)).intValueExact();
		}

		@Override
		public int compareTo(Fraction other) {
			return this.n.multiply(other.d).compareTo(other.n.multiply(this.d));
		}

		@Override
		public String toString() {
			return this.d.equals(BigInteger.ONE) ? this.n.toString() : this.n + "/" + this.d;
		}

	}

	/**
	 * The overall score with the indicators in {@code raised} one level higher (max 4).
	 */
	static Fraction overall(JsonNode json, Set<String> raised) {
		return mean(json.get("domains"), (domain) -> domainScore(domain, raised));
	}

	static Fraction domainScore(JsonNode domain, Set<String> raised) {
		return mean(domain.get("criteria"), (criterion) -> criterionScore(criterion, raised));
	}

	/** 100 × Σ w·(L − 1) / Σ w·3 over the answered indicators; null if none. */
	static Fraction criterionScore(JsonNode criterion, Set<String> raised) {
		long numerator = 0;
		long denominator = 0;
		for (JsonNode indicator : criterion.get("indicators")) {
			Integer level = level(indicator, raised);
			if (level != null) {
				long weight = indicator.get("weight").asLong();
				numerator += weight * (level - 1);
				denominator += weight * 3;
			}
		}
		return (denominator == 0) ? null : Fraction.of(100 * numerator, denominator);
	}

	/** The rating of SCORING.md: band of the rounded score, then the caps. */
	static String rating(JsonNode json, Set<String> raised) {
		Fraction score = overall(json, raised);
		String rating = band(score.rounded());
		int criticalAtOne = 0;
		for (JsonNode domain : applicable(json.get("domains"))) {
			for (JsonNode criterion : applicable(domain.get("criteria"))) {
				for (JsonNode indicator : applicable(criterion.get("indicators"))) {
					if (indicator.get("critical").asBoolean() && Integer.valueOf(1).equals(level(indicator, raised))) {
						criticalAtOne++;
					}
				}
			}
			Fraction domainScore = domainScore(domain, raised);
			if (domainScore != null && band(domainScore.rounded()).equals("D")) {
				rating = worst(rating, "C");
			}
		}
		if (criticalAtOne >= 1) {
			rating = worst(rating, "C");
		}
		if (criticalAtOne >= 2) {
			rating = worst(rating, "D");
		}
		return rating;
	}

	static String band(int rounded) {
		return (rounded >= 85) ? "A" : (rounded >= 60) ? "B" : (rounded >= 30) ? "C" : "D";
	}

	private static String worst(String a, String b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	static Integer level(JsonNode indicator, Set<String> raised) {
		if (!indicator.get("applicable").asBoolean() || !"ANSWERED".equals(indicator.get("status").asString())) {
			return null;
		}
		int level = indicator.get("level").asInt();
		return raised.contains(indicator.get("code").asString()) ? Math.min(level + 1, 4) : level;
	}

	/** Codes of the answered indicators below level 4. */
	static List<String> raisable(JsonNode json) {
		List<String> codes = new ArrayList<>();
		for (JsonNode domain : applicable(json.get("domains"))) {
			for (JsonNode criterion : applicable(domain.get("criteria"))) {
				for (JsonNode indicator : applicable(criterion.get("indicators"))) {
					Integer level = level(indicator, Set.of());
					if (level != null && level < 4) {
						codes.add(indicator.get("code").asString());
					}
				}
			}
		}
		return codes;
	}

	private static List<JsonNode> applicable(JsonNode nodes) {
		List<JsonNode> list = new ArrayList<>();
		nodes.forEach((node) -> {
			if (node.get("applicable").asBoolean()) {
				list.add(node);
			}
		});
		return list;
	}

	/** Weighted mean of the children's scores over the children that have one. */
	private static Fraction mean(JsonNode children, java.util.function.Function<JsonNode, Fraction> score) {
		Fraction sum = Fraction.of(0, 1);
		long weights = 0;
		for (JsonNode child : applicable(children)) {
			Fraction value = score.apply(child);
			if (value != null) {
				long weight = child.get("weight").asLong();
				sum = sum.plus(value.times(weight));
				weights += weight;
			}
		}
		return (weights == 0) ? null : sum.over(weights);
	}

}
