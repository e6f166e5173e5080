package org.socle.establishment.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.socle.establishment.records.CommitteeMeeting;
import org.socle.establishment.records.CommitteeMember;
import org.socle.establishment.records.StaffMember;
import org.socle.establishment.records.YearlyResources;
import org.socle.establishment.registry.Establishment;
import org.socle.shared.web.Formats;

import org.springframework.stereotype.Component;

/**
 * The audited fields of each record type, as message key to value, in display order, and
 * the record's short name: what the history tab compares between two revisions.
 */
@Component
class HistoryFields {

	/** The fields holding amounts in dirhams, shown as money. */
	private static final Set<String> MONEY = Set.of("resources.publicFunding", "resources.agreements",
			"resources.charity", "resources.ownIncome");

	private final Formats formats;

	HistoryFields(Formats formats) {
		this.formats = formats;
	}

	Map<String, Object> of(Object entity) {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (entity instanceof Establishment e) {
			fields.put("establishment.nameFr", e.getNameFr());
			fields.put("establishment.nameAr", e.getNameAr());
			fields.put("establishment.category", e.getCategory());
			fields.put("establishment.status", e.getStatus());
			fields.put("establishment.organisation", e.getOrganisationId());
			fields.put("establishment.region", e.getRegionCode());
			fields.put("establishment.province", e.getProvinceId());
			fields.put("establishment.address", e.getAddress());
			fields.put("establishment.latitude", e.getLatitude());
			fields.put("establishment.longitude", e.getLongitude());
			fields.put("establishment.authorisationNumber", e.getAuthorisationNumber());
			fields.put("establishment.authorisationDate", e.getAuthorisationDate());
			fields.put("establishment.authorisationExpiry", e.getAuthorisationExpiry());
			fields.put("establishment.authorisationStatus", e.getAuthorisationStatus());
			fields.put("establishment.authorisedCapacity", e.getAuthorisedCapacity());
			fields.put("establishment.capacityMale", e.getCapacityMale());
			fields.put("establishment.capacityFemale", e.getCapacityFemale());
			fields.put("establishment.openingDate", e.getOpeningDate());
			fields.put("establishment.directorName", e.getDirectorName());
			fields.put("establishment.directorPhone", e.getDirectorPhone());
			fields.put("establishment.directorEmail", e.getDirectorEmail());
		}
		else if (entity instanceof StaffMember s) {
			fields.put("staff.name", s.getName());
			fields.put("staff.qualification", s.getQualification());
			fields.put("staff.careQualified", s.isCareQualified());
			fields.put("staff.startDate", s.getStartDate());
			fields.put("staff.endDate", s.getEndDate());
			fields.put("staff.trainingHoursPerYear", s.getTrainingHoursPerYear());
		}
		else if (entity instanceof CommitteeMember m) {
			fields.put("committee.name", m.getName());
			fields.put("committee.role", m.getRole());
			fields.put("committee.sinceDate", m.getSinceDate());
		}
		else if (entity instanceof CommitteeMeeting m) {
			fields.put("meeting.date", m.getMeetingDate());
			fields.put("meeting.minutesReference", m.getMinutesReference());
			fields.put("meeting.summary", m.getSummary());
		}
		else if (entity instanceof YearlyResources r) {
			fields.put("resources.year", r.getYear());
			fields.put("resources.publicFunding", r.getPublicFunding());
			fields.put("resources.agreements", r.getAgreements());
			fields.put("resources.charity", r.getCharity());
			fields.put("resources.ownIncome", r.getOwnIncome());
		}
		return fields;
	}

	/**
	 * What the record is called: the establishment's Arabic name in Arabic (its French
	 * one otherwise), a person's name, a meeting's date, a year.
	 */
	String subject(Object entity, Locale locale) {
		if (entity instanceof Establishment e) {
			return ("ar".equals(locale.getLanguage()) && e.getNameAr() != null) ? e.getNameAr() : e.getNameFr();
		}
		if (entity instanceof StaffMember s) {
			return s.getName();
		}
		if (entity instanceof CommitteeMember m) {
			return m.getName();
		}
		if (entity instanceof CommitteeMeeting m) {
			return (m.getMeetingDate() != null) ? this.formats.date(m.getMeetingDate()) : "";
		}
		if (entity instanceof YearlyResources r) {
			return String.valueOf(r.getYear());
		}
		return "";
	}

	/** Equal values, numbers compared by value (12.50 equals 12.5). */
	boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	/**
	 * Plain text with Western digits whatever the language: money as money, other numbers
	 * as typed, dates as on the other pages ({@link Formats#date}).
	 */
	String text(String label, Object value) {
		if (value instanceof BigDecimal amount) {
			return MONEY.contains(label) ? this.formats.money(amount) : amount.toPlainString();
		}
		if (value instanceof LocalDate date) {
			return this.formats.date(date);
		}
		return value.toString();
	}

}
