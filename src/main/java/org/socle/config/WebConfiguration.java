package org.socle.config;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.socle.shared.web.CalendarDates;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French by default; {@code ?lang=ar|en|fr} switches language and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "socle-lang";

	/** Arabic as written in Morocco: Western digits in numbers and dates. */
	static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				boolean arabic = locale != null && "ar".equals(locale.getLanguage());
				super.setLocale(request, request.isSecure() ? new SecureCookies(response) : response,
						arabic ? ARABIC : locale);
			}
		};
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Marks the cookies it sets {@code Secure}: the language cookie of a request over TLS
	 * (or through a trusted proxy that says so), as the session cookie is.
	 */
	private static final class SecureCookies extends HttpServletResponseWrapper {

		SecureCookies(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void addHeader(String name, String value) {
			boolean insecureCookie = HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
					&& !value.toLowerCase(Locale.ROOT).contains("; secure");
			super.addHeader(name, insecureCookie ? value + "; Secure" : value);
		}

	}

	@Bean
	FilterRegistrationBean<UploadSizeLimitFilter> uploadSizeLimitFilter(
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize, MessageSource messages,
			LocaleResolver localeResolver) {
		FilterRegistrationBean<UploadSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeLimitFilter(maxRequestSize, messages, localeResolver));
		// after the security headers filter, so that the 413 carries them
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * After the character encoding filter, which must come before parameters are read.
	 */
	@Bean
	FilterRegistrationBean<MalformedParametersFilter> malformedParametersFilter(MessageSource messages) {
		FilterRegistrationBean<MalformedParametersFilter> registration = new FilterRegistrationBean<>(
				new MalformedParametersFilter(messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Before Spring Security and a session store, whose database failures it turns into
	 * the 503 page.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			ObjectProvider<ThymeleafViewResolver> views, LocaleResolver localeResolver) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(views, localeResolver));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new CalendarDates());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
