package org.socle.shared.web.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IElementTag;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.FragmentExpression;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <html layout:decorate="~{layout}">}: the page becomes its layout, where
 * <ul>
 * <li>each {@code layout:fragment="name"} element of the layout is replaced by the page's
 * element of the same name (the layout's own content stays when the page has none);</li>
 * <li>the page's {@code <head>} elements are added at the end of the layout's head, and
 * its title fills the layout's {@code layout:title-pattern} ({@code $CONTENT_TITLE},
 * {@code $LAYOUT_TITLE});</li>
 * <li>the attributes of the page's {@code <html>} and {@code <body>} are added to the
 * layout's, winning on a clash.</li>
 * </ul>
 * The result is then processed as any template: the layout's model is Thymeleaf's cached
 * parse, and a page costs one pass over it.
 */
final class DecorateProcessor extends AbstractAttributeModelProcessor {

	private static final Pattern TITLE_PLACEHOLDER = Pattern.compile("\\$(CONTENT_TITLE|LAYOUT_TITLE)");

	private final String prefix;

	DecorateProcessor(String dialectPrefix) {
		super(TemplateMode.HTML, dialectPrefix, null, false, "decorate", true, 0, true);
		this.prefix = dialectPrefix;
	}

	@Override
	protected void doProcess(ITemplateContext context, IModel page, AttributeName attributeName, String layoutName,
			IElementModelStructureHandler structureHandler) {
		IModel layout = layoutModel(context, layoutName);
		IModelFactory factory = context.getModelFactory();
		Map<String, IModel> fragments = fragments(page, factory);
		int pageHead = indexOfOpen(page, "head");
		int pageTitle = indexOfOpen(page, "title");
		int pageBody = indexOfOpen(page, "body");
		int layoutStart = indexOfOpen(layout, "html");
		int layoutEnd = end(layout, layoutStart);

		IModel decorated = factory.createModel();
		for (int i = layoutStart; i <= layoutEnd; i++) {
			ITemplateEvent event = layout.get(i);
			if (i == layoutStart) {
				decorated.add(withAttributesOf(page, 0, (IProcessableElementTag) event, factory));
			}
			else if (event instanceof IProcessableElementTag tag && tag.hasAttribute(this.prefix, "fragment")) {
				int last = end(layout, i);
				IModel replacement = fragments.get(tag.getAttributeValue(this.prefix, "fragment").trim());
				if (replacement != null) {
					decorated.addModel(replacement);
				}
				else {
					decorated.add(factory.removeAttribute(tag, this.prefix, "fragment"));
					copy(layout, i + 1, last, decorated);
				}
				i = last;
			}
			else if (event instanceof IOpenElementTag tag && tag.hasAttribute(this.prefix, "title-pattern")) {
				decorated.addModel(title(tag, titleExpression(layout, i), titleExpression(page, pageTitle), factory));
				i = end(layout, i);
			}
			else if (event instanceof IOpenElementTag tag && isElement(tag, "body")) {
				decorated.add(withAttributesOf(page, pageBody, tag, factory));
			}
			else {
				if (event instanceof ICloseElementTag close && isElement(close, "head") && pageHead >= 0) {
					copyHeadExceptTitle(page, pageHead, pageTitle, decorated);
				}
				decorated.add(event);
			}
		}
		page.reset();
		page.addModel(decorated);
	}

	private static IModel layoutModel(ITemplateContext context, String layoutName) {
		FragmentExpression expression = (FragmentExpression) StandardExpressions
			.getExpressionParser(context.getConfiguration())
			.parseExpression(context, layoutName);
		return FragmentExpression
			.resolveExecutedFragmentExpression(context,
					FragmentExpression.createExecutedFragmentExpression(context, expression), true)
			.getTemplateModel();
	}

	/** The page's {@code layout:fragment} elements by name, without that attribute. */
	private Map<String, IModel> fragments(IModel page, IModelFactory factory) {
		Map<String, IModel> fragments = new HashMap<>();
		for (int i = 0; i < page.size(); i++) {
			if (page.get(i) instanceof IProcessableElementTag tag && tag.hasAttribute(this.prefix, "fragment")) {
				int last = end(page, i);
				IModel fragment = factory.createModel(factory.removeAttribute(tag, this.prefix, "fragment"));
				copy(page, i + 1, last, fragment);
				fragments.putIfAbsent(tag.getAttributeValue(this.prefix, "fragment").trim(), fragment);
				i = last;
			}
		}
		return fragments;
	}

	private static void copyHeadExceptTitle(IModel page, int head, int title, IModel target) {
		int headEnd = end(page, head);
		int titleEnd = (title >= 0) ? end(page, title) : -1;
		for (int i = head + 1; i < headEnd; i++) {
			if (i < title || i > titleEnd) {
				target.add(page.get(i));
			}
		}
	}

	/**
	 * A {@code <title>} whose {@code th:text} fills the pattern with the layout's and the
	 * page's title expressions: evaluated later, in the page's context.
	 */
	private IModel title(IOpenElementTag layoutTitle, String layoutExpression, String pageExpression,
			IModelFactory factory) {
		String expression;
		if (layoutExpression == null || pageExpression == null) {
			expression = (pageExpression != null) ? pageExpression : layoutExpression;
		}
		else {
			expression = fill(layoutTitle.getAttributeValue(this.prefix, "title-pattern"), layoutExpression,
					pageExpression);
		}
		IOpenElementTag open = factory.removeAttribute(layoutTitle, this.prefix, "title-pattern");
		open = factory.removeAttribute(open, "th", "text");
		IModel title = factory
			.createModel((expression != null) ? factory.setAttribute(open, "th:text", expression) : open);
		title.add(factory.createCloseElementTag(open.getElementCompleteName()));
		return title;
	}

	private static String fill(String pattern, String layoutExpression, String pageExpression) {
		StringBuilder expression = new StringBuilder();
		Matcher placeholder = TITLE_PLACEHOLDER.matcher(pattern);
		int from = 0;
		while (placeholder.find()) {
			appendLiteral(expression, pattern.substring(from, placeholder.start()));
			append(expression,
					"(" + ("CONTENT_TITLE".equals(placeholder.group(1)) ? pageExpression : layoutExpression) + ")");
			from = placeholder.end();
		}
		appendLiteral(expression, pattern.substring(from));
		return expression.toString();
	}

	private static void appendLiteral(StringBuilder expression, String text) {
		if (!text.isEmpty()) {
			append(expression, literal(text));
		}
	}

	private static void append(StringBuilder expression, String part) {
		expression.append(expression.isEmpty() ? "" : " + ").append(part);
	}

	/**
	 * The {@code th:text} of the {@code <title>} at {@code index}, or its static text as
	 * a literal; null without a title.
	 */
	private static String titleExpression(IModel model, int index) {
		if (index < 0) {
			return null;
		}
		IOpenElementTag title = (IOpenElementTag) model.get(index);
		if (title.hasAttribute("th", "text")) {
			return title.getAttributeValue("th", "text");
		}
		StringBuilder text = new StringBuilder();
		for (int i = index + 1; i < end(model, index); i++) {
			if (model.get(i) instanceof IText each) {
				text.append(each.getText());
			}
		}
		return literal(text.toString().trim());
	}

	private static String literal(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	private static IProcessableElementTag withAttributesOf(IModel page, int index, IProcessableElementTag target,
			IModelFactory factory) {
		if (index < 0) {
			return target;
		}
		IProcessableElementTag merged = target;
		for (IAttribute attribute : ((IProcessableElementTag) page.get(index)).getAllAttributes()) {
			merged = factory.setAttribute(merged, attribute.getAttributeCompleteName(), attribute.getValue());
		}
		return merged;
	}

	private static int indexOfOpen(IModel model, String element) {
		for (int i = 0; i < model.size(); i++) {
			if (model.get(i) instanceof IOpenElementTag tag && isElement(tag, element)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isElement(IElementTag tag, String element) {
		return element.equalsIgnoreCase(tag.getElementCompleteName());
	}

	/** The index of the last event of the element that starts at {@code index}. */
	private static int end(IModel model, int index) {
		if (model.get(index) instanceof IStandaloneElementTag) {
			return index;
		}
		int depth = 0;
		for (int i = index; i < model.size(); i++) {
			ITemplateEvent event = model.get(i);
			if (event instanceof IOpenElementTag) {
				depth++;
			}
			else if (event instanceof ICloseElementTag close && !close.isUnmatched() && --depth == 0) {
				return i;
			}
		}
		return model.size() - 1;
	}

	private static void copy(IModel source, int from, int to, IModel target) {
		for (int i = from; i <= to; i++) {
			target.add(source.get(i));
		}
	}

}
