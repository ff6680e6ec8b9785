/** HTTP endpoint of the order timeline. */
package io.ordercenter.query.timeline.web;
