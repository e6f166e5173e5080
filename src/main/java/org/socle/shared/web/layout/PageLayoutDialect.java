package org.socle.shared.web.layout;

import java.util.Set;

import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * The {@code layout:} attributes of the templates, in plain Java: {@code layout:decorate}
 * on a page's root element, {@code layout:fragment} and the layout's
 * {@code layout:title-pattern} (see {@link DecorateProcessor}). They replace the
 * thymeleaf-layout-dialect library, written in Groovy, whose dynamic calls took half of
 * the CPU time of rendering a page (docs/performance.md, "The cost of a trivial page").
 * Spring Boot adds every dialect bean to the template engine.
 */
@Component
class PageLayoutDialect extends AbstractProcessorDialect {

	static final String PREFIX = "layout";

	PageLayoutDialect() {
		// before the standard dialect (1000): a page is decorated before its attributes
		// run
		super("Page layout", PREFIX, 10);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new DecorateProcessor(dialectPrefix), new LeftoverAttributeRemover(dialectPrefix, "fragment"),
				new LeftoverAttributeRemover(dialectPrefix, "title-pattern"),
				new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
	}

}
