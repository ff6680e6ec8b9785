/** The red-envelope concern and its port to the coupon service. */
package io.ordercenter.async.redenvelope.application;
