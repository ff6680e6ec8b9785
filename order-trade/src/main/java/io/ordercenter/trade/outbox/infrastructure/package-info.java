/** The relay that moves outbox rows to Kafka, one database at a time per instance. */
package io.ordercenter.trade.outbox.infrastructure;
