package nl.wegwijs.helpdesk.tickets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wegwijs.platform.security.Caller;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request tells the staff directory who called ({@link StaffDirectory#seen}), before the request is handled. */
@Configuration(proxyBeanMethods = false)
class StaffSightings implements WebMvcConfigurer {

    private final StaffDirectory directory;

    StaffSightings(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Caller caller = Caller.current();
                directory.seen(caller.username(), caller.roles());
                return true;
            }
        });
    }
}
