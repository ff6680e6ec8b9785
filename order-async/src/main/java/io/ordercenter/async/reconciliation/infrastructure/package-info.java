/** Wiring, scheduling, locking and metrics of the reconciliation, and the repairs of every copy. */
package io.ordercenter.async.reconciliation.infrastructure;
