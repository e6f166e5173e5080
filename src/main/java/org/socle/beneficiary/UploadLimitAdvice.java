package org.socle.beneficiary;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the upload limit (10 MB) sends the user back to the page they came from
 * with a message, instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("warning", "import.tooLarge");
		String uri = request.getRequestURI();
		return "redirect:" + (uri.startsWith("/establishments/") ? uri.replaceAll("[^/a-z0-9-]", "") : "/");
	}

}
