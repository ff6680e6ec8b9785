/** Refunds of an order's payment: their identity, amount and progress from requested to succeeded. */
package io.ordercenter.trade.refund.domain;
