/**
 * The end-to-end test of the cluster run: {@link io.ordercenter.cluster.ClusterRun} starts
 * {@code ./ordercenter up --cluster} on free ports and reads its control API;
 * {@link io.ordercenter.cluster.ClusterRunIT} drives the public API through the gateway.
 */
package io.ordercenter.cluster;
