/** order-async: Kafka consumers (one group per concern), durable delayed work and reconciliation. */
package io.ordercenter.async;
