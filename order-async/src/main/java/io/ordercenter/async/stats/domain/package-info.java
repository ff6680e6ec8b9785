/** How state changes move a user's precomputed figures. */
package io.ordercenter.async.stats.domain;
