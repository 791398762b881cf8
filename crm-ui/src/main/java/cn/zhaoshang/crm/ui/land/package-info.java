/**
 * Land in the UI: a project's land requests, reservations and matching result on the
 * project page, and the dialogs and lists the park page shares (reserve, confirm,
 * release, reasons per criterion).
 */
@NullMarked
package cn.zhaoshang.crm.ui.land;

import org.jspecify.annotations.NullMarked;
