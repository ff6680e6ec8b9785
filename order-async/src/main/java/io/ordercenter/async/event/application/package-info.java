/** What a concern implements to consume events: one at a time or in batches, idempotently. */
package io.ordercenter.async.event.application;
