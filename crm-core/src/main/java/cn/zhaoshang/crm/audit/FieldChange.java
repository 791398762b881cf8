package cn.zhaoshang.crm.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of an audited change: its value before and after, as text (decimals plain,
 * dates ISO, enums by name, sets sorted and joined by ", "). Null means empty.
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

}
