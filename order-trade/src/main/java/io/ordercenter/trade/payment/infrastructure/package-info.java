/** Verification of the payment channel's HMAC signatures. */
package io.ordercenter.trade.payment.infrastructure;
