package cn.zhaoshang.crm.park;

/** A park by name, for choosing one. */
public record ParkRef(long id, String code, String nameZh, String nameEn) {
}
