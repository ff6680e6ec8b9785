/**
 * The dependency simulator: stands in for the shop, menu, user, inventory, coupon, payment and push
 * services in local and test runs, with fault injection; {@link io.ordercenter.sim.DependencySimulator}
 * starts it in-process, {@link io.ordercenter.sim.Main} as a program. The contract is in SIMULATOR.md.
 */
package io.ordercenter.sim;
