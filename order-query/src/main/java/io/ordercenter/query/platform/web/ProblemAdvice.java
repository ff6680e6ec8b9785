package io.ordercenter.query.platform.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.OrderCenterFailure;
import io.ordercenter.contracts.failure.Transient;
import io.ordercenter.platform.web.ProblemWriter;
import jakarta.servlet.ServletException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place failures become problem+json. Our own failures carry their code (a {@link
 * Transient} one adds {@code Retry-After}); anything else is a 500 whose details stay in the log (no
 * stack traces, SQL or host names in a response).
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(OrderCenterFailure.class)
    ResponseEntity<ProblemDetail> failure(OrderCenterFailure failure) {
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(failure.code().httpStatus());
        if (failure instanceof Transient t) {
            Throwable cause = rootCause(failure);
            if (cause instanceof CallNotPermittedException) {
                log.debug("{}: {}", failure.code(), cause.toString()); // the breaker logged its opening
            } else {
                log.warn("{}: {}", failure.code(), cause.toString());
            }
            if (t.retryAfter() != null) {
                response.header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, t.retryAfter().toSeconds())));
            }
        }
        return response.body(ProblemWriter.problem(failure.code(), failure.detail()));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Spring MVC's own refusals (no such endpoint, method not allowed, not acceptable, ...) keep
     * their status and generic detail; a 400 among them is {@code VALIDATION_FAILED}.
     */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ProblemDetail> refused(Exception e) {
        if (!(e instanceof ErrorResponse refusal)) {
            return unexpected(e);
        }
        HttpStatusCode status = refusal.getStatusCode();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, refusal.getBody().getDetail());
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setProperty(
                "code",
                status.value() == 400
                        ? ErrorCode.VALIDATION_FAILED.name()
                        : known == null ? "HTTP_" + status.value() : known.name());
        return ResponseEntity.status(status).headers(refusal.getHeaders()).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
        problem.setTitle("Internal error");
        problem.setProperty("code", "INTERNAL_ERROR");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }
}
