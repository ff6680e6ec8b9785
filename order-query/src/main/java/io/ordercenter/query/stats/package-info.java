/** A user's order statistics, read from the figures order-async precomputes (never by scanning orders). */
package io.ordercenter.query.stats;
