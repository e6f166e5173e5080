package org.socle.api.v1.support;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's ETags, on {@code /api/v1/*} only (the pages are personal and change often).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

	@Bean
	FilterRegistrationBean<ApiEtagFilter> apiEtagFilter() {
		FilterRegistrationBean<ApiEtagFilter> registration = new FilterRegistrationBean<>(new ApiEtagFilter());
		registration.addUrlPatterns("/api/v1/*");
		return registration;
	}

}
