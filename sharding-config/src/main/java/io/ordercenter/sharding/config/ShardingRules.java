package io.ordercenter.sharding.config;

import io.ordercenter.sharding.algorithm.OrderGeneShardingAlgorithm;
import io.ordercenter.sharding.algorithm.OutboxDatabaseShardingAlgorithm;
import io.ordercenter.sharding.algorithm.ShardTarget;
import io.ordercenter.sharding.algorithm.ShopHashShardingAlgorithm;
import io.ordercenter.sharding.algorithm.UserHashShardingAlgorithm;
import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.sharding.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.shardingsphere.infra.algorithm.core.config.AlgorithmConfiguration;
import org.apache.shardingsphere.sharding.api.config.ShardingRuleConfiguration;
import org.apache.shardingsphere.sharding.api.config.rule.ShardingTableReferenceRuleConfiguration;
import org.apache.shardingsphere.sharding.api.config.rule.ShardingTableRuleConfiguration;
import org.apache.shardingsphere.sharding.api.config.strategy.audit.ShardingAuditStrategyConfiguration;
import org.apache.shardingsphere.sharding.api.config.strategy.sharding.NoneShardingStrategyConfiguration;
import org.apache.shardingsphere.sharding.api.config.strategy.sharding.StandardShardingStrategyConfiguration;

/**
 * The ShardingSphere sharding rule, built with the Java API.
 *
 * <ul>
 *   <li>{@code t_order} + {@code t_order_item} (a binding group) by {@code order_id} with {@code
 *       OC_ORDER_GENE}; {@code t_order_user} and {@code t_idempotency} by {@code user_id} with {@code
 *       OC_USER_HASH}; {@code t_order_shop} by {@code shop_id} with {@code OC_SHOP_HASH}: each over
 *       100 data nodes, listed explicitly with the {@code <LITERAL>} expression parser, so no Groovy
 *       expression is evaluated for routing or data nodes.
 *   <li>{@code t_order_timeline} by {@code order_id} with {@code OC_ORDER_GENE}, like {@code t_order}
 *       (not bound to it: it is never joined).
 *   <li>{@code t_outbox} and {@code t_delay_task}: one table per database, database-only sharding by
 *       {@code order_id} with {@code OC_OUTBOX_DB}, so both are written in the order's own local
 *       transaction.
 *   <li>Every table is audited with ShardingSphere's {@code DML_SHARDING_CONDITIONS}, which refuses
 *       any DML without a sharding condition (a query that would route to all 100 tables) with {@code
 *       DMLWithoutShardingKeyException}; hints cannot switch it off. Range conditions on a sharding key
 *       are refused by our algorithms.
 * </ul>
 */
public final class ShardingRules {

    /** The name of the auditor that requires a sharding condition in every DML statement. */
    public static final String SHARDING_KEY_AUDITOR = "sharding_key_required";

    private static final String ORDER_DB = "order_gene_db";
    private static final String ORDER_TABLE = "order_gene_table";
    private static final String USER_DB = "user_hash_db";
    private static final String USER_TABLE = "user_hash_table";
    private static final String SHOP_DB = "shop_hash_db";
    private static final String SHOP_TABLE = "shop_hash_table";
    private static final String OUTBOX_DB = "outbox_db";

    private ShardingRules() {}

    /** The complete sharding rule. */
    public static ShardingRuleConfiguration ruleConfiguration() {
        ShardingRuleConfiguration rule = new ShardingRuleConfiguration();
        rule.getTables().add(sharded(Tables.ORDER, "order_id", ORDER_DB, ORDER_TABLE));
        rule.getTables().add(sharded(Tables.ORDER_ITEM, "order_id", ORDER_DB, ORDER_TABLE));
        rule.getTables().add(sharded(Tables.ORDER_USER, "user_id", USER_DB, USER_TABLE));
        rule.getTables().add(sharded(Tables.IDEMPOTENCY, "user_id", USER_DB, USER_TABLE));
        rule.getTables().add(sharded(Tables.ORDER_SHOP, "shop_id", SHOP_DB, SHOP_TABLE));
        rule.getTables().add(sharded(Tables.ORDER_TIMELINE, "order_id", ORDER_DB, ORDER_TABLE));
        rule.getTables().add(perDatabase(Tables.OUTBOX));
        rule.getTables().add(perDatabase(Tables.DELAY_TASK));
        rule.getBindingTableGroups()
                .add(new ShardingTableReferenceRuleConfiguration(
                        "order_binding", Tables.ORDER + "," + Tables.ORDER_ITEM));

        rule.getShardingAlgorithms().put(ORDER_DB, algorithm(OrderGeneShardingAlgorithm.TYPE, ShardTarget.DATABASE));
        rule.getShardingAlgorithms().put(ORDER_TABLE, algorithm(OrderGeneShardingAlgorithm.TYPE, ShardTarget.TABLE));
        rule.getShardingAlgorithms().put(USER_DB, algorithm(UserHashShardingAlgorithm.TYPE, ShardTarget.DATABASE));
        rule.getShardingAlgorithms().put(USER_TABLE, algorithm(UserHashShardingAlgorithm.TYPE, ShardTarget.TABLE));
        rule.getShardingAlgorithms().put(SHOP_DB, algorithm(ShopHashShardingAlgorithm.TYPE, ShardTarget.DATABASE));
        rule.getShardingAlgorithms().put(SHOP_TABLE, algorithm(ShopHashShardingAlgorithm.TYPE, ShardTarget.TABLE));
        rule.getShardingAlgorithms()
                .put(OUTBOX_DB, algorithm(OutboxDatabaseShardingAlgorithm.TYPE, ShardTarget.DATABASE));

        rule.getAuditors()
                .put(SHARDING_KEY_AUDITOR, new AlgorithmConfiguration("DML_SHARDING_CONDITIONS", new Properties()));
        rule.setDefaultAuditStrategy(new ShardingAuditStrategyConfiguration(List.of(SHARDING_KEY_AUDITOR), false));
        return rule;
    }

    /** The actual-data-nodes expression of a table sharded over all 100 tables. */
    static String dataNodes(String logicTable) {
        return "<LITERAL>" + String.join(",", ShardRouting.dataNodes(logicTable));
    }

    static String outboxDataNodes() {
        return perDatabaseDataNodes(Tables.OUTBOX);
    }

    /** The data nodes of a table that exists once in each database: {@code ds_0.t_outbox, .., ds_3.t_outbox}. */
    static String perDatabaseDataNodes(String table) {
        List<String> nodes = new ArrayList<>();
        for (int db = 0; db < ShardRouting.DATABASES; db++) {
            nodes.add(ShardRouting.dataSourceName(db) + "." + table);
        }
        return "<LITERAL>" + String.join(",", nodes);
    }

    private static ShardingTableRuleConfiguration sharded(
            String logicTable, String column, String databaseAlgorithm, String tableAlgorithm) {
        ShardingTableRuleConfiguration table = new ShardingTableRuleConfiguration(logicTable, dataNodes(logicTable));
        table.setDatabaseShardingStrategy(new StandardShardingStrategyConfiguration(column, databaseAlgorithm));
        table.setTableShardingStrategy(new StandardShardingStrategyConfiguration(column, tableAlgorithm));
        return table;
    }

    /** A table with one physical table per database, placed by the database of its {@code order_id}. */
    private static ShardingTableRuleConfiguration perDatabase(String logicTable) {
        ShardingTableRuleConfiguration table =
                new ShardingTableRuleConfiguration(logicTable, perDatabaseDataNodes(logicTable));
        table.setDatabaseShardingStrategy(new StandardShardingStrategyConfiguration("order_id", OUTBOX_DB));
        table.setTableShardingStrategy(new NoneShardingStrategyConfiguration());
        return table;
    }

    private static AlgorithmConfiguration algorithm(String type, ShardTarget target) {
        Properties props = new Properties();
        props.setProperty(ShardTarget.PROPERTY, target.name().toLowerCase(Locale.ROOT));
        return new AlgorithmConfiguration(type, props);
    }
}
