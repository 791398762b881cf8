package cn.zhaoshang.crm.investor;

import java.util.List;

/**
 * Why one row of an import file cannot be taken: the column (as headed in the file) and
 * an i18n key with its arguments.
 */
public record ImportProblem(String column, String messageKey, List<Object> arguments) {

	public Object[] args() {
		return this.arguments.toArray();
	}

}
