/** The search index as reconciliation reads it. */
package io.ordercenter.async.reconciliation.infrastructure.es;
