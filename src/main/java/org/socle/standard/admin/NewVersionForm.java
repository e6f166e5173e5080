package org.socle.standard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.socle.standard.document.StandardRules;

/**
 * The version number of a new draft cloned from a published version.
 */
public class NewVersionForm {

	@NotBlank
	@Pattern(regexp = StandardRules.VERSION_REGEX)
	private String standardVersion;

	public String getStandardVersion() {
		return this.standardVersion;
	}

	public void setStandardVersion(String standardVersion) {
		this.standardVersion = standardVersion;
	}

}
