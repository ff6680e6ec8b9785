/** The physical table definitions and the idempotent, lock-guarded migrator that creates them on all four databases. */
package io.ordercenter.sharding.schema;
