/** Answers and ids of the unpaid timeout and the reservation sweep. */
package io.ordercenter.async.timeout.domain;
