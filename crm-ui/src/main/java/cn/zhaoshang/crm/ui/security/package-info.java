/**
 * Spring Security for the Vaadin app and the login view.
 */
@NullMarked
package cn.zhaoshang.crm.ui.security;

import org.jspecify.annotations.NullMarked;
