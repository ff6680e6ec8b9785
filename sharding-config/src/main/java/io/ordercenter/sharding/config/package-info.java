/** Builds the ShardingSphere data source over four HikariCP pools, and the Spring Boot auto-configuration of this module. */
package io.ordercenter.sharding.config;
