/** User figures in Redis, applied once per (order, version) by a Lua script. */
package io.ordercenter.async.stats.infrastructure.redis;
