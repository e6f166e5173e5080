package org.socle.establishment.records;

import java.util.List;

import org.socle.establishment.EstablishmentAccess;
import org.socle.establishment.records.RecordLines.MemberLine;

import org.springframework.stereotype.Service;

/**
 * The members of an establishment's management committee, with their roles.
 */
@Service
class MemberRecords extends SubRecords<CommitteeMember, MemberForm> {

	private final CommitteeMemberRepository members;

	MemberRecords(EstablishmentAccess access, CommitteeMemberRepository members) {
		super(access, members);
		this.members = members;
	}

	@Override
	List<MemberLine> findLines(long establishmentId) {
		return this.members.findByEstablishmentIdOrderByRoleAscNameAsc(establishmentId)
			.stream()
			.map(MemberLine::of)
			.toList();
	}

	@Override
	CommitteeMember create(long establishmentId) {
		return new CommitteeMember(establishmentId);
	}

	@Override
	void apply(MemberForm form, CommitteeMember m) {
		m.update(form.getName(), form.getRole(), form.getSinceDate());
	}

	@Override
	MemberForm toForm(CommitteeMember m) {
		MemberForm form = new MemberForm();
		form.setName(m.getName());
		form.setRole(m.getRole());
		form.setSinceDate(m.getSinceDate());
		return form;
	}

}
