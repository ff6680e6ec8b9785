/** One bulkhead, time limit and circuit breaker per dependency (resilience4j), so a slow one only ever stalls its own callers. */
package io.ordercenter.async.platform.resilience;
