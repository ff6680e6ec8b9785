/** Starting a payment and receiving the channel's signed callback. */
package io.ordercenter.trade.payment.web;
