/** The order aggregate, its state machine, placement rules, pricing and domain events: pure Java, no framework or I/O. */
package io.ordercenter.trade.order.domain;
