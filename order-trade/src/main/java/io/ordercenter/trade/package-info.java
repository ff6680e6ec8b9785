/** order-trade: placing and paying orders and the order state machine. */
package io.ordercenter.trade;
