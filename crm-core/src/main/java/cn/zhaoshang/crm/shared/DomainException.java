package cn.zhaoshang.crm.shared;

import java.util.List;

/**
 * A rule of the domain was broken. Carries an i18n key (and its arguments) that the UI
 * turns into text in the user's language; crm-core never formats user-facing text.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
