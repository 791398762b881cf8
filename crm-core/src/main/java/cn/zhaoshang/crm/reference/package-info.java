/**
 * Reference data the forms pick from: industries (产业), parks (园区) and their zones. Small
 * tables maintained by migrations, so they are read whole.
 */
@NullMarked
package cn.zhaoshang.crm.reference;

import org.jspecify.annotations.NullMarked;
