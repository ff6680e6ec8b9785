package io.ordercenter.deploy.cluster;

import io.ordercenter.deploy.stack.ClusterSecrets;
import io.ordercenter.deploy.stack.ClusterServers;
import io.ordercenter.deploy.stack.ClusterSettings;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment of every service instance in the cluster run, the ONLY configuration they get
 * (besides the {@code prod} profile). {@link #VARIABLES} is the table of {@code deploy/ENVIRONMENT.md}
 * (name and the processes that read it), held to the document by {@code ClusterEnvironmentTest}; each
 * instance gets exactly the variables its service reads.
 */
public final class ClusterEnvironment {

    /** The processes of the production shape that take their configuration from the environment. */
    public enum Service {
        TRADE,
        QUERY,
        ASYNC,
        GATEWAY,
        IDENTITY;

        /** The name in ENVIRONMENT.md's "read by" column. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The unpaid-order timeout of the cluster run: the production default. */
    static final String UNPAID_TIMEOUT = "15m";
    /**
     * A launcher system property (not an environment variable, so nothing of a shell leaks in) that
     * replaces {@link #UNPAID_TIMEOUT} for a test run, e.g. {@code -Dordercenter.cluster.unpaid-timeout=30s}
     * ({@code cluster-tests} sets it to see orders time out within the test).
     */
    public static final String UNPAID_TIMEOUT_PROPERTY = "ordercenter.cluster.unpaid-timeout";
    /** Primary shards and replicas of the order index: with two nodes, one copy of each shard on each. */
    static final int SEARCH_SHARDS = 2;

    static final int SEARCH_REPLICAS = 1;
    static final String ASYNC_CLIENT_ID = "order-async";
    static final String MYSQL_USER = "ordercenter";
    /** The identity provider's production default, set explicitly so every variable has its value here. */
    static final String IDENTITY_ROTATION_PERIOD = "30d";

    /** Every variable of ENVIRONMENT.md, in its order, with the services that read it. */
    public static final Map<String, Set<Service>> VARIABLES = table();

    private ClusterEnvironment() {}

    private static Map<String, Set<Service>> table() {
        Set<Service> data = EnumSet.of(Service.TRADE, Service.QUERY, Service.ASYNC);
        Set<Service> redis = EnumSet.of(Service.TRADE, Service.QUERY, Service.ASYNC, Service.GATEWAY);
        Map<String, Set<Service>> t = new LinkedHashMap<>();
        t.put("OC_HTTP_ADDRESS", EnumSet.allOf(Service.class));
        t.put("OC_HTTP_PORT", EnumSet.allOf(Service.class));
        t.put("OC_MYSQL_SHARDS", data);
        t.put("OC_MYSQL_USER", data);
        t.put("OC_MYSQL_PASSWORD", data);
        t.put("OC_REDIS_NODES", redis);
        t.put("OC_REDIS_CLUSTER", redis);
        t.put("OC_KAFKA_BOOTSTRAP", EnumSet.of(Service.TRADE, Service.ASYNC));
        t.put("OC_ELASTICSEARCH_URLS", EnumSet.of(Service.QUERY, Service.ASYNC));
        t.put("OC_SEARCH_SHARDS", EnumSet.of(Service.ASYNC));
        t.put("OC_SEARCH_REPLICAS", EnumSet.of(Service.ASYNC));
        t.put("OC_JWT_ISSUER", EnumSet.allOf(Service.class));
        t.put("OC_JWK_SET_URI", redis);
        t.put("OC_IDENTITY_TOKEN_URI", EnumSet.of(Service.ASYNC));
        t.put("OC_ASYNC_CLIENT_ID", EnumSet.of(Service.ASYNC, Service.IDENTITY));
        t.put("OC_ASYNC_CLIENT_SECRET", EnumSet.of(Service.ASYNC, Service.IDENTITY));
        t.put("OC_DEPENDENCIES_URL", EnumSet.of(Service.TRADE, Service.ASYNC));
        t.put("OC_TRADE_URLS", EnumSet.of(Service.ASYNC, Service.GATEWAY));
        t.put("OC_QUERY_URLS", EnumSet.of(Service.GATEWAY));
        t.put("OC_ASYNC_URLS", EnumSet.of(Service.GATEWAY));
        t.put("OC_PAYMENT_CALLBACK_URL", EnumSet.of(Service.TRADE));
        t.put("OC_PAYMENT_CALLBACK_SECRET", EnumSet.of(Service.TRADE));
        t.put("OC_CURSOR_SECRET", EnumSet.of(Service.QUERY));
        t.put("OC_UNPAID_TIMEOUT", EnumSet.of(Service.TRADE));
        t.put("OC_IDENTITY_KEY_DIR", EnumSet.of(Service.IDENTITY));
        t.put("OC_IDENTITY_ROTATION_PERIOD", EnumSet.of(Service.IDENTITY));
        t.put("OC_IDENTITY_DEMO_SECRET", EnumSet.of(Service.IDENTITY));
        t.put("OC_IDENTITY_DEMO_ALLOW_PROD", EnumSet.of(Service.IDENTITY));
        t.replaceAll((name, readers) -> Set.copyOf(readers));
        return java.util.Collections.unmodifiableMap(t);
    }

    /** The environment of one instance of {@code service} listening on {@code port}. */
    public static Map<String, String> of(Service service, int port, ClusterSettings cluster, ClusterSecrets secrets) {
        Map<String, String> all = values(port, cluster, secrets);
        Map<String, String> env = new TreeMap<>();
        VARIABLES.forEach((name, readers) -> {
            if (readers.contains(service)) {
                String value = all.get(name);
                if (value == null) {
                    throw new IllegalStateException("the cluster run sets no value for " + name);
                }
                env.put(name, value);
            }
        });
        return env;
    }

    /** The value of every variable for an instance on {@code port}. */
    static Map<String, String> values(int port, ClusterSettings cluster, ClusterSecrets secrets) {
        String identity = cluster.url(cluster.identityPort());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("OC_HTTP_ADDRESS", cluster.base().bindHost());
        v.put("OC_HTTP_PORT", Integer.toString(port));
        v.put("OC_MYSQL_SHARDS", cluster.mysqlShards());
        v.put("OC_MYSQL_USER", MYSQL_USER);
        v.put("OC_MYSQL_PASSWORD", secrets.mysqlPassword());
        v.put("OC_REDIS_NODES", cluster.redisNodes());
        v.put("OC_REDIS_CLUSTER", Boolean.toString(ClusterServers.redisIsCluster()));
        v.put("OC_KAFKA_BOOTSTRAP", cluster.kafkaBootstrap());
        v.put("OC_ELASTICSEARCH_URLS", cluster.elasticsearchUrls());
        v.put("OC_SEARCH_SHARDS", Integer.toString(SEARCH_SHARDS));
        v.put("OC_SEARCH_REPLICAS", Integer.toString(SEARCH_REPLICAS));
        v.put("OC_JWT_ISSUER", identity);
        v.put("OC_JWK_SET_URI", identity + "/oauth2/jwks");
        v.put("OC_IDENTITY_TOKEN_URI", identity + "/oauth2/token");
        v.put("OC_ASYNC_CLIENT_ID", ASYNC_CLIENT_ID);
        v.put("OC_ASYNC_CLIENT_SECRET", secrets.asyncClientSecret());
        v.put("OC_DEPENDENCIES_URL", cluster.url(cluster.simulatorPort()));
        v.put("OC_TRADE_URLS", cluster.urls(cluster.tradePorts()));
        v.put("OC_QUERY_URLS", cluster.urls(cluster.queryPorts()));
        v.put("OC_ASYNC_URLS", cluster.urls(cluster.asyncPorts()));
        v.put("OC_PAYMENT_CALLBACK_URL", cluster.url(cluster.gatewayPort()) + "/api/v1/payments/callback");
        v.put("OC_PAYMENT_CALLBACK_SECRET", secrets.paymentCallbackSecret());
        v.put("OC_CURSOR_SECRET", secrets.cursorSecret());
        v.put("OC_UNPAID_TIMEOUT", unpaidTimeout());
        v.put("OC_IDENTITY_KEY_DIR", cluster.base().dir("identity-keys").toString());
        v.put("OC_IDENTITY_ROTATION_PERIOD", IDENTITY_ROTATION_PERIOD);
        v.put("OC_IDENTITY_DEMO_SECRET", secrets.identityDemoSecret());
        v.put("OC_IDENTITY_DEMO_ALLOW_PROD", "true");
        return v;
    }

    /** The unpaid-order timeout the instances get: {@link #UNPAID_TIMEOUT} unless a test run set {@link #UNPAID_TIMEOUT_PROPERTY}. */
    static String unpaidTimeout() {
        String override = System.getProperty(UNPAID_TIMEOUT_PROPERTY, "").strip();
        if (override.isEmpty()) {
            return UNPAID_TIMEOUT;
        }
        if (!override.matches("[1-9][0-9]*(s|m)")) {
            throw new IllegalArgumentException(
                    UNPAID_TIMEOUT_PROPERTY + " must be whole seconds or minutes such as 30s or 2m, not " + override);
        }
        return override;
    }

    /** The services that read {@code name}, as ENVIRONMENT.md's "read by" column lists them. */
    public static List<String> readers(String name) {
        return VARIABLES.getOrDefault(name, Set.of()).stream()
                .sorted()
                .map(Service::label)
                .toList();
    }
}
