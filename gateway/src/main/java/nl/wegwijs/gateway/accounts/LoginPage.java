package nl.wegwijs.gateway.accounts;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code GET /login} shows the staff UI's sign-in page ({@code static/login.html}); {@code /staff/} the inbox. */
@Configuration(proxyBeanMethods = false)
class LoginPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("forward:/login.html");
        registry.addViewController("/staff").setViewName("redirect:/staff/");
        registry.addViewController("/staff/").setViewName("forward:/staff/index.html");
    }
}
