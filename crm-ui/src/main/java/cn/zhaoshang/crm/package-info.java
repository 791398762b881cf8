/**
 * 招商 CRM: investment-promotion CRM for Chinese economic development zones.
 */
@NullMarked
package cn.zhaoshang.crm;

import org.jspecify.annotations.NullMarked;
