/** The order endpoints of the public API and the internal endpoints order-async calls. */
package io.ordercenter.trade.order.web;
