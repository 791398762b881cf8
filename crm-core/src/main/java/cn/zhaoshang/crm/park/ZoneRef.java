package cn.zhaoshang.crm.park;

/** A zone of a park (功能区) by name, for choosing one. */
public record ZoneRef(long id, long parkId, String code, String nameZh, String nameEn) {
}
