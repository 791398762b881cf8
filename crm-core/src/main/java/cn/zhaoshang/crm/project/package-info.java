/**
 * Investment projects (招商项目): their figures, their life from 线索 to 达产 and who may see
 * them. Visibility is decided in SQL from the signed-in user, never only in the UI.
 */
@NullMarked
package cn.zhaoshang.crm.project;

import org.jspecify.annotations.NullMarked;
