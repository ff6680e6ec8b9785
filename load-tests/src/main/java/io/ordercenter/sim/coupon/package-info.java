/** The coupon service: coupon reservations (try/confirm/release, idempotent) and red-envelope grants. */
package io.ordercenter.sim.coupon;
