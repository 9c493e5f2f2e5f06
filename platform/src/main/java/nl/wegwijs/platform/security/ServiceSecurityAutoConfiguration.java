package nl.wegwijs.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.core.GrantedAuthorityDefaults;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Services accept only requests that carry the gateway's signed token: anything else gets a 401
 * problem detail. Roles come from the token's {@code roles} claim; endpoints check them with
 * {@code @PreAuthorize("hasRole('AGENT')")}, and a missing role answers 403, decided before the
 * request body is read or validated ({@link RoleCheckBeforeBinding}).
 */
@AutoConfiguration
@ConditionalOnWebApplication
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain gatewayTokenSecurity(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        // the error page of a request already answered with an error (a rejected URL, a
                        // body too large): show that error, not a 401 in its place
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt ->
                                jwt.jwtAuthenticationConverter(ServiceSecurityAutoConfiguration::toAuthentication))
                        .authenticationEntryPoint((request, response, e) -> writeProblem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "Unauthorized",
                                "A valid token from the gateway is required")))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> writeProblem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthorized",
                                "Unauthorized",
                                "A valid token from the gateway is required"))
                        .accessDeniedHandler((request, response, e) -> writeProblem(
                                response,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Forbidden",
                                "Your role does not allow this")));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder gatewayTokenDecoder(@Value("${wegwijs.security.jwks-uri}") String jwksUri) {
        // bounded waits for the gateway's keys: a slow first fetch must not hang or fail requests for long
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(Duration.ofSeconds(3));
        http.setReadTimeout(Duration.ofSeconds(10));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri)
                .restOperations(new RestTemplate(http))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(GatewayTokens.ISSUER),
                new JwtClaimValidator<List<String>>(
                        "aud", aud -> aud != null && aud.contains(GatewayTokens.AUDIENCE))));
        return decoder;
    }

    /**
     * The early {@code @PreAuthorize} check, with the expression handler set up as method security
     * sets up its own (the application's handler bean, or the default with the same role prefix,
     * role hierarchy and authorization manager factory; the first two are deprecated in Spring Security
     * 7 but method security still applies them, so this does too).
     */
    @Bean
    @ConditionalOnMissingBean
    @SuppressWarnings("deprecation")
    RoleCheckBeforeBinding roleCheckBeforeBinding(
            ObjectProvider<MethodSecurityExpressionHandler> expressionHandler,
            ObjectProvider<GrantedAuthorityDefaults> authorityDefaults,
            ObjectProvider<RoleHierarchy> roleHierarchy,
            ObjectProvider<AuthorizationManagerFactory<MethodInvocation>> authorizationManagers,
            ObjectProvider<AnnotationTemplateExpressionDefaults> templateDefaults,
            ObjectProvider<SecurityContextHolderStrategy> securityContext,
            ApplicationContext context) {
        MethodSecurityExpressionHandler handler = expressionHandler.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler defaults = new DefaultMethodSecurityExpressionHandler();
            defaults.setApplicationContext(context);
            authorityDefaults.ifAvailable(d -> defaults.setDefaultRolePrefix(d.getRolePrefix()));
            roleHierarchy.ifAvailable(defaults::setRoleHierarchy);
            authorizationManagers.ifAvailable(defaults::setAuthorizationManagerFactory);
            return defaults;
        });
        PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
        preAuthorize.setApplicationContext(context);
        templateDefaults.ifAvailable(preAuthorize::setTemplateDefaults);
        return new RoleCheckBeforeBinding(
                handler, preAuthorize, securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    @Bean
    WebMvcConfigurer roleCheckBeforeBindingRegistration(RoleCheckBeforeBinding check) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(check);
            }
        };
    }

    static AbstractAuthenticationToken toAuthentication(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(GatewayTokens.ROLES);
        Collection<GrantedAuthority> authorities = Stream.ofNullable(roles)
                .flatMap(List::stream)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private static void writeProblem(
            HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"https://wegwijs.nl/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
