package cn.zhaoshang.crm.shared;

/** A sort key of a list: a property name the repository knows, and a direction. */
public record Sort(String property, boolean ascending) {

	public static Sort asc(String property) {
		return new Sort(property, true);
	}

	public static Sort desc(String property) {
		return new Sort(property, false);
	}

}
