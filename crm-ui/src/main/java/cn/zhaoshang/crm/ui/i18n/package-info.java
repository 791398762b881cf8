/**
 * Languages: Simplified Chinese first, English second.
 */
@NullMarked
package cn.zhaoshang.crm.ui.i18n;

import org.jspecify.annotations.NullMarked;
