package io.ordercenter.query.order.infrastructure.mybatis;

import io.ordercenter.sharding.mybatis.OrderItemRow;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The lines of several orders in one statement. {@code t_order_item} is sharded by order id, so
 * ShardingSphere sends it only to the tables of these ids: all ids must live in <em>one</em>
 * database (a user's orders share the user's table), see {@link MyBatisOrderLists}.
 */
@Mapper
public interface OrderLinesMapper {

    @Select({
        "<script>",
        "SELECT order_id, line_no, sku_id, name, quantity, unit_price_cents FROM t_order_item",
        "WHERE order_id IN",
        "<foreach collection='orderIds' item='id' open='(' separator=',' close=')'>#{id}</foreach>",
        "</script>"
    })
    List<OrderItemRow> selectLines(@Param("orderIds") Collection<Long> orderIds);
}
