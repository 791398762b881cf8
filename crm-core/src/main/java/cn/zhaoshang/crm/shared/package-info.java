/**
 * Types every feature shares: paging, sorting, domain errors that carry an i18n key.
 */
@NullMarked
package cn.zhaoshang.crm.shared;

import org.jspecify.annotations.NullMarked;
