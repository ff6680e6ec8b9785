/** Starting payments with the channel and applying its signed callbacks. */
package io.ordercenter.trade.payment.application;
