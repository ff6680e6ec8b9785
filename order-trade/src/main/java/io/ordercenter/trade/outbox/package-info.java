/** The transactional outbox: events written with each state change and relayed to Kafka. */
package io.ordercenter.trade.outbox;
