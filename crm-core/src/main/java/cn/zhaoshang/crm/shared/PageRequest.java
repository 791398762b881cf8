package cn.zhaoshang.crm.shared;

import java.util.List;

/**
 * One page of a list, as the UI asks for it: rows {@code offset .. offset+limit} in the
 * given order. Sort properties are names from each repository's whitelist, never columns.
 */
public record PageRequest(int offset, int limit, List<Sort> sort) {

	public static final int MAX_LIMIT = 500;

	public PageRequest {
		if (offset < 0) {
			throw new IllegalArgumentException("offset < 0");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
		}
		sort = List.copyOf(sort);
	}

	public static PageRequest first(int limit, Sort... sort) {
		return new PageRequest(0, limit, List.of(sort));
	}

}
