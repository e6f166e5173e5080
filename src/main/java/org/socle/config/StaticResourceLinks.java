package org.socle.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Keeps link rendering cheap (docs/performance.md). Every {@code @{...}} link in a page
 * goes through Spring's {@code ResourceUrlEncodingFilter}, which asks the
 * {@link ResourceUrlProvider} whether the link is a static resource to rewrite (webjar
 * versions). Boot's static handler is mapped to {@code /**}, so every link to a page
 * ({@code /establishments/12}, sort and pagination links...) was looked up as a file in
 * four classpath locations, each a scan of every jar, on every render, and never cached
 * because it is never found (spring-framework#34014): 28 % of the CPU time of the
 * benchmark's requests. The provider now leaves that catch-all handler out: its resolver
 * chain has no version strategy, so it never rewrote a link anyway. Serving static files
 * is unchanged (the handler mappings are untouched), and so is the rewriting of
 * {@code /webjars/**} links. If a version strategy is ever configured for static files,
 * this steps aside and the catch-all handler stays.
 */
@Component
class StaticResourceLinks implements SmartInitializingSingleton {

	static final String CATCH_ALL = "/**";

	private final ResourceUrlProvider urlProvider;

	private final ObjectProvider<HandlerMapping> handlerMappings;

	StaticResourceLinks(ResourceUrlProvider urlProvider, ObjectProvider<HandlerMapping> handlerMappings) {
		this.urlProvider = urlProvider;
		this.handlerMappings = handlerMappings;
	}

	/**
	 * Before the provider detects the resource handlers itself (on context refresh): the
	 * same detection, without the catch-all pattern.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		Map<String, ResourceHttpRequestHandler> handlers = new LinkedHashMap<>();
		this.handlerMappings.orderedStream()
			.filter(AbstractUrlHandlerMapping.class::isInstance)
			.map(AbstractUrlHandlerMapping.class::cast)
			.forEach((mapping) -> mapping.getHandlerMap().forEach((pattern, handler) -> {
				if (handler instanceof ResourceHttpRequestHandler resources) {
					handlers.put(pattern, resources);
				}
			}));
		ResourceHttpRequestHandler catchAll = handlers.get(CATCH_ALL);
		if (catchAll == null
				|| catchAll.getResourceResolvers().stream().anyMatch(VersionResourceResolver.class::isInstance)) {
			return;
		}
		handlers.remove(CATCH_ALL);
		this.urlProvider.setHandlerMap(handlers);
	}

}
