package io.ordercenter.gateway.balancing;

import io.ordercenter.gateway.routing.UpstreamProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every service behind the gateway gets its instance list from {@link UpstreamInstancesConfiguration}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UpstreamProperties.class)
@LoadBalancerClients(defaultConfiguration = UpstreamInstancesConfiguration.class)
public class LoadBalancingConfiguration {}
