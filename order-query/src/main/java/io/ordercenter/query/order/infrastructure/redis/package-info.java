/** The order read cache in Redis: JSON of the order object under {@code CacheKeys.order}, missing markers beside it. */
package io.ordercenter.query.order.infrastructure.redis;
