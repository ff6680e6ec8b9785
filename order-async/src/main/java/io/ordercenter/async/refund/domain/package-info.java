/** A refund as the payment channel takes it, and its answers. */
package io.ordercenter.async.refund.domain;
