/**
 * Target investors (客商/企业库): the directory staff work from.
 */
@NullMarked
package cn.zhaoshang.crm.investor;

import org.jspecify.annotations.NullMarked;
