/** The cache entries as reconciliation reads them, and the last report in Redis. */
package io.ordercenter.async.reconciliation.infrastructure.redis;
