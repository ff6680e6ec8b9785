package io.ordercenter.async.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * A {@link MockConsumer} that, like a real consumer, delivers records again after a seek back:
 * MockConsumer forgets records once polled.
 */
final class ReplayingConsumer extends MockConsumer<String, byte[]> {

    private final List<ConsumerRecord<String, byte[]>> log = new ArrayList<>();
    private boolean replaying;

    ReplayingConsumer() {
        super("earliest");
    }

    @Override
    public synchronized void addRecord(ConsumerRecord<String, byte[]> record) {
        if (!replaying) {
            log.add(record);
        }
        super.addRecord(record);
    }

    @Override
    public synchronized void seek(TopicPartition partition, long offset) {
        super.seek(partition, offset);
        replaying = true;
        try {
            for (ConsumerRecord<String, byte[]> record : log) {
                if (record.topic().equals(partition.topic())
                        && record.partition() == partition.partition()
                        && record.offset() >= offset) {
                    super.addRecord(record);
                }
            }
        } finally {
            replaying = false;
        }
    }
}
