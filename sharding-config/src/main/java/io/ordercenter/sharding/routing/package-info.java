/** Pure routing functions that map user, shop and order ids to one of the 100 physical tables and 4 databases. */
package io.ordercenter.sharding.routing;
