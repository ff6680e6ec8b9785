/**
 * The payment channel: payments whose outcome arrives later as a signed callback (retried until the
 * receiver answers 2xx), and refunds, each idempotent by its id.
 */
package io.ordercenter.sim.payment;
