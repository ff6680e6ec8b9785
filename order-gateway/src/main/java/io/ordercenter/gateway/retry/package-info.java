/** When a failed attempt may be repeated on another instance, the filter that repeats it, and the body it sends again. */
package io.ordercenter.gateway.retry;
