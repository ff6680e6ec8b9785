/** Wiring of the order use cases with their adapters. */
package io.ordercenter.trade.order.infrastructure;
