/** User stats from the Redis hash {@code CacheKeys.userStats(userId)} that order-async maintains. */
package io.ordercenter.query.stats.infrastructure.redis;
