package nl.wegwijs.gateway.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wegwijs.gateway.GatewayProperties;
import nl.wegwijs.gateway.limits.ClientAddresses;
import nl.wegwijs.gateway.tokens.Caller;
import nl.wegwijs.gateway.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers of the JavaScript-driven sign-in page: 200 with the user on success, 401 problem on
 * failure, 204 on sign-out; each leaves a fresh {@code XSRF-TOKEN} cookie behind.
 */
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoginThrottle throttle;
    private final ClientAddresses addresses;
    private final CsrfTokenRepository csrfTokens;
    private final String oidcUsernameClaim;

    LoginHandlers(
            LoginThrottle throttle,
            ClientAddresses addresses,
            CsrfTokenRepository csrfTokens,
            GatewayProperties properties) {
        this.throttle = throttle;
        this.addresses = addresses;
        this.csrfTokens = csrfTokens;
        this.oidcUsernameClaim = properties.oidc().usernameClaim();
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        throttle.succeeded(authentication.getName());
        renewCsrfCookie(request, response);
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Caller caller = StaffIdentity.of(authentication, oidcUsernameClaim).orElseThrow();
        response.getWriter().write(JSON.writeValueAsString(describe(caller)));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        throttle.failed(request.getParameter("username"), addresses.of(request));
        Problems.write(response, 401, "sign-in-failed", "Sign-in failed", "The user name or password is not correct.");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        csrfTokens.loadDeferredToken(request, response).get();
        response.setStatus(204);
    }

    private static void renewCsrfCookie(HttpServletRequest request, HttpServletResponse response) {
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            csrf.getToken();
        }
    }

    /** The signed-in user as the UI sees it. */
    static Map<String, Object> describe(Caller caller) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", caller.subject());
        me.put("displayName", caller.name());
        me.put("roles", caller.roles());
        me.put("languages", caller.languages());
        return me;
    }
}
