package org.socle.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.assessment.ValidatedScore.AppliedCap;
import org.socle.assessment.ValidatedScore.DomainScore;
import org.socle.assessment.scoring.Cap;
import org.socle.assessment.scoring.Rating;
import org.socle.assessment.workflow.ScoringTrees;
import org.socle.standard.StandardSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scores of validated assessments as stored at validation (they never change), for
 * quality reports and dashboards: the latest of an establishment, its history, the latest
 * of many establishments at once. Three statements per call whatever the number of
 * assessments (the standards' codes come from a cache).
 * <p>
 * No access check here: callers show these figures only to whoever may read the
 * establishment ({@link org.socle.establishment.EstablishmentAccess}); a validated
 * assessment is visible to everyone who may.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentScores {

	private static final String COLUMNS_AND_TABLES = """
			a.id, a.establishment_id, a.kind, a.reference_date, a.validated_at, a.standard_id, s.score_display,
			s.rating
			FROM assessment a JOIN assessment_score s ON s.assessment_id = a.id
			WHERE a.status = 'VALIDATED'
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ScoringTrees standards;

	AssessmentScores(NamedParameterJdbcTemplate jdbc, ScoringTrees standards) {
		this.jdbc = jdbc;
		this.standards = standards;
	}

	/**
	 * The establishment's latest validated score (self-assessment or audit), by reference
	 * date; empty when none is validated.
	 */
	public Optional<ValidatedScore> latest(long establishmentId) {
		return Optional.ofNullable(latest(List.of(establishmentId)).get(establishmentId));
	}

	/**
	 * The latest validated score of each of these establishments that has one, by
	 * establishment id, in the order of the ids given.
	 */
	public Map<Long, ValidatedScore> latest(Collection<Long> establishmentIds) {
		if (establishmentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ValidatedScore> found = withDetails(
				this.jdbc.query("SELECT DISTINCT ON (a.establishment_id) " + COLUMNS_AND_TABLES + """
						  AND a.establishment_id = ANY(:ids)
						ORDER BY a.establishment_id, a.reference_date DESC, a.validated_at DESC, a.id DESC
						""", new MapSqlParameterSource("ids", establishmentIds.toArray(Long[]::new)), this::score))
			.stream()
			.collect(Collectors.toMap(ValidatedScore::establishmentId, Function.identity()));
		Map<Long, ValidatedScore> byEstablishment = new LinkedHashMap<>();
		for (Long id : establishmentIds) {
			if (found.containsKey(id)) {
				byEstablishment.put(id, found.get(id));
			}
		}
		return byEstablishment;
	}

	/** Every validated score of the establishment, oldest reference date first. */
	public List<ValidatedScore> history(long establishmentId) {
		return withDetails(this.jdbc.query("SELECT " + COLUMNS_AND_TABLES + """
				  AND a.establishment_id = :e
				ORDER BY a.reference_date, a.validated_at, a.id
				""", new MapSqlParameterSource("e", establishmentId), this::score));
	}

	private ValidatedScore score(ResultSet rs, int row) throws SQLException {
		StandardSummary standard = this.standards.load(rs.getLong("standard_id")).view().standard();
		return new ValidatedScore(rs.getLong("id"), rs.getLong("establishment_id"),
				AssessmentKind.valueOf(rs.getString("kind")), rs.getObject("reference_date", LocalDate.class),
				rs.getTimestamp("validated_at").toInstant(), standard.code(), standard.version(),
				rs.getBigDecimal("score_display"), Rating.valueOf(rs.getString("rating")), List.of(), List.of());
	}

	/** The scores with their domains and caps: two more statements for all of them. */
	private List<ValidatedScore> withDetails(List<ValidatedScore> scores) {
		if (scores.isEmpty()) {
			return scores;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids",
				scores.stream().map(ValidatedScore::assessmentId).toArray(Long[]::new));
		Map<Long, List<AppliedCap>> caps = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT assessment_id, domain_code, reason, rating_limit, indicator_codes, domain_codes
				FROM assessment_score_cap WHERE assessment_id = ANY(:ids) ORDER BY assessment_id, id
				""", ids, (rs) -> {
			caps.computeIfAbsent(rs.getLong("assessment_id"), (id) -> new ArrayList<>())
				.add(new AppliedCap(rs.getString("domain_code"), Cap.Reason.valueOf(rs.getString("reason")),
						Rating.valueOf(rs.getString("rating_limit")), codes(rs.getArray("indicator_codes")),
						codes(rs.getArray("domain_codes"))));
		});
		Map<Long, List<DomainScore>> domains = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT assessment_id, domain_code, weight, score_display, rating
				FROM assessment_domain_score WHERE assessment_id = ANY(:ids) ORDER BY assessment_id, id
				""", ids, (rs) -> {
			long assessmentId = rs.getLong("assessment_id");
			String code = rs.getString("domain_code");
			String rating = rs.getString("rating");
			domains.computeIfAbsent(assessmentId, (id) -> new ArrayList<>())
				.add(new DomainScore(code, rs.getInt("weight"), rs.getBigDecimal("score_display"),
						(rating != null) ? Rating.valueOf(rating) : null, capsOf(caps.get(assessmentId), code)));
		});
		return scores.stream()
			.map((score) -> score.with(domains.getOrDefault(score.assessmentId(), List.of()),
					capsOf(caps.get(score.assessmentId()), null)))
			.toList();
	}

	/** The caps of one domain, or the overall ones ({@code domainCode} null). */
	private static List<AppliedCap> capsOf(List<AppliedCap> caps, String domainCode) {
		return (caps != null) ? caps.stream().filter((cap) -> Objects.equals(cap.domainCode(), domainCode)).toList()
				: List.of();
	}

	private static List<String> codes(Array codes) throws SQLException {
		return List.of((String[]) codes.getArray());
	}

}
