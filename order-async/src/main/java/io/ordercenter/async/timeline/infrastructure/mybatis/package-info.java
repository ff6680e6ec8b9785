/** The timeline in {@code t_order_timeline}, through ShardingSphere. */
package io.ordercenter.async.timeline.infrastructure.mybatis;
