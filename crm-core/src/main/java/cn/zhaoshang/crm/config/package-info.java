/**
 * Wiring of the database: the embedded MariaDB by default, an external MySQL/MariaDB with
 * CRM_DB_URL.
 */
@NullMarked
package cn.zhaoshang.crm.config;

import org.jspecify.annotations.NullMarked;
