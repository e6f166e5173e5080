package org.socle.establishment.records;

/**
 * A record that belongs to one establishment (staff, committee, meetings, resources) and
 * shares its access rules.
 */
interface SubRecord {

	Long getId();

	Long getEstablishmentId();

	long getVersion();

	void checkVersion(long submittedVersion);

}
