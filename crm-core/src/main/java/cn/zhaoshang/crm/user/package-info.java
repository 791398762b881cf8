/**
 * User accounts (app_user): sign-in, lockout after failed attempts, the first
 * administrator.
 */
@NullMarked
package cn.zhaoshang.crm.user;

import org.jspecify.annotations.NullMarked;
