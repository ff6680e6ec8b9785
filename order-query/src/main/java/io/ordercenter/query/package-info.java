/** order-query: the read side (port 8082), packaged by feature (order, search, stats, timeline) then by role. */
package io.ordercenter.query;
