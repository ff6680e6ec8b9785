/**
 * The cluster run ({@code ./ordercenter up --cluster}): the production shape on one machine. The
 * services' environment built from the one list of {@code deploy/ENVIRONMENT.md}
 * ({@link io.ordercenter.deploy.cluster.ClusterEnvironment}), and the two instances of each service,
 * the simulator, the identity provider and the gateway started on top of the cluster's servers
 * ({@link io.ordercenter.deploy.cluster.ClusterServices}).
 */
package io.ordercenter.deploy.cluster;
