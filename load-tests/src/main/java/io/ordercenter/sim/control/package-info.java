/**
 * The cross-cutting part of the control API: faults, call counts, reset, and the reservation
 * inspection that spans inventory and coupons. Feature-specific controls live with their feature.
 */
package io.ordercenter.sim.control;
