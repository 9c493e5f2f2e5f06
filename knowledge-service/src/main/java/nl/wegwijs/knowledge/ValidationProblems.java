package nl.wegwijs.knowledge;

import java.util.List;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Bean-validation failures as the platform's problem details with {@code errors:[{field,message}]}.
 * Boot's own problem-details handler would otherwise answer first, without the invalid fields.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ValidationProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        if (errors.isEmpty()) {
            errors = e.getBindingResult().getAllErrors().stream()
                    .map(f -> new FieldProblem(f.getObjectName(), f.getDefaultMessage()))
                    .toList();
        }
        return problem(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        return problem(e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList());
    }

    private static ProblemDetail problem(List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + " " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
        return ProblemDetailsAdvice.problem(
                HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, errors);
    }
}
