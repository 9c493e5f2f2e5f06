package nl.wegwijs.gateway.apikeys;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An employer identified by a valid API key. */
public class EmployerAuthentication extends AbstractAuthenticationToken {

    private final String employerId;
    private final String keyId;

    EmployerAuthentication(String employerId, String keyId) {
        super(List.of(new SimpleGrantedAuthority("ROLE_EMPLOYER")));
        this.employerId = employerId;
        this.keyId = keyId;
        setAuthenticated(true);
    }

    public String employerId() {
        return employerId;
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "employer:" + employerId;
    }
}
