/**
 * Views of the parks and their land.
 */
@NullMarked
package cn.zhaoshang.crm.ui.park;

import org.jspecify.annotations.NullMarked;
