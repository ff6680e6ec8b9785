/** The payment channel's refunds and order-trade's refund endpoint over HTTP. */
package io.ordercenter.async.refund.infrastructure.http;
