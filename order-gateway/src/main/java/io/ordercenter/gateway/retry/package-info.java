/** When a failed attempt may be repeated on another instance, and the filter that repeats it. */
package io.ordercenter.gateway.retry;
