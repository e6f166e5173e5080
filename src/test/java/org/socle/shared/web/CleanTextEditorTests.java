package org.socle.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CleanTextEditorTests {

	final CleanTextEditor editor = new CleanTextEditor();

	String bind(String text) {
		this.editor.setAsText(text);
		return (String) this.editor.getValue();
	}

	@Test
	void trimsBlankToNullAndNormalisesToNfc() {
		assertThat(bind("  Be\u0301nani ")).isEqualTo("B\u00e9nani");
		assertThat(bind("   ")).isNull();
		assertThat(bind("ligne 1\r\nligne 2\tfin")).isEqualTo("ligne 1\r\nligne 2\tfin");
		assertThat(bind("المنصوري\u200c")).isEqualTo("المنصوري\u200c");
	}

	@Test
	void refusesControlCharactersOtherThanTabAndNewLines() {
		for (String text : new String[] { "a\u0000b", "\u0001", "x\u001b[31m", "a\u007fb", "a\u0085b" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> bind(text));
		}
	}

}
