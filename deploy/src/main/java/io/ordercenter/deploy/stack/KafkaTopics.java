package io.ordercenter.deploy.stack;

import io.ordercenter.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics of the stack, created once the broker answers, whatever runs it.
 *
 * <p>Producing right after a topic is created can lose records (KAFKA-15591, fixed only in 4.5), so
 * this returns only when every partition answers {@code listOffsets}.
 */
final class KafkaTopics {

    static final Map<String, Integer> TOPICS = Map.of(Topics.ORDER_EVENTS, 12, Topics.ORDER_EVENTS_DLT, 3);

    private KafkaTopics() {}

    static void createAndAwait(String bootstrap, Duration timeout) throws Exception {
        createAndAwait(bootstrap, timeout, (short) 1, Map.of());
    }

    /**
     * Creates the topics with {@code replication} copies of each partition and the topic
     * {@code configs} (e.g. {@code min.insync.replicas}), unless they exist, and waits until every
     * partition answers.
     */
    static void createAndAwait(String bootstrap, Duration timeout, short replication, Map<String, String> configs)
            throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(props)) {
            Ports.await("kafka at " + bootstrap + " to answer", timeout, () -> clusterAnswers(admin));
            for (Map.Entry<String, Integer> topic : TOPICS.entrySet()) {
                try {
                    admin.createTopics(List.of(
                                    new NewTopic(topic.getKey(), topic.getValue(), replication).configs(configs)))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            Ports.await("every kafka partition to answer listOffsets", timeout, () -> allPartitionsAnswer(admin));
        }
    }

    /** The broker at {@code bootstrap} answers a metadata request within two seconds. */
    static boolean answers(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(props)) {
            return clusterAnswers(admin);
        }
    }

    private static boolean clusterAnswers(Admin admin) {
        try {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean allPartitionsAnswer(Admin admin) {
        try {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(TOPICS.keySet()).allTopicNames().get(5, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = topics.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toSet());
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all()
                    .get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
