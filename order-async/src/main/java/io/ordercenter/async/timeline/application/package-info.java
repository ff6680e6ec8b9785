/** The timeline port and the concern that records every state change. */
package io.ordercenter.async.timeline.application;
