/** The user-stats concern and its port. */
package io.ordercenter.async.stats.application;
