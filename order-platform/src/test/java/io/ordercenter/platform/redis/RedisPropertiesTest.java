package io.ordercenter.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedisPropertiesTest {

    private static RedisProperties of(List<String> nodes, Boolean cluster) {
        return new RedisProperties(nodes, cluster, null, null, null, null);
    }

    @Test
    void a_standalone_server_is_one_node_and_the_default() {
        RedisProperties properties = of(List.of(" 127.0.0.1:16379 "), null);
        assertThat(properties.cluster()).isFalse();
        assertThat(properties.parsedNodes()).containsExactly(new RedisProperties.Node("127.0.0.1", 16379));
    }

    @Test
    void a_cluster_takes_any_number_of_seed_nodes() {
        RedisProperties properties = of(List.of("redis-0:6379", "redis-1:6379", ""), true);
        assertThat(properties.parsedNodes())
                .containsExactly(new RedisProperties.Node("redis-0", 6379), new RedisProperties.Node("redis-1", 6379));
    }

    @Test
    void several_nodes_without_cluster_mode_are_refused_with_the_variable_names() {
        assertThatThrownBy(() -> of(List.of("a:1", "b:2"), false))
                .hasMessageContaining("OC_REDIS_NODES")
                .hasMessageContaining("OC_REDIS_CLUSTER=false");
    }

    @Test
    void no_nodes_or_a_node_without_a_port_is_refused() {
        assertThatThrownBy(() -> of(null, true)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> of(List.of("localhost"), false)).hasMessageContaining("not host:port");
        assertThatThrownBy(() -> of(List.of("localhost:http"), false)).hasMessageContaining("no valid port");
        assertThatThrownBy(() -> of(List.of("localhost:70000"), false)).hasMessageContaining("no valid port");
    }
}
