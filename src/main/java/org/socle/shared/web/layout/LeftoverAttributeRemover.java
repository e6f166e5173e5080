package org.socle.shared.web.layout;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Drops a {@code layout:} attribute that no decoration consumed: the
 * {@code layout:fragment} of a page rendered without its layout (an htmx fragment), so
 * that it never reaches the browser.
 */
final class LeftoverAttributeRemover extends AbstractAttributeTagProcessor {

	LeftoverAttributeRemover(String dialectPrefix, String attributeName) {
		super(TemplateMode.HTML, dialectPrefix, null, false, attributeName, true, 0, true);
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
			String attributeValue, IElementTagStructureHandler structureHandler) {
		// removing the attribute is all: the superclass does it
	}

}
