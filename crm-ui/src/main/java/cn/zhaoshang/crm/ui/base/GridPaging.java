package cn.zhaoshang.crm.ui.base;

import java.util.List;

import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.Sort;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;

/** The one place that turns a Grid's lazy-loading query into crm-core's PageRequest. */
public final class GridPaging {

	private GridPaging() {
	}

	public static PageRequest of(Query<?, ?> query) {
		List<Sort> sort = query.getSortOrders()
			.stream()
			.map(order -> new Sort(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
			.toList();
		int limit = Math.min(Math.max(query.getLimit(), 1), PageRequest.MAX_LIMIT);
		return new PageRequest(query.getOffset(), limit, sort);
	}

}
