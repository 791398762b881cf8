package cn.zhaoshang.crm.shared;

/** Someone else saved the same row first (the version column moved on). */
public class ConcurrentEditException extends DomainException {

	public ConcurrentEditException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
