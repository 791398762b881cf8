package cn.zhaoshang.crm.project;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking, as far as projects go; the repository turns it into SQL conditions.
 *
 * @param userId the signed-in user
 * @param all DIRECTOR or ADMIN: sees and edits every project, always with the real name
 * @param staff STAFF: sees and edits the projects they own or collaborate on
 * @param parkId PARK_OPERATOR: reads the projects that prefer this park or hold land in
 * it (-1 when the operator has no park: fails closed)
 */
record ProjectScope(long userId, boolean all, boolean staff, @Nullable Long parkId) {
}
