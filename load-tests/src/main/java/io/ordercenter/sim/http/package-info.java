/**
 * The simulator's HTTP vocabulary, free of any server library: routes, calls, replies, JSON, and
 * the dispatcher that applies injected faults before a feature's handler runs.
 */
package io.ordercenter.sim.http;
