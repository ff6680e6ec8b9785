/** The one Lettuce connection to Redis (cache and precomputed stats), its settings and health. */
package io.ordercenter.query.platform.redis;
