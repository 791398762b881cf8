/**
 * Tenant performance (亩均效益评价): yearly figures per tenant and park, entered by the park
 * operator or imported from .xlsx, graded A/B/C/D on tax and output per 亩 by per-park
 * cut-offs kept in versions, and the recovery candidates (腾笼换鸟) they point to.
 */
@NullMarked
package cn.zhaoshang.crm.tenant;

import org.jspecify.annotations.NullMarked;
