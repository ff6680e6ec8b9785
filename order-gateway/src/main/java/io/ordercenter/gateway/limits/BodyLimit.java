package io.ordercenter.gateway.limits;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.gateway.retry.BufferedBody;
import io.ordercenter.gateway.routing.PublicPaths;
import io.ordercenter.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the body of every API request up to its limit, answering {@code 413 PAYLOAD_TOO_LARGE}
 * when it is larger (at once when the declared {@code Content-Length} says so, else as soon as the
 * limit is passed), and hands on a {@link BufferedBody} that a repeated attempt can send again.
 */
public final class BodyLimit extends OncePerRequestFilter {

    private final BodyLimitProperties properties;
    private final ProblemWriter problems;

    public BodyLimit(BodyLimitProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicPaths.isApi(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = PublicPaths.isPaymentCallback(request.getRequestURI())
                ? properties.callbackMaxSize().toBytes()
                : properties.maxSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(
                response,
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes, the most this endpoint accepts.");
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) max);
    }
}
