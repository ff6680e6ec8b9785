/** The shop copy and the order-detail cache, kept up to date from events. */
package io.ordercenter.async.projection.application;
