/** ShardingSphere sharding algorithms (registered as SPI types) that delegate to {@code ShardRouting}. */
package io.ordercenter.sharding.algorithm;
