/** The order copy through ShardingSphere and MyBatis. */
package io.ordercenter.async.order.infrastructure.mybatis;
