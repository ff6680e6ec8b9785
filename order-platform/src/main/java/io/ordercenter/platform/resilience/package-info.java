/** One bulkhead, time limit and circuit breaker per dependency, and the registry that builds them from configuration. */
package io.ordercenter.platform.resilience;
