/** Delayed tasks: their kinds, outcomes and the retry backoff. */
package io.ordercenter.async.task.domain;
