/** When a red envelope is earned, and its once-per-order grant id. */
package io.ordercenter.async.redenvelope.domain;
