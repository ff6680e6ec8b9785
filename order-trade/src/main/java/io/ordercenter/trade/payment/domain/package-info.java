/** Payment identity as the order domain sees it: the id of the channel payment that paid an order. */
package io.ordercenter.trade.payment.domain;
