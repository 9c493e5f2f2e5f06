package nl.wegwijs.expertpool;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import nl.wegwijs.platform.security.Caller;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the role before a request body is read, so a caller without the role gets 403 and never
 * learns from validation errors what the API expects. The controllers' {@code @PreAuthorize} stays as
 * the contract on each method.
 */
@Configuration
class RoleGuard implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> COORDINATORS = Set.of("COORDINATOR", "ADMIN");
    private static final Set<String> SIGNAL_READERS = Set.of("COORDINATOR", "ADMIN", "ANALYST");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/expertpool/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Set<String> allowed =
                request.getRequestURI().startsWith("/api/expertpool/signals") ? SIGNAL_READERS : COORDINATORS;
        if (Caller.current().roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException("role required: " + allowed);
        }
        return true;
    }
}
