/** Kafka plumbing: the event codec, one consumer loop per concern with manual commits, retries and the dead-letter topic. */
package io.ordercenter.async.platform.kafka;
