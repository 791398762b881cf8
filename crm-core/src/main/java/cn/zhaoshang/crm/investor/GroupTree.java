package cn.zhaoshang.crm.investor;

import java.math.BigDecimal;
import java.util.List;

/** A group with all its subsidiaries in tree order, and the totals of their projects. */
public record GroupTree(List<GroupMember> members) {

	public int projectCount() {
		return this.members.stream().mapToInt(GroupMember::projectCount).sum();
	}

	/** 万元 */
	public BigDecimal investmentTotal() {
		return this.members.stream().map(GroupMember::investmentTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
