/**
 * Admission evaluation (准入评价): per-park rules kept in versions, a project evaluated
 * against a park with every criterion, the director's override of a failed evaluation
 * before signing, and the zone's energy and emission budgets that signed projects draw
 * down.
 */
@NullMarked
package cn.zhaoshang.crm.admission;

import org.jspecify.annotations.NullMarked;
