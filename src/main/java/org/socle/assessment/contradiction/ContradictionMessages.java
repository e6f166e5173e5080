package org.socle.assessment.contradiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.socle.shared.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A contradiction's message in the reader's language, its figures formatted as pages show
 * them (a decimal comma in French, dates as everywhere) and isolated on right-to-left
 * pages. Templates call it as {@code @contradictionMessages}.
 */
@Component("contradictionMessages")
public class ContradictionMessages {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final MessageSource messages;

	private final Formats formats;

	ContradictionMessages(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String text(String key, List<String> args) {
		Object[] shown = args.stream().map(this::figure).toArray();
		return this.messages.getMessage(key, shown, LocaleContextHolder.getLocale());
	}

	private String figure(String arg) {
		if (DATE.matcher(arg).matches()) {
			return this.formats.ltr(this.formats.date(LocalDate.parse(arg)));
		}
		if (NUMBER.matcher(arg).matches()) {
			return this.formats.ltr(this.formats.decimal(new BigDecimal(arg)));
		}
		return this.formats.ltr(arg);
	}

}
