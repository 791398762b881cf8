/** 亩均效益 and 腾笼换鸟: the park operator's workspace. */
@NullMarked
package cn.zhaoshang.crm.ui.tenant;

import org.jspecify.annotations.NullMarked;
