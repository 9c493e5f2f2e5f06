package nl.wegwijs.gateway.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.apikeys.ApiKeyAuthenticationFilter;
import nl.wegwijs.gateway.apikeys.ApiKeyRegistry;
import nl.wegwijs.gateway.limits.ClientAddresses;
import nl.wegwijs.gateway.limits.UnknownApiKeyLimit;
import nl.wegwijs.gateway.pages.AssetVersion;
import nl.wegwijs.gateway.tokens.AccessTokens;
import nl.wegwijs.gateway.web.Problems;
import nl.wegwijs.gateway.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may pass the gateway. Browsers: session cookie after {@code POST /login}, CSRF token in the
 * {@code XSRF-TOKEN} cookie echoed as {@code X-XSRF-TOKEN}. Scripts: {@code Authorization: Bearer}
 * with a token from {@code POST /api/auth/token}. Employers: {@code X-API-Key} on
 * {@code /api/employer/**}. The public: {@code /api/public/**} without credentials. Coarse rules
 * only (signed in or not); services check roles themselves and answer 403.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final RequestMatcher BEARER = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    private static final RequestMatcher OWN_CREDENTIALS = request -> {
        String path = request.getRequestURI();
        return path.startsWith("/api/public/") || path.startsWith("/api/employer/") || path.equals("/api/auth/token");
    };

    /**
     * Scripts and styles a browser keeps for a year ({@code pages.StaticPages}): they set no
     * {@code XSRF-TOKEN} cookie, which a shared cache could otherwise hand on to other browsers.
     */
    private static final RequestMatcher VERSIONED_ASSET =
            request -> request.getRequestURI().startsWith(AssetVersion.PREFIX);

    /**
     * Changes that could ride on a browser's session: every unsafe request that brings a session
     * cookie, and sign-in/sign-out themselves. A request without a session has no ambient authority
     * to abuse; it is simply anonymous (and gets 401 where sign-in is needed).
     */
    private static final RequestMatcher NEEDS_CSRF = request -> {
        if (Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        return request.getRequestedSessionId() != null || path.equals("/login") || path.equals("/logout");
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ConfiguredAccounts configuredAccounts(GatewayProperties properties) {
        return new ConfiguredAccounts(properties);
    }

    /**
     * Checks configured accounts' passwords: for {@code POST /api/auth/token}, and as the parent of
     * the filter chain's own manager (which adds OpenID Connect) for the sign-in form.
     */
    @Bean
    AuthenticationManager staffAuthentication(ConfiguredAccounts accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return repository;
    }

    @Bean
    HttpFirewall firewall() {
        return HeaderChecks.firewall();
    }

    /**
     * No observation around each of the chain's filters: on a proxy they cost more than they tell
     * (the request as a whole is still observed as {@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder accessTokenDecoder(AccessTokens accessTokens) {
        return accessTokens.decoder();
    }

    /**
     * Scripts calling the staff APIs with a bearer token get a chain of only what they need: the
     * token check, authorisation and the security headers (the same as every other answer's:
     * {@link SecurityHeaders}). The browser's session, CSRF, sign-in and sign-out filters each did a
     * little work on every such call; they have nothing to do here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain bearerApiSecurity(HttpSecurity http, JwtDecoder accessTokenDecoder) throws Exception {
        AuthenticationEntryPoint entryPoint = SecurityConfiguration::signInFirst;
        http.securityMatcher(request -> request.getRequestURI().startsWith("/api/")
                        && BEARER.matches(request)
                        && !OWN_CREDENTIALS.matches(request))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(RequestCacheConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.defaultsDisabled().addHeaderWriter(SecurityHeaders.writer()))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/api/auth/providers")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(HeaderChecks.bearerToken())
                        .jwt(jwt -> jwt.authenticationManager(accessTokenAuthentication(accessTokenDecoder)))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    SecurityFilterChain gatewaySecurity(
            HttpSecurity http,
            GatewayProperties properties,
            CookieCsrfTokenRepository csrfTokens,
            JwtDecoder accessTokenDecoder,
            LoginThrottle throttle,
            ClientAddresses addresses,
            ApiKeyRegistry apiKeys,
            ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
            @Value("${management.server.port:-1}") int managementPort)
            throws Exception {
        LoginHandlers handlers = new LoginHandlers(throttle, addresses, csrfTokens, properties);
        RequestMatcher metricsReaders = fromMetricsReaders(addresses, properties);
        AuthenticationEntryPoint entryPoint = SecurityConfiguration::signInFirst;
        AccessDeniedHandler denied = (request, response, e) -> Problems.write(
                response,
                403,
                "forbidden",
                "Forbidden",
                e instanceof CsrfException
                        ? "A browser request that changes something needs the X-XSRF-TOKEN header, with the value"
                                + " of the XSRF-TOKEN cookie."
                        : "This request is not allowed.");

        http.headers(headers -> headers.defaultsDisabled().addHeaderWriter(SecurityHeaders.writer()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new BrowserCsrf(request -> OWN_CREDENTIALS.matches(request)
                                || BEARER.matches(request)
                                || VERSIONED_ASSET.matches(request)))
                        .ignoringRequestMatchers(OWN_CREDENTIALS, BEARER, request -> !NEEDS_CSRF.matches(request)))
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz")
                        .permitAll()
                        .requestMatchers(onManagementPort(managementPort))
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access((authentication, context) ->
                                new AuthorizationDecision(metricsReaders.matches(context.getRequest())))
                        .requestMatchers("/actuator", "/actuator/**")
                        .denyAll()
                        .requestMatchers(
                                "/.well-known/jwks.json",
                                "/login",
                                "/logout",
                                "/api/auth/token",
                                "/api/auth/providers",
                                "/api/public/**",
                                "/api-docs/**",
                                // scripts and styles of the staff pages (the sign-in page uses them too)
                                "/staff/js/**",
                                "/staff/css/**",
                                "/staff/img/**")
                        .permitAll()
                        .requestMatchers("/api/employer/**")
                        .hasRole("EMPLOYER")
                        .requestMatchers("/api/**", "/staff/**", "/fallback/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(handlers)
                        .failureHandler(handlers))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(handlers)
                        .deleteCookies("WEGWIJS_SESSION"))
                .requestCache(RequestCacheConfigurer::disable)
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(bearerOutsidePublicAndEmployerApis())
                        .jwt(jwt -> jwt.authenticationManager(accessTokenAuthentication(accessTokenDecoder)))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .addFilterBefore(
                        new LoginRequestFilter(throttle, addresses), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(
                                apiKeys,
                                new UnknownApiKeyLimit(addresses, properties),
                                properties.apiKeys().waitForNew()),
                        AuthorizationFilter.class);

        if (oidcRegistrations.getIfAvailable() != null) {
            SimpleUrlAuthenticationSuccessHandler toInbox = new SimpleUrlAuthenticationSuccessHandler("/staff/");
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .successHandler(toInbox)
                    .failureHandler((request, response, e) -> {
                        log.warn("OpenID Connect sign-in failed: {}", e.getMessage());
                        new SimpleUrlAuthenticationFailureHandler("/login?error=oidc")
                                .onAuthenticationFailure(request, response, e);
                    })
                    .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(
                            new OidcRoles(properties.oidc().rolesClaim()))));
        }
        return http.build();
    }

    /**
     * Requests that came in on a separate management port ({@code MANAGEMENT_SERVER_PORT}), which
     * is not published outside: there, whatever {@code WEGWIJS_ACTUATOR_EXPOSE} exposes (e.g.
     * prometheus) is readable. On the public port only health is.
     */
    private static RequestMatcher onManagementPort(int managementPort) {
        return request -> managementPort > 0 && request.getLocalPort() == managementPort;
    }

    /**
     * Prometheus scrapes from inside: the metrics are readable from {@code wegwijs.metrics-readers}
     * (addresses or CIDR ranges; the machine itself by default), judged by the real client address,
     * so a request from outside that comes in through a trusted proxy is refused.
     */
    private static RequestMatcher fromMetricsReaders(ClientAddresses addresses, GatewayProperties properties) {
        List<IpAddressMatcher> readers =
                properties.metricsReaders().stream().map(IpAddressMatcher::new).toList();
        return request -> {
            String client = addresses.of(request);
            return readers.stream().anyMatch(reader -> reader.matches(client));
        };
    }

    /** A browser asking for a staff page goes to the sign-in page; everything else gets 401. */
    private static void signInFirst(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod()) && (path.equals("/staff") || path.startsWith("/staff/"))) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        Problems.write(
                response,
                401,
                "unauthorized",
                "Unauthorized",
                "Sign in first: a session from /login, or a bearer token from POST /api/auth/token.");
    }

    private static BearerTokenResolver bearerOutsidePublicAndEmployerApis() {
        BearerTokenResolver bearer = HeaderChecks.bearerToken();
        return request -> OWN_CREDENTIALS.matches(request) ? null : bearer.resolve(request);
    }

    /** Only for bearer tokens: kept apart from the password check of the sign-in form. */
    private static AuthenticationManager accessTokenAuthentication(JwtDecoder decoder) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(rolesFromClaim());
        return new ProviderManager(provider);
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
