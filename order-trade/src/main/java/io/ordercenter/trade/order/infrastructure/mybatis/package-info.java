/** Orders, placement keys and tasks stored through sharding-config's MyBatis mappers. */
package io.ordercenter.trade.order.infrastructure.mybatis;
