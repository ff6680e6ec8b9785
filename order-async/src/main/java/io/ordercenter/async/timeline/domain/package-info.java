/** Entries of an order's timeline: state changes and the side effects they caused. */
package io.ordercenter.async.timeline.domain;
