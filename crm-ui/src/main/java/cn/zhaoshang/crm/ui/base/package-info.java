/**
 * The app shell: layout, navigation, paging bridge, formats, error handling.
 */
@NullMarked
package cn.zhaoshang.crm.ui.base;

import org.jspecify.annotations.NullMarked;
