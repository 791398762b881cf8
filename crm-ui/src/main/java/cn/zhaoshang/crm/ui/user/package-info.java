/**
 * User administration for administrators: users, roles, park, password, disabling.
 */
@NullMarked
package cn.zhaoshang.crm.ui.user;

import org.jspecify.annotations.NullMarked;
