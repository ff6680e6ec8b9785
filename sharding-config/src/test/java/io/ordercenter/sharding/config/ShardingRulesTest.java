package io.ordercenter.sharding.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercenter.sharding.routing.ShardRouting;
import io.ordercenter.sharding.schema.Tables;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shardingsphere.infra.expr.core.InlineExpressionParserFactory;
import org.apache.shardingsphere.sharding.api.config.ShardingRuleConfiguration;
import org.apache.shardingsphere.sharding.api.config.rule.ShardingTableRuleConfiguration;
import org.apache.shardingsphere.sharding.api.config.strategy.sharding.NoneShardingStrategyConfiguration;
import org.apache.shardingsphere.sharding.api.config.strategy.sharding.StandardShardingStrategyConfiguration;
import org.junit.jupiter.api.Test;

class ShardingRulesTest {

    private final ShardingRuleConfiguration rule = ShardingRules.ruleConfiguration();
    private final Map<String, ShardingTableRuleConfiguration> tables = rule.getTables().stream()
            .collect(Collectors.toMap(ShardingTableRuleConfiguration::getLogicTable, Function.identity()));

    @Test
    void every_logical_table_is_configured() {
        assertThat(tables.keySet())
                .containsExactlyInAnyOrder(
                        Tables.ORDER,
                        Tables.ORDER_ITEM,
                        Tables.ORDER_USER,
                        Tables.ORDER_SHOP,
                        Tables.IDEMPOTENCY,
                        Tables.ORDER_TIMELINE,
                        Tables.OUTBOX,
                        Tables.DELAY_TASK);
        assertThat(rule.getBindingTableGroups()).singleElement().satisfies(group -> assertThat(group.getReference())
                .isEqualTo("t_order,t_order_item"));
    }

    @Test
    void the_literal_data_nodes_expand_to_the_routing_functions_layout() {
        for (String logical : Tables.SHARDED) {
            List<String> nodes = InlineExpressionParserFactory.newInstance(
                            tables.get(logical).getActualDataNodes())
                    .splitAndEvaluate();
            assertThat(nodes).isEqualTo(ShardRouting.dataNodes(logical));
        }
        assertThat(InlineExpressionParserFactory.newInstance(
                                tables.get(Tables.OUTBOX).getActualDataNodes())
                        .splitAndEvaluate())
                .containsExactly("ds_0.t_outbox", "ds_1.t_outbox", "ds_2.t_outbox", "ds_3.t_outbox");
        assertThat(InlineExpressionParserFactory.newInstance(
                                tables.get(Tables.DELAY_TASK).getActualDataNodes())
                        .splitAndEvaluate())
                .containsExactly("ds_0.t_delay_task", "ds_1.t_delay_task", "ds_2.t_delay_task", "ds_3.t_delay_task");
    }

    @Test
    void each_table_shards_by_its_key() {
        assertThat(column(Tables.ORDER)).isEqualTo("order_id");
        assertThat(column(Tables.ORDER_ITEM)).isEqualTo("order_id");
        assertThat(column(Tables.ORDER_USER)).isEqualTo("user_id");
        assertThat(column(Tables.IDEMPOTENCY)).isEqualTo("user_id");
        assertThat(column(Tables.ORDER_SHOP)).isEqualTo("shop_id");
        assertThat(column(Tables.OUTBOX)).isEqualTo("order_id");
        assertThat(column(Tables.ORDER_TIMELINE)).isEqualTo("order_id");
        assertThat(column(Tables.DELAY_TASK)).isEqualTo("order_id");
        assertThat(tables.get(Tables.DELAY_TASK).getTableShardingStrategy())
                .isInstanceOf(NoneShardingStrategyConfiguration.class);
        assertThat(tables.get(Tables.OUTBOX).getTableShardingStrategy())
                .isInstanceOf(NoneShardingStrategyConfiguration.class);
    }

    @Test
    void every_table_requires_a_sharding_condition() {
        assertThat(rule.getDefaultAuditStrategy().getAuditorNames())
                .containsExactly(ShardingRules.SHARDING_KEY_AUDITOR);
        assertThat(rule.getDefaultAuditStrategy().isAllowHintDisable()).isFalse();
        assertThat(rule.getAuditors().get(ShardingRules.SHARDING_KEY_AUDITOR).getType())
                .isEqualTo("DML_SHARDING_CONDITIONS");
        tables.values().forEach(table -> assertThat(table.getAuditStrategy()).isNull());
    }

    private String column(String table) {
        StandardShardingStrategyConfiguration database =
                (StandardShardingStrategyConfiguration) tables.get(table).getDatabaseShardingStrategy();
        if (tables.get(table).getTableShardingStrategy() instanceof StandardShardingStrategyConfiguration byTable) {
            assertThat(byTable.getShardingColumn()).isEqualTo(database.getShardingColumn());
        }
        return database.getShardingColumn();
    }
}
