package io.ordercenter.platform.web;

import io.ordercenter.contracts.ErrorCode;
import io.ordercenter.contracts.failure.OrderCenterFailure;
import io.ordercenter.contracts.failure.Transient;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place failures become problem+json. Our own failures carry their code; framework errors
 * about the request become {@code VALIDATION_FAILED}; anything else is a 500 whose details stay in
 * the log (no stack traces, SQL or host names in a response). Imported by order-trade and
 * order-async; order-query keeps its own, which also maps resilience4j's refusals.
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(OrderCenterFailure.class)
    ResponseEntity<ProblemDetail> failure(OrderCenterFailure failure) {
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(failure.code().httpStatus());
        if (failure instanceof Transient t && t.getCause() != null) {
            log.warn("{}: {}", failure.detail(), t.getCause().toString());
        }
        if (failure instanceof Transient t && t.retryAfter() != null) {
            response.header(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, t.retryAfter().toSeconds())));
        }
        return response.body(ProblemWriter.problem(failure.code(), failure.detail()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return validation(detail.isEmpty() ? "The request body is invalid." : detail);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return validation(detail);
    }

    /** Domain value checks the request validation did not catch (e.g. an id of the wrong form). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return validation(e.getMessage() == null ? "The request is invalid." : e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return validation("The request body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return validation(e.getHeaderName() + ": header is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation(e.getName() + ": has the wrong format");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return validation("Content-Type must be application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here.");
        problem.setProperty("code", "METHOD_NOT_ALLOWED");
        return ResponseEntity.status(405).body(problem);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.NOT_FOUND, "No such endpoint.");
        problem.setProperty("code", "NOT_FOUND");
        return ResponseEntity.status(404).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
        problem.setTitle("Internal error");
        problem.setProperty("code", "INTERNAL_ERROR");
        return ResponseEntity.status(500).body(problem);
    }

    private static ResponseEntity<ProblemDetail> validation(String detail) {
        return ResponseEntity.status(400).body(ProblemWriter.problem(ErrorCode.VALIDATION_FAILED, detail));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
