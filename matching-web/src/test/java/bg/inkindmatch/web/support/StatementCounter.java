package bg.inkindmatch.web.support;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements one page costs: the data source is wrapped so that statements
 * prepared on a thread that is serving a request marked with the header {@value #HEADER}
 * are counted, and the count of the last such request is kept. Background jobs on other
 * threads are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    public static final String HEADER = "X-Count-Statements";

    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();

    private static final AtomicInteger LAST = new AtomicInteger(-1);

    /** The statements of the last marked request. */
    public static int lastCount() {
        return LAST.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementCountingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            boolean marked = request instanceof jakarta.servlet.http.HttpServletRequest http
                    && http.getHeader(HEADER) != null;
            if (!marked) {
                chain.doFilter(request, response);
                return;
            }
            AtomicInteger count = new AtomicInteger();
            COUNTING.set(count);
            try {
                chain.doFilter(request, response);
            }
            finally {
                COUNTING.remove();
                LAST.set(count.get());
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? countingConnection(connection) : result;
                });
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("createStatement")
                            || name.equals("prepareCall")) && COUNTING.get() != null) {
                        COUNTING.get().incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
