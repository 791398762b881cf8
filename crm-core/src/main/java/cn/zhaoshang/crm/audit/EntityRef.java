package cn.zhaoshang.crm.audit;

/**
 * The entity an audit event belongs under, so that a page shows the whole history: a
 * contact under its investor, an activity under its project.
 */
public record EntityRef(String type, long id) {

	public static EntityRef of(String type, long id) {
		return new EntityRef(type, id);
	}

}
