/** 准入与履约: the zone's budgets, the fulfilment rates and the parks' admission rules. */
@NullMarked
package cn.zhaoshang.crm.ui.admission;

import org.jspecify.annotations.NullMarked;
