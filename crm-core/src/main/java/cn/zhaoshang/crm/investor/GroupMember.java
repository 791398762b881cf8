package cn.zhaoshang.crm.investor;

import java.math.BigDecimal;

/**
 * A firm of a group (集团 → 子公司) with its projects.
 *
 * @param depth 0 for the group itself, 1 for its subsidiaries, ...
 * @param investmentTotal total investment of its projects, 万元
 */
public record GroupMember(long id, String nameZh, int depth, int projectCount, BigDecimal investmentTotal) {
}
