package cn.zhaoshang.crm.investor;

/** A filter of the investor list that a user saved under a name. */
public record SavedFilter(long id, String name, InvestorFilter filter) {
}
