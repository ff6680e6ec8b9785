/** Refund retries until the channel confirms, with their ports to the channel and order-trade. */
package io.ordercenter.async.refund.application;
