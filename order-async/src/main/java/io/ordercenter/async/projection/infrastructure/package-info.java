/** Wiring of the shop-copy and cache concerns. */
package io.ordercenter.async.projection.infrastructure;
