package io.ordercenter.gateway.retry;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has been read (within its size limit) and can be read again from the start,
 * so that an attempt repeated on another instance sends the same bytes.
 */
public final class BufferedBody extends HttpServletRequestWrapper {

    private static final String ATTRIBUTE = BufferedBody.class.getName();

    private final byte[] body;
    private Stream current;

    public BufferedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
        this.current = new Stream(body);
        request.setAttribute(ATTRIBUTE, this);
    }

    /** Makes the next read of {@code request}'s body start from its first byte again (if it was buffered). */
    public static void rewind(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof BufferedBody buffered) {
            buffered.current = new Stream(buffered.body);
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        return current;
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(current, charset));
    }

    private static final class Stream extends ServletInputStream {
        private final ByteArrayInputStream bytes;

        Stream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the buffered body is read synchronously");
        }
    }
}
