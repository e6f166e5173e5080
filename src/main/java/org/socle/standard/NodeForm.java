package org.socle.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A domain or a criterion. The code is the parent's prefix ({@code D}, {@code D2.C})
 * followed by {@link #getNumber() number}.
 */
public class NodeForm {

	@NotNull
	private Integer number;

	@NotNull
	private Integer weight = 1;

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
		return new LocalizedText(this.titleFr, this.titleAr, this.titleEn);
	}

	LocalizedText description() {
		return (this.descriptionFr != null)
				? new LocalizedText(this.descriptionFr, this.descriptionAr, this.descriptionEn) : null;
	}

	void setTexts(LocalizedText title, LocalizedText description) {
		this.titleFr = title.fr();
		this.titleAr = title.ar();
		this.titleEn = title.en();
		if (description != null) {
			this.descriptionFr = description.fr();
			this.descriptionAr = description.ar();
			this.descriptionEn = description.en();
		}
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public Integer getWeight() {
		return this.weight;
	}

	public void setWeight(Integer weight) {
		this.weight = weight;
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
