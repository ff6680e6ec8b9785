/** The shop copy in {@code t_order_shop}, and conversions between order snapshots and rows. */
package io.ordercenter.async.projection.infrastructure.mybatis;
