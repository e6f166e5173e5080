package org.socle.standard.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReferenceStandardRepository extends JpaRepository<ReferenceStandard, Long> {

	boolean existsByCodeAndStandardVersion(String code, String standardVersion);

	Optional<ReferenceStandard> findByCodeAndStandardVersion(String code, String standardVersion);

	/** Newest version first within each code; drafts only when {@code withDrafts}. */
	@Query(value = """
			select new org.socle.standard.model.StandardListRow(s.id, s.code, s.standardVersion, s.title.fr, s.title.ar,
			       s.title.en, s.status, s.publishedAt, s.retiredAt,
			       (select count(i) from StandardIndicator i where i.standardId = s.id))
			from ReferenceStandard s
			where :withDrafts = true or s.status <> org.socle.standard.StandardStatus.DRAFT
			order by s.code, s.versionMajor desc, s.versionMinor desc
			""", countQuery = """
			select count(s) from ReferenceStandard s
			where :withDrafts = true or s.status <> org.socle.standard.StandardStatus.DRAFT
			""")
	Page<StandardListRow> findRows(boolean withDrafts, Pageable pageable);

	@Query("""
			select s from ReferenceStandard s where s.status = org.socle.standard.StandardStatus.PUBLISHED
			order by s.code, s.versionMajor desc, s.versionMinor desc
			""")
	List<ReferenceStandard> findPublished();

	@Query("""
			select s from ReferenceStandard s
			where s.code = :code and s.status = org.socle.standard.StandardStatus.PUBLISHED
			order by s.versionMajor desc, s.versionMinor desc
			limit 1
			""")
	Optional<ReferenceStandard> findLatestPublished(String code);

	@Query("""
			select s.standardVersion from ReferenceStandard s where s.code = :code
			order by s.versionMajor desc, s.versionMinor desc
			""")
	List<String> findVersions(String code);

	/**
	 * Records a change to a draft's tree on the draft itself (new version, who, when), so
	 * that publishing or editing the details of a draft changed meanwhile is refused as a
	 * stale edit.
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update ReferenceStandard s set s.version = s.version + 1, s.updatedAt = :at, s.updatedBy = :by
			where s.id = :id and s.status = org.socle.standard.StandardStatus.DRAFT
			""")
	int touchDraft(long id, Instant at, String by);

}
