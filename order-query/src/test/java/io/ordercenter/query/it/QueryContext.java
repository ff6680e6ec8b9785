package io.ordercenter.query.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.platform.redis.RedisConnection;
import io.ordercenter.query.QueryApplication;
import io.ordercenter.sharding.id.OrderIdGenerator;
import io.ordercenter.sharding.mybatis.OrderMapper;
import io.ordercenter.sharding.mybatis.OrderShopMapper;
import io.ordercenter.sharding.mybatis.OrderUserMapper;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The service on a random port against the shared real stack (MariaDB, Redis, Elasticsearch) and the
 * fixtures every integration test uses; which Redis it talks to is {@link QueryIT}'s (the single
 * node) or {@link ClusterQueryIT}'s (the Redis Cluster) choice.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class QueryContext {

    protected ElasticsearchClient elasticsearch;
    protected Api api;
    protected TestData data;

    /** The stack's endpoints as the service's properties, with the given Redis. */
    protected static void register(DynamicPropertyRegistry registry, String redisNodes, boolean redisCluster) {
        StackEndpoints stack = TestStack.endpoints();
        registry.add("ordercenter.sharding.shards", stack::mysqlShards);
        registry.add("ordercenter.sharding.username", stack::mysqlUser);
        registry.add("ordercenter.sharding.password", stack::mysqlPassword);
        registry.add("ordercenter.redis.nodes", () -> redisNodes);
        registry.add("ordercenter.redis.cluster", () -> Boolean.toString(redisCluster));
        registry.add("ordercenter.elasticsearch.urls", stack::elasticsearchUrl);
    }

    /** Injected when the test instance is made, so {@code @BeforeAll} methods of per-class tests may use them. */
    @Autowired
    void fixtures(
            @Value("${local.server.port}") int port,
            OrderIdGenerator ids,
            OrderMapper orders,
            OrderUserMapper userOrders,
            OrderShopMapper shopOrders,
            DataSource dataSource,
            ElasticsearchClient elasticsearch,
            RedisConnection redis) {
        this.elasticsearch = elasticsearch;
        api = new Api(port);
        data = new TestData(ids, orders, userOrders, shopOrders, dataSource, elasticsearch, redis);
    }
}
