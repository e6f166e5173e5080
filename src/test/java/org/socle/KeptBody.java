package org.socle;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The body a page got from {@code RenderedViews} (the model's {@code body}), checked to
 * be what the page wrote: tests compare it between requests to see whether it was kept.
 */
public final class KeptBody {

	private KeptBody() {
	}

	public static String of(MockMvc mvc, RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		String body = (String) result.getModelAndView().getModel().get("body");
		assertThat(result.getResponse().getContentAsString()).contains(body);
		return body;
	}

}
