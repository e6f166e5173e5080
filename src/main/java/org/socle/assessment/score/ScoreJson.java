package org.socle.assessment.score;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.socle.assessment.scoring.Answer;
import org.socle.assessment.scoring.Cap;
import org.socle.assessment.scoring.Counts;
import org.socle.assessment.scoring.CriterionResult;
import org.socle.assessment.scoring.DomainResult;
import org.socle.assessment.scoring.IndicatorResult;
import org.socle.assessment.scoring.Percent;
import org.socle.assessment.scoring.RatingResult;
import org.socle.assessment.scoring.ScoreReport;
import org.socle.assessment.workflow.AssessmentPage;
import org.socle.assessment.workflow.AssessmentPage.IndicatorRow;
import org.socle.assessment.workflow.AssessmentPage.Snapshot;
import org.socle.standard.CriterionView;
import org.socle.standard.DomainView;
import org.socle.standard.IndicatorView;
import org.socle.standard.StandardTreeView;

/**
 * The explanation tree as JSON (format {@code socle-score/1}, docs/assessments.md), so
 * that auditors' own tools can check the arithmetic: every node of the standard with its
 * code, weight and applicability; applicable ones with their status, level or score and
 * contribution; the rating with its caps. Every value on the 0–100 scale is given exactly
 * ({@code "700/9"}), as a decimal rounded to 6 places, and as displayed.
 */
final class ScoreJson {

	static final String FORMAT = "socle-score/1";

	private ScoreJson() {
	}

	static Map<String, Object> of(AssessmentPage page) {
		AssessmentPage.Header header = page.header();
		ScoreReport report = page.report();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		Map<String, Object> assessment = new LinkedHashMap<>();
		assessment.put("id", header.id());
		assessment.put("establishmentId", header.establishment().id());
		assessment.put("establishment", header.establishment().nameFr());
		assessment.put("category", header.category());
		assessment.put("kind", header.kind().name());
		assessment.put("status", header.status().name());
		assessment.put("referenceDate", header.referenceDate().toString());
		assessment.put("standard", header.standard().label());
		assessment.put("standardId", header.standard().id());
		json.put("assessment", assessment);
		json.put("score", percent(report.score()));
		json.put("rating", report.rating().map(ScoreJson::rating).orElse(null));
		json.put("coverage", percent(Optional.of(report.coverage())));
		json.put("counts", counts(report.counts()));
		json.put("canBeSubmitted", report.canBeSubmitted());
		json.put("submissionProblems",
				report.submissionProblems()
					.stream()
					.map((problem) -> Map.of("reason", problem.reason().name(), "indicators", problem.indicatorCodes()))
					.toList());
		Map<String, DomainResult> domains = new LinkedHashMap<>();
		report.domains().forEach((domain) -> domains.put(domain.code(), domain));
		Map<String, CriterionResult> criteria = new LinkedHashMap<>();
		report.domains().stream().flatMap((d) -> d.criteria().stream()).forEach((c) -> criteria.put(c.code(), c));
		Map<String, IndicatorRow> rows = new LinkedHashMap<>();
		page.indicators().forEach((row) -> rows.put(row.code(), row));
		StandardTreeView full = page.scored().applicable().full();
		json.put("domains", full.domains().stream().map((domain) -> domain(domain, domains, criteria, rows)).toList());
		return json;
	}

	private static Map<String, Object> domain(DomainView view, Map<String, DomainResult> domains,
			Map<String, CriterionResult> criteria, Map<String, IndicatorRow> rows) {
		DomainResult result = domains.get(view.code());
		Map<String, Object> node = node(view.code(), view.weight(), result != null);
		if (result != null) {
			node.put("score", percent(result.score()));
			node.put("contribution", percent(result.contribution()));
			node.put("rating", result.rating().map(ScoreJson::rating).orElse(null));
			node.put("counts", counts(result.counts()));
		}
		node.put("criteria",
				view.criteria().stream().map((criterion) -> criterion(criterion, criteria, rows)).toList());
		return node;
	}

	private static Map<String, Object> criterion(CriterionView view, Map<String, CriterionResult> criteria,
			Map<String, IndicatorRow> rows) {
		CriterionResult result = criteria.get(view.code());
		Map<String, Object> node = node(view.code(), view.weight(), result != null);
		if (result != null) {
			node.put("score", percent(result.score()));
			node.put("contribution", percent(result.contribution()));
			node.put("counts", counts(result.counts()));
		}
		node.put("indicators", view.indicators().stream().map((indicator) -> indicator(indicator, rows)).toList());
		return node;
	}

	private static Map<String, Object> indicator(IndicatorView view, Map<String, IndicatorRow> rows) {
		IndicatorRow row = rows.get(view.code());
		Map<String, Object> node = node(view.code(), view.weight(), row != null);
		node.put("critical", view.critical());
		node.put("answerType", view.answerType().name());
		node.put("naAllowed", view.naAllowed());
		if (view.answerType() == org.socle.standard.AnswerType.YES_NO) {
			node.put("yesLevel", view.yesLevel());
		}
		if (view.thresholds() != null) {
			Map<String, Object> thresholds = new LinkedHashMap<>();
			thresholds.put("t2", view.thresholds().t2());
			thresholds.put("t3", view.thresholds().t3());
			thresholds.put("t4", view.thresholds().t4());
			thresholds.put("direction", view.thresholds().direction().name());
			node.put("thresholds", thresholds);
			node.put("unit", (view.unit() != null) ? view.unit().symbol() : null);
			node.put("metricKey", view.isComputed() ? view.metricKey().name() : null);
		}
		node.put("sources", view.sources());
		if (row == null) {
			return node;
		}
		IndicatorResult result = row.result();
		node.put("status", result.status().name());
		node.put("answer", result.answer().map(ScoreJson::answer).orElse(null));
		node.put("level", result.level().orElse(null));
		node.put("contribution", percent(result.contribution()));
		Snapshot snapshot = row.snapshot();
		if (snapshot != null) {
			Map<String, Object> metric = new LinkedHashMap<>();
			metric.put("value", snapshot.value());
			metric.put("numerator", snapshot.numerator());
			metric.put("denominator", snapshot.denominator());
			metric.put("recordType", snapshot.recordType());
			metric.put("recordIds", snapshot.recordIds());
			metric.put("computedAt", (snapshot.computedAt() != null) ? snapshot.computedAt().toString() : null);
			node.put("snapshot", metric);
		}
		return node;
	}

	private static Map<String, Object> node(String code, int weight, boolean applicable) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("code", code);
		node.put("weight", weight);
		node.put("applicable", applicable);
		return node;
	}

	private static Object answer(Answer answer) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (answer instanceof Answer.Level level) {
			json.put("level", level.level());
		}
		else if (answer instanceof Answer.YesNo yesNo) {
			json.put("yes", yesNo.yes());
		}
		else if (answer instanceof Answer.Metric metric) {
			json.put("value", metric.value());
		}
		else {
			json.put("notApplicable", true);
		}
		return json;
	}

	private static Map<String, Object> rating(RatingResult rating) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("roundedScore", rating.roundedScore());
		json.put("band", rating.band().name());
		json.put("rating", rating.rating().name());
		json.put("caps", rating.caps().stream().map(ScoreJson::cap).toList());
		return json;
	}

	private static Map<String, Object> cap(Cap cap) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("reason", cap.reason().name());
		json.put("limit", cap.limit().name());
		json.put("indicators", cap.indicatorCodes());
		json.put("domains", cap.domainCodes());
		return json;
	}

	private static Map<String, Object> counts(Counts counts) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("applicable", counts.applicable());
		json.put("answered", counts.answered());
		json.put("notApplicable", counts.notApplicable());
		json.put("unanswered", counts.unanswered());
		return json;
	}

	/** Exact fraction, decimal to 6 places, and as shown; null when there is none. */
	static Map<String, Object> percent(Optional<Percent> percent) {
		if (percent.isEmpty()) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("exact", ScoreRecorder.exact(percent.get()));
		json.put("decimal", percent.get().exact().bigDecimalValue(6, RoundingMode.HALF_UP));
		json.put("display", percent.get().display().toPlainString());
		return json;
	}

}
