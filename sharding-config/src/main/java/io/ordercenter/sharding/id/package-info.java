/** The 64-bit order-id generator and the database lease that gives each live instance its own worker id. */
package io.ordercenter.sharding.id;
