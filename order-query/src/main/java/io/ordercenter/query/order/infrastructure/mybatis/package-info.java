/** The order copy, user copy and shop copy through sharding-config's mappers (every statement routed to one shard). */
package io.ordercenter.query.order.infrastructure.mybatis;
