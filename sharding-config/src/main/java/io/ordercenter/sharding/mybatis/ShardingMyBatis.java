package io.ordercenter.sharding.mybatis;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.type.JdbcType;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.transaction.SpringManagedTransactionFactory;

/**
 * Builds the MyBatis configuration of this module: one for the ShardingSphere data source (the
 * sharded mappers) and one per physical database (the outbox relay, the delay-task queue, the
 * window scan).
 *
 * <p>Deliberately separate from any application {@code SqlSessionFactory} (and from
 * mybatis-spring-boot's auto-configuration), so that a service's own mappers and {@code mybatis.*}
 * settings neither change nor depend on ours. Both take part in Spring-managed transactions through
 * {@link SpringManagedTransactionFactory}, so a service transaction on the sharding data source spans
 * our mappers and its own.
 */
public final class ShardingMyBatis {

    /** Mappers used through the ShardingSphere data source. */
    public static final List<Class<?>> SHARDED_MAPPERS = List.of(
            OrderMapper.class,
            OrderUserMapper.class,
            OrderShopMapper.class,
            IdempotencyMapper.class,
            OutboxMapper.class,
            DelayTaskMapper.class,
            TimelineMapper.class,
            CopyRepairMapper.class);

    private static final String ORDER_COLUMNS = "io/ordercenter/sharding/mybatis/OrderColumns.xml";

    private final SqlSessionTemplate template;

    private ShardingMyBatis(SqlSessionFactory factory) {
        this.template = new SqlSessionTemplate(factory);
    }

    /** Our mappers over the ShardingSphere data source. */
    public static ShardingMyBatis sharded(DataSource shardingDataSource, Duration statementTimeout) {
        Configuration configuration = configuration("order-center-sharded", shardingDataSource, statementTimeout);
        loadFragments(configuration);
        SHARDED_MAPPERS.forEach(configuration::addMapper);
        return new ShardingMyBatis(new SqlSessionFactoryBuilder().build(configuration));
    }

    /** The relay mapper over one physical database. */
    public static ShardingMyBatis relay(DataSource physicalDatabase, Duration statementTimeout) {
        Configuration configuration = configuration("order-center-relay", physicalDatabase, statementTimeout);
        configuration.addMapper(OutboxRelayMapper.class);
        return new ShardingMyBatis(new SqlSessionFactoryBuilder().build(configuration));
    }

    /** Per-database mappers ({@code mappers}) over one physical database, with the order-column fragments loaded. */
    public static ShardingMyBatis physical(
            DataSource physicalDatabase, Duration statementTimeout, Class<?>... mappers) {
        Configuration configuration = configuration("order-center-physical", physicalDatabase, statementTimeout);
        loadFragments(configuration);
        for (Class<?> mapper : mappers) {
            configuration.addMapper(mapper);
        }
        return new ShardingMyBatis(new SqlSessionFactoryBuilder().build(configuration));
    }

    /** A thread-safe, transaction-aware mapper. */
    public <T> T mapper(Class<T> type) {
        return template.getMapper(type);
    }

    public SqlSessionTemplate template() {
        return template;
    }

    private static Configuration configuration(String id, DataSource dataSource, Duration statementTimeout) {
        Configuration configuration =
                new Configuration(new Environment(id, new SpringManagedTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setJdbcTypeForNull(JdbcType.NULL);
        configuration.setCacheEnabled(false);
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setDefaultStatementTimeout((int) Math.max(1, statementTimeout.toSeconds()));
        configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
        return configuration;
    }

    private static void loadFragments(Configuration configuration) {
        try (InputStream xml = Resources.getResourceAsStream(ShardingMyBatis.class.getClassLoader(), ORDER_COLUMNS)) {
            new XMLMapperBuilder(xml, configuration, ORDER_COLUMNS, configuration.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + ORDER_COLUMNS, e);
        }
    }
}
