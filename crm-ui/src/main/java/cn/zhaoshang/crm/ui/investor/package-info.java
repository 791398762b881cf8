/**
 * Views of the investor directory.
 */
@NullMarked
package cn.zhaoshang.crm.ui.investor;

import org.jspecify.annotations.NullMarked;
