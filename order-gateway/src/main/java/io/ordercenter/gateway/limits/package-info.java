/** Request-body size limits and fleet-wide per-caller rate limits (token buckets in Redis through Bucket4j). */
package io.ordercenter.gateway.limits;
