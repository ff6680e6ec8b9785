/** What reconciliation compares, the differences it finds and its report. */
package io.ordercenter.async.reconciliation.domain;
