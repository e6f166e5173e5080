package org.socle.establishment.records;

/**
 * What every record form carries besides its fields: which record it edits (null when it
 * adds one; set from the URL, never bound from the request) and the version that was
 * read, for the concurrent-edit check.
 */
public abstract class SubRecordForm {

	private Long id;

	private long version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
