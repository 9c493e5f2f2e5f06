package nl.wegwijs.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.expression.BeanResolver;
import org.springframework.expression.ConstructorResolver;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.IndexAccessor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.OperatorOverloader;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypeComparator;
import org.springframework.expression.TypeConverter;
import org.springframework.expression.TypeLocator;
import org.springframework.expression.TypedValue;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a controller method's {@code @PreAuthorize} (on the method or its class) before Spring MVC
 * reads and validates the request body, so a caller without the role gets 403, not a 400 that tells
 * them what the endpoint expects. Uses Spring Security's own {@link PreAuthorizeAuthorizationManager}
 * on an invocation without arguments. An expression that needs an argument ({@code #id}, {@code
 * #request.owner}) cannot be decided here and is left to method security, which still runs as
 * before; so is anything this early check cannot evaluate. It only ever denies, never grants.
 */
public class RoleCheckBeforeBinding implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RoleCheckBeforeBinding.class);

    private final PreAuthorizeAuthorizationManager preAuthorize;
    private final SecurityContextHolderStrategy securityContext;

    /**
     * @param expressionHandler the handler method security uses, so roles, prefixes and hierarchies
     *     mean the same here
     * @param preAuthorize a manager to configure further (application context, template defaults);
     *     this class sets its expression handler
     */
    public RoleCheckBeforeBinding(
            MethodSecurityExpressionHandler expressionHandler,
            PreAuthorizeAuthorizationManager preAuthorize,
            SecurityContextHolderStrategy securityContext) {
        preAuthorize.setExpressionHandler(new WithoutArguments(expressionHandler));
        this.preAuthorize = preAuthorize;
        this.securityContext = securityContext;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBean() instanceof String) {
            return true;
        }
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || hasOwnDeniedHandler(method)) {
            return true; // method security answers these itself
        }
        MethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        AuthorizationResult result;
        try {
            result = preAuthorize.authorize(() -> authentication, invocation);
        } catch (RuntimeException e) {
            if (!causedBy(e, ArgumentNeeded.class)) {
                log.debug("@PreAuthorize of {} not decided before binding; method security decides", method, e);
            }
            return true;
        }
        if (result != null && !result.isGranted()) {
            throw new AuthorizationDeniedException("Access Denied", result);
        }
        return true;
    }

    private static boolean hasOwnDeniedHandler(HandlerMethod method) {
        return MergedAnnotations.from(method.getMethod(), SearchStrategy.TYPE_HIERARCHY)
                        .isPresent(HandleAuthorizationDenied.class)
                || MergedAnnotations.from(ClassUtils.getUserClass(method.getBeanType()), SearchStrategy.TYPE_HIERARCHY)
                        .isPresent(HandleAuthorizationDenied.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The expression refers to a variable (a method argument) that does not exist before binding. */
    static final class ArgumentNeeded extends RuntimeException {
        ArgumentNeeded(String variable) {
            super("#" + variable + " is not known before the arguments are bound", null, false, false);
        }
    }

    /**
     * The application's expression handler, with one change: a variable that resolves to nothing (an
     * argument of an invocation that has none) stops the evaluation instead of reading as null.
     */
    private record WithoutArguments(MethodSecurityExpressionHandler delegate)
            implements MethodSecurityExpressionHandler {

        @Override
        public ExpressionParser getExpressionParser() {
            return delegate.getExpressionParser();
        }

        @Override
        public EvaluationContext createEvaluationContext(Authentication authentication, MethodInvocation invocation) {
            return new NoArguments(delegate.createEvaluationContext(authentication, invocation));
        }

        @Override
        public EvaluationContext createEvaluationContext(
                Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
            return new NoArguments(delegate.createEvaluationContext(authentication, invocation));
        }

        @Override
        public Object filter(Object filterTarget, Expression filterExpression, EvaluationContext ctx) {
            throw new UnsupportedOperationException("only @PreAuthorize is decided before binding");
        }

        @Override
        public void setReturnObject(Object returnObject, EvaluationContext ctx) {
            throw new UnsupportedOperationException("only @PreAuthorize is decided before binding");
        }
    }

    private record NoArguments(EvaluationContext delegate) implements EvaluationContext {

        @Override
        public Object lookupVariable(String name) {
            Object value = delegate.lookupVariable(name);
            if (value == null) {
                throw new ArgumentNeeded(name);
            }
            return value;
        }

        @Override
        public void setVariable(String name, Object value) {
            delegate.setVariable(name, value);
        }

        @Override
        public TypedValue assignVariable(String name, Supplier<TypedValue> valueSupplier) {
            return delegate.assignVariable(name, valueSupplier);
        }

        @Override
        public boolean isAssignmentEnabled() {
            return delegate.isAssignmentEnabled();
        }

        @Override
        public TypedValue getRootObject() {
            return delegate.getRootObject();
        }

        @Override
        public List<PropertyAccessor> getPropertyAccessors() {
            return delegate.getPropertyAccessors();
        }

        @Override
        public List<IndexAccessor> getIndexAccessors() {
            return delegate.getIndexAccessors();
        }

        @Override
        public List<ConstructorResolver> getConstructorResolvers() {
            return delegate.getConstructorResolvers();
        }

        @Override
        public List<MethodResolver> getMethodResolvers() {
            return delegate.getMethodResolvers();
        }

        @Override
        public BeanResolver getBeanResolver() {
            return delegate.getBeanResolver();
        }

        @Override
        public TypeLocator getTypeLocator() {
            return delegate.getTypeLocator();
        }

        @Override
        public TypeConverter getTypeConverter() {
            return delegate.getTypeConverter();
        }

        @Override
        public TypeComparator getTypeComparator() {
            return delegate.getTypeComparator();
        }

        @Override
        public OperatorOverloader getOperatorOverloader() {
            return delegate.getOperatorOverloader();
        }
    }
}
