/** The adapters of the timeline port. */
package io.ordercenter.query.timeline.infrastructure;
