/** The worker that claims due delayed tasks per database, runs them and records their outcomes. */
package io.ordercenter.async.task.infrastructure;
