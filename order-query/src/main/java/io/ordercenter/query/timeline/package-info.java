/** Support's view of everything that happened to one order: state changes and side effects, with time, service and trace. */
package io.ordercenter.query.timeline;
