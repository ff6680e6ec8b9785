/**
 * The services' one way to Redis: a Lettuce connection to a standalone server or a Redis Cluster
 * ({@code OC_REDIS_NODES}, {@code OC_REDIS_CLUSTER}), its settings and health, and the cache
 * eviction every writer of an order shares.
 */
package io.ordercenter.platform.redis;
