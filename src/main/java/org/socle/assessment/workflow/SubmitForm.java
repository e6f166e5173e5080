package org.socle.assessment.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Submitting an assessment: the version, and the answers typed on the page that its
 * autosave had not yet stored ({@code answers[D1.C1.I1].comment=...}), so that they are
 * stored before the submission.
 */
public class SubmitForm extends DecisionForm {

	private Map<String, AnswerForm> answers = new LinkedHashMap<>();

	public Map<String, AnswerForm> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, AnswerForm> answers) {
		this.answers = answers;
	}

}
