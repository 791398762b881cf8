package cn.zhaoshang.crm.tenant;

/** A firm that is a tenant of a park, for choosing it in a form. */
public record TenantRef(long investorId, String name) {
}
