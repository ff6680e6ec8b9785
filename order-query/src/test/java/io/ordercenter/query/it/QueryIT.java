package io.ordercenter.query.it;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.ordercenter.deploy.testkit.StackEndpoints;
import io.ordercenter.deploy.testkit.TestStack;
import io.ordercenter.query.QueryApplication;
import io.ordercenter.query.platform.redis.RedisConnection;
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
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port against the shared real stack (MariaDB, Redis, Elasticsearch), one
 * Spring context for every integration test class of the module.
 */
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class QueryIT {

    protected ElasticsearchClient elasticsearch;
    protected Api api;
    protected TestData data;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackEndpoints stack = TestStack.endpoints();
        registry.add("ordercenter.sharding.shards", stack::mysqlShards);
        registry.add("ordercenter.sharding.username", stack::mysqlUser);
        registry.add("ordercenter.sharding.password", stack::mysqlPassword);
        registry.add("ordercenter.redis.host", stack::redisHost);
        registry.add("ordercenter.redis.port", stack::redisPort);
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
