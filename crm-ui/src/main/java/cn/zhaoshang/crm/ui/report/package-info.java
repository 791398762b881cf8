/**
 * 驾驶舱: the director's cockpit with its charts and tables, and the monthly report's
 * downloads.
 */
@NullMarked
package cn.zhaoshang.crm.ui.report;

import org.jspecify.annotations.NullMarked;
