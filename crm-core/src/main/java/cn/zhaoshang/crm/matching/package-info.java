/**
 * 招商匹配: which parks, zones and plots fit a project's land request, and which open
 * projects fit a park (the operator's "matched tenants"), with the reason for each
 * criterion. {@link cn.zhaoshang.crm.matching.MatchingEngine} is plain code (no Spring,
 * no database); {@link cn.zhaoshang.crm.matching.MatchingService} feeds it from the
 * database within the caller's scope.
 */
@NullMarked
package cn.zhaoshang.crm.matching;

import org.jspecify.annotations.NullMarked;
