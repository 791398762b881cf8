package cn.zhaoshang.crm.user;

/**
 * Published when an account was disabled, got other roles or another park, or a new
 * password: the user's open sessions must end (the web layer listens, after commit), so
 * the next request signs in again with what the database says now.
 */
public record AccountChanged(String username, String reason) {

}
