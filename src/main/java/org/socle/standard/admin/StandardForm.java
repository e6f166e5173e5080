package org.socle.standard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.socle.standard.document.StandardRules;
import org.socle.standard.editor.DescribedForm;

/**
 * Code, version and texts of a standard version: creating an empty draft, or editing a
 * draft's details.
 */
public class StandardForm extends DescribedForm {

	@NotBlank
	@Pattern(regexp = StandardRules.STANDARD_CODE_REGEX)
	private String code;

	@NotBlank
	@Pattern(regexp = StandardRules.VERSION_REGEX)
	private String standardVersion;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getStandardVersion() {
		return this.standardVersion;
	}

	public void setStandardVersion(String standardVersion) {
		this.standardVersion = standardVersion;
	}

}
