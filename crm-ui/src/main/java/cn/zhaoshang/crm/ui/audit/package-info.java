/**
 * The audit trail in the UI: an entity's history (project page, investor form) and the
 * search for directors and administrators.
 */
@NullMarked
package cn.zhaoshang.crm.ui.audit;

import org.jspecify.annotations.NullMarked;
