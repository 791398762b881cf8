/**
 * The embedded MariaDB engine: the default database for development, demos and tests.
 */
@NullMarked
package cn.zhaoshang.crm.db.embedded;

import org.jspecify.annotations.NullMarked;
