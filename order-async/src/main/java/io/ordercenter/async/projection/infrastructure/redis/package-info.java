/** The order-detail cache in Redis. */
package io.ordercenter.async.projection.infrastructure.redis;
