/** The read side's order cache as order-trade sees it: evicted right after each committed state change. */
package io.ordercenter.trade.order.infrastructure.redis;
