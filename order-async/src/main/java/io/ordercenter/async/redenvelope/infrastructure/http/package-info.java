/** Red-envelope grants through the coupon service over HTTP. */
package io.ordercenter.async.redenvelope.infrastructure.http;
