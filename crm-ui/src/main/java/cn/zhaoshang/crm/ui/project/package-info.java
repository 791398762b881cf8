/**
 * Views of projects (招商项目): the list, the project page with its stage timeline and
 * activities, and the board by stage.
 */
@NullMarked
package cn.zhaoshang.crm.ui.project;

import org.jspecify.annotations.NullMarked;
