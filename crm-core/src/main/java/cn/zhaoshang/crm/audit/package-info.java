/**
 * The audit trail (audit_event): who did what, when, from where.
 */
@NullMarked
package cn.zhaoshang.crm.audit;

import org.jspecify.annotations.NullMarked;
