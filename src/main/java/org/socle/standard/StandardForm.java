package org.socle.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Code, version and texts of a standard version: creating an empty draft, or editing a
 * draft's details.
 */
public class StandardForm {

	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}")
	private String code;

	@NotBlank
	@Pattern(regexp = "(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})")
	private String standardVersion;

	@NotBlank
	@Size(max = StandardRules.MAX_TITLE)
	private String titleFr;

	@Size(max = StandardRules.MAX_TITLE)
	private String titleAr;

	@Size(max = StandardRules.MAX_TITLE)
	private String titleEn;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String descriptionFr;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String descriptionAr;

	@Size(max = StandardRules.MAX_LONG_TEXT)
	private String descriptionEn;

	private long version;

	LocalizedText title() {
		return (this.titleFr != null) ? new LocalizedText(this.titleFr, this.titleAr, this.titleEn) : null;
	}

	LocalizedText description() {
		return (this.descriptionFr != null)
				? new LocalizedText(this.descriptionFr, this.descriptionAr, this.descriptionEn) : null;
	}

	void setTitle(LocalizedText title) {
		this.titleFr = title.fr();
		this.titleAr = title.ar();
		this.titleEn = title.en();
	}

	void setDescription(LocalizedText description) {
		if (description != null) {
			this.descriptionFr = description.fr();
			this.descriptionAr = description.ar();
			this.descriptionEn = description.en();
		}
	}

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

	public String getTitleFr() {
		return this.titleFr;
	}

	public void setTitleFr(String titleFr) {
		this.titleFr = titleFr;
	}

	public String getTitleAr() {
		return this.titleAr;
	}

	public void setTitleAr(String titleAr) {
		this.titleAr = titleAr;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getDescriptionAr() {
		return this.descriptionAr;
	}

	public void setDescriptionAr(String descriptionAr) {
		this.descriptionAr = descriptionAr;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
