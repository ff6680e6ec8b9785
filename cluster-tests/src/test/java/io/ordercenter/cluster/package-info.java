/**
 * The end-to-end test of the cluster run: {@link io.ordercenter.cluster.ClusterRun} starts
 * {@code ./ordercenter up --cluster} on free ports and reads its control API;
 * {@link io.ordercenter.cluster.ClusterRunIT} drives the public API through the gateway. All IT
 * classes share one run ({@code ClusterRun.shared()}). The multi-instance checks ({@code
 * OrderIdsAcrossTradeInstancesIT}, {@code OutboxRelayTakeoverIT}, {@code UnpaidTimeoutClaimedOnceIT},
 * {@code ConsumerRebalanceIT}) use {@link io.ordercenter.cluster.ClusterClient} for calls, tokens and
 * the shard databases, and {@link io.ordercenter.cluster.OrderEventLog} to read {@code order-events}.
 */
package io.ordercenter.cluster;
