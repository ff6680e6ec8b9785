/** Use cases of the order: placing it and moving it through its lifecycle; ports to storage and dependencies. */
package io.ordercenter.trade.order.application;
