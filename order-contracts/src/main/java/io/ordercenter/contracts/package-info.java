/** Wire-level contracts shared by all services: status model, event schema, topics, error codes. */
package io.ordercenter.contracts;
