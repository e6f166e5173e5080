package org.socle.standard.editor;

import jakarta.validation.constraints.NotNull;
import org.socle.standard.model.StandardGroup;
import org.socle.standard.model.StandardNode;

import org.springframework.validation.Errors;

/**
 * A domain or a criterion. The code is the parent's prefix ({@code D}, {@code D2.C})
 * followed by {@link #getNumber() number}.
 */
public class NodeForm extends DescribedForm implements NodeInput {

	@NotNull
	private Integer number;

	@NotNull
	private Integer weight = 1;

	static NodeForm numbered(int number) {
		NodeForm form = new NodeForm();
		form.number = number;
		return form;
	}

	static NodeForm of(int number, StandardGroup group) {
		NodeForm form = numbered(number);
		form.weight = group.getWeight();
		form.setTexts(group.getTitle(), group.getDescription());
		form.setVersion(group.getVersion());
		return form;
	}

	@Override
	public void validateContent(Errors errors) {
		validateTexts(errors);
	}

	@Override
	public void writeTo(StandardNode node, String code) {
		((StandardGroup) node).update(code, this.weight, getTitle().toText(), getDescription().toText());
	}

	@Override
	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	@Override
	public Integer getWeight() {
		return this.weight;
	}

	public void setWeight(Integer weight) {
		this.weight = weight;
	}

}
