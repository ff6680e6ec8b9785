/** One resilience4j bulkhead, time limit and circuit breaker per dependency (database, Redis, Elasticsearch). */
package io.ordercenter.query.platform.resilience;
