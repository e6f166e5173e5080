package org.socle.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The version number of a new draft cloned from a published version.
 */
public class NewVersionForm {

	@NotBlank
	@Pattern(regexp = "(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})")
	private String standardVersion;

	public String getStandardVersion() {
		return this.standardVersion;
	}

	public void setStandardVersion(String standardVersion) {
		this.standardVersion = standardVersion;
	}

}
