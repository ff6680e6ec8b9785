/** The inventory service: stock per sku and try/confirm/release reservations, idempotent by reservation id. */
package io.ordercenter.sim.inventory;
