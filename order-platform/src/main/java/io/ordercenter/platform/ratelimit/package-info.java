/** Per-caller request limits (token buckets keyed by the JWT subject) answered as 429 RATE_LIMITED. */
package io.ordercenter.platform.ratelimit;
