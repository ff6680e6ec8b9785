/** The consumed event: the wire contract plus its decoded order snapshot. */
package io.ordercenter.async.event.domain;
