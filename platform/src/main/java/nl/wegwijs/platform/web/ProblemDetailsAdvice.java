package nl.wegwijs.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with {@code type}, {@code title},
 * {@code status}, {@code detail} and, for invalid input, {@code errors: [{field, message}]}. Never a
 * stack trace, and never the rejected value: it may be personal data. Spring MVC's own errors (no
 * such path 404, 405, 406, 415, ...) get a {@code type} and {@code title} too; errors outside Spring
 * MVC are written by {@link ProblemErrorController}. A request body that {@link RequestBodyJson}
 * refuses names the field and the expected type. A unique-constraint violation that escapes a
 * service (two identical requests at once) is a 409, not a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPES = ProblemTypes.BASE;
    private static final String INTERNAL_ERROR_DETAIL =
            "Something went wrong on our side; nothing you sent was kept. Reference ";
    private static final String CONCURRENT_REQUEST_DETAIL =
            "The request conflicts with a concurrent request (a duplicate of it, or a change to the same data);"
                    + " retry it";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage(), e.errors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        List<FieldProblem> errors = List.of(new FieldProblem(e.getName(), "must be " + expected));
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors), errors);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this", List.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "A valid token is required", List.of());
    }

    /**
     * A safety net for what the database refuses and the service did not handle itself. A unique (or
     * exclusion) constraint violated is what two identical requests at the same moment cause: 409,
     * retry. A value the column cannot hold (too long, out of range, U+0000) is the caller's: 400.
     * Anything else the database's integrity rules refuse conflicts with the stored data: 409. The
     * log names the SQLState only: the database's message holds the values, which may be personal.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail dataIntegrityViolation(DataIntegrityViolationException e) {
        String state = sqlState(e);
        if (e instanceof DuplicateKeyException || "23505".equals(state) || "23P01".equals(state)) {
            log.warn("A concurrent duplicate was refused by a unique constraint (SQLState {})", state);
            return problem(HttpStatus.CONFLICT, "conflict", "Conflict", CONCURRENT_REQUEST_DETAIL, List.of());
        }
        log.warn("The database refused a change the service did not check first (SQLState {})", state);
        if (state != null && state.startsWith("22")) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "A value in the request cannot be stored: too long, out of range or with characters that are"
                            + " not allowed",
                    List.of());
        }
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "Conflict",
                "The request conflicts with the stored data (it may have changed meanwhile)",
                List.of());
    }

    /** Optimistic or pessimistic locking lost to another request (a version check, a deadlock, a lock timeout). */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrencyFailure(ConcurrencyFailureException e) {
        log.warn(
                "A request lost to a concurrent one ({}, SQLState {})",
                e.getClass().getSimpleName(),
                sqlState(e));
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", CONCURRENT_REQUEST_DETAIL, List.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                INTERNAL_ERROR_DETAIL + reference,
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        if (errors.isEmpty()) { // a rule across fields (a class-level constraint)
            errors = e.getBindingResult().getGlobalErrors().stream()
                    .map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage()))
                    .toList();
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = List.of();
        String detail = "The request body is not valid JSON";
        if (e.getCause() instanceof JacksonException cause
                && (!cause.getPath().isEmpty() || cause instanceof MismatchedInputException)) {
            errors = List.of(new FieldProblem(path(cause), problemWith(cause)));
            detail = summary(errors);
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            detail = "A JSON request body is required";
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        "Not found",
                        "There is no endpoint at this path",
                        List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = List.of(new FieldProblem(e.getParameterName(), "is required"));
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            List<FieldProblem> errors = List.of(new FieldProblem(missing.getHeaderName(), "header is required"));
            return ResponseEntity.badRequest()
                    .body(problem(
                            HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors), errors));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    /**
     * Spring MVC's own problem details ({@code type} left blank, title the reason phrase) get the
     * Wegwijs {@code type} and {@code title} for their status; a server error never shows its cause.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail detail
                && (detail.getType() == null || detail.getType().equals(URI.create("about:blank")))) {
            detail.setType(ProblemTypes.uri(ProblemTypes.type(response.getStatusCode())));
            detail.setTitle(ProblemTypes.title(response.getStatusCode()));
            if (response.getStatusCode().is5xxServerError()) {
                String reference = UUID.randomUUID().toString();
                log.error("Unexpected error, reference {}", reference, e);
                detail.setDetail(INTERNAL_ERROR_DETAIL + reference);
            }
        }
        return response;
    }

    /** A problem detail as this advice writes it, for handlers in services. */
    public static ProblemDetail problem(
            HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static String summary(List<FieldProblem> errors) {
        if (errors.size() == 1) {
            return errors.getFirst().field() + " " + errors.getFirst().message();
        }
        return errors.size() + " fields are invalid";
    }

    /** Where in the body: {@code text}, {@code location.city}, {@code skills[2]}, {@code translations.nl.body}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String problemWith(JacksonException e) {
        if (e instanceof ControlCharacters.Found) {
            return ControlCharacters.MESSAGE;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return "must be " + describe(coercion.getTargetType()) + " in range";
        }
        return "has the wrong type or shape";
    }

    /** The expected JSON type in words, for a Java type. */
    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a string";
        }
        if ((type.isArray() && type != byte[].class) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "LocalTime" -> "a time (HH:MM)";
            case "OffsetDateTime", "Instant", "ZonedDateTime", "LocalDateTime" -> "a date and time (ISO-8601)";
            case "Integer", "int", "Long", "long", "Short", "short", "Byte", "byte", "BigInteger" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            default -> Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a " + type.getSimpleName();
        };
    }

    /** The SQLState of the driver's exception under Spring's (and maybe Hibernate's) wrapping. */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
