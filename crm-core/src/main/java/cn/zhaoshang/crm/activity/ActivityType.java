package cn.zhaoshang.crm.activity;

/** What kind of contact with an investor an activity records. */
public enum ActivityType {

	/** 拜访 */
	VISIT,
	/** 电话 */
	CALL,
	/** 实地考察 */
	SITE_INSPECTION,
	/** 会谈 */
	MEETING,
	/** 邮件 */
	EMAIL,
	/** 展会 */
	EXHIBITION,
	/** 招商团组 */
	DELEGATION,
	/** 待办/跟进: has a due date */
	TASK,
	/** 其他 */
	OTHER

}
