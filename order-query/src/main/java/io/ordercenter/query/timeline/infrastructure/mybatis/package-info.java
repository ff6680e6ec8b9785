/** Timelines from {@code t_order_timeline} (sharded by order id) through sharding-config's {@code TimelineMapper}. */
package io.ordercenter.query.timeline.infrastructure.mybatis;
