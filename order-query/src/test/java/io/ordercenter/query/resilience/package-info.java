/** Fault tests: servers of the shared stack stopped and started again while the service answers. */
package io.ordercenter.query.resilience;
