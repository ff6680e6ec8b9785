package io.ordercenter.bench.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's baseline for a cached read: one plain RESP connection doing {@code GET}, no
 * client library, no pooling, so the figure compares our service with the cheapest way to reach
 * the same bytes from the same host. Not thread-safe: one per worker.
 */
public final class RawRedis implements AutoCloseable {

    private final Socket socket = new Socket();
    private final OutputStream out;
    private final InputStream in;

    public RawRedis(String host, int port) throws IOException {
        socket.connect(new InetSocketAddress(host, port), 2_000);
        socket.setSoTimeout(5_000);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
    }

    /** The value at {@code key}, or null when there is none. */
    public byte[] get(String key) throws IOException {
        command("GET", key);
        return readBulk();
    }

    public void set(String key, String value) throws IOException {
        command("SET", key, value);
        String reply = readLine();
        if (!reply.equals("+OK")) {
            throw new IOException("SET answered " + reply);
        }
    }

    private void command(String... parts) throws IOException {
        StringBuilder resp =
                new StringBuilder().append('*').append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            resp.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private byte[] readBulk() throws IOException {
        String header = readLine();
        if (header.startsWith("-")) {
            throw new IOException("redis: " + header.substring(1));
        }
        if (!header.startsWith("$")) {
            throw new IOException("expected a bulk string, got " + header);
        }
        int length = Integer.parseInt(header.substring(1));
        if (length < 0) {
            return null;
        }
        byte[] value = in.readNBytes(length);
        if (value.length != length || in.read() != '\r' || in.read() != '\n') {
            throw new IOException("short bulk string from redis");
        }
        return value;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\r') {
                in.read(); // '\n'
                return line.toString();
            }
            line.append((char) c);
        }
        throw new IOException("redis closed the connection");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
