/** The push service: notifications to users, merchants and riders, delivered once per notification id. */
package io.ordercenter.sim.push;
