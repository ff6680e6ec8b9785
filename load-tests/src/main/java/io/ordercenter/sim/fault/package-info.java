/** Fault injection per simulated dependency (latency, error rate) and the per-dependency call counts. */
package io.ordercenter.sim.fault;
