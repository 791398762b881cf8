/**
 * Roles, the signed-in user and the password policy: access is decided here, not in
 * views.
 */
@NullMarked
package cn.zhaoshang.crm.security;

import org.jspecify.annotations.NullMarked;
