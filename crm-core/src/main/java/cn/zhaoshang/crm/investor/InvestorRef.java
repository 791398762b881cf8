package cn.zhaoshang.crm.investor;

/** A firm named in a choice list (e.g. the parent group). */
public record InvestorRef(long id, String nameZh) {
}
