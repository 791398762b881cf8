package cn.zhaoshang.crm.user;

/** A user named in a choice list (e.g. a project's owner). */
public record UserRef(long id, String displayName) {
}
