package cn.zhaoshang.crm.investor;

import org.jspecify.annotations.Nullable;

/**
 * A firm already in the directory that looks like the one being entered.
 *
 * @param sameCode true when the credit code is identical (a certain duplicate); false
 * when only the normalised name matches (a likely one)
 */
public record InvestorDuplicate(long id, String nameZh, @Nullable String uscc, boolean sameCode) {
}
