package nl.wegwijs.matching.apikeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.wegwijs.platform.security.Caller;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Records the last use of an employer's key from the {@code keyId} claim the gateway puts in its token. */
@Configuration
class KeyUsageInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    static final String KEY_ID = "keyId";

    private final ApiKeys keys;

    KeyUsageInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/employer/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            String keyId = jwt.getToken().getClaimAsString(KEY_ID);
            UUID employerId = Caller.current().employerId();
            if (keyId != null && employerId != null) {
                try {
                    keys.touch(UUID.fromString(keyId), employerId);
                } catch (IllegalArgumentException ignored) {
                    // a malformed claim cannot name a key; the request itself is still authorised by the token
                }
            }
        }
        return true;
    }
}
