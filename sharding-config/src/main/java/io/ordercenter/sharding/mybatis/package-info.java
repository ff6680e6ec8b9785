/** MyBatis mappers and row records for the sharded tables; every statement carries its table's sharding key. */
package io.ordercenter.sharding.mybatis;
