package cn.zhaoshang.crm.park;

/** An industry (产业) by name. */
public record IndustryRef(long id, String code, String nameZh, String nameEn) {
}
