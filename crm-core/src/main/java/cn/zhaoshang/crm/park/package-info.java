/**
 * Parks (园区), their zones and land: the park overview.
 */
@NullMarked
package cn.zhaoshang.crm.park;

import org.jspecify.annotations.NullMarked;
