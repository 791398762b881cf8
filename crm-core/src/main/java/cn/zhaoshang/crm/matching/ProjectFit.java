package cn.zhaoshang.crm.matching;

/** An open project's land request and its best option in one park. */
public record ProjectFit(MatchNeed need, MatchOption best) {
}
