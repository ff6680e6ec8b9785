/** Integration-test fixtures: the shared stack's sharded storage and test data. */
package io.ordercenter.sharding.it;
