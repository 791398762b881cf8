/**
 * Views of activities and follow-ups.
 */
@NullMarked
package cn.zhaoshang.crm.ui.activity;

import org.jspecify.annotations.NullMarked;
