package io.ordercenter.gateway.routing;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.gateway.retry.Delivery;
import io.ordercenter.gateway.retry.UpstreamFailure;
import io.ordercenter.platform.web.ProblemWriter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The outermost filter of every route: a request no instance answered becomes {@code 503
 * DEPENDENCY_UNAVAILABLE} with {@code Retry-After}, anything unexpected a bare 500, both as
 * problem+json without host names or stack traces (those go to the log). Answers of the services
 * pass through untouched.
 */
public final class EdgeProblems implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final Logger log = LoggerFactory.getLogger(EdgeProblems.class);

    private final Duration retryAfter;

    public EdgeProblems(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        try {
            return next.handle(request);
        } catch (UpstreamFailure failure) {
            String detail = failure.delivery() == Delivery.SENT && !failure.repeatable()
                    ? "The service did not answer; the request may have taken effect. Read the order before"
                            + " sending it again, or send writes with an Idempotency-Key."
                    : "The service is not available right now; retry later.";
            return unavailable(detail);
        } catch (HttpServerErrorException e) {
            if (e.getStatusCode().value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                log.warn("{} {}: {}", request.method(), request.path(), e.getMessage());
                return unavailable("No instance of the service is available right now; retry later.");
            }
            return unexpected(request, e);
        } catch (Exception e) {
            if (Delivery.of(e).isPresent()) {
                log.warn("{} {}: {}", request.method(), request.path(), e.toString());
                return unavailable("The service is not available right now; retry later.");
            }
            return unexpected(request, e);
        }
    }

    /** The answer for a path that is no public endpoint. */
    public static ServerResponse notFound(ServerRequest request) {
        return problem(ErrorCode.NOT_FOUND, "No such endpoint.");
    }

    private ServerResponse unavailable(String detail) {
        return ServerResponse.status(ErrorCode.DEPENDENCY_UNAVAILABLE.httpStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(ErrorCode.DEPENDENCY_UNAVAILABLE, detail));
    }

    private static ServerResponse unexpected(ServerRequest request, Exception e) {
        log.error("{} {}: unexpected failure at the edge", request.method(), request.path(), e);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
        problem.setTitle("Internal error");
        problem.setProperty("code", "INTERNAL_ERROR");
        return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ServerResponse problem(ErrorCode code, String detail) {
        return ServerResponse.status(code.httpStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(code, detail));
    }
}
