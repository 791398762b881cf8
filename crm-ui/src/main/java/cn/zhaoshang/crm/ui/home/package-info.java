/**
 * The start page after sign-in.
 */
@NullMarked
package cn.zhaoshang.crm.ui.home;

import org.jspecify.annotations.NullMarked;
