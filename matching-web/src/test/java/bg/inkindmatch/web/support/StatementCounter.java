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
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the SQL statements one request costs and the rows they read: the data source is
 * wrapped so that statements prepared on a thread that is serving a request marked with
 * the header {@value #HEADER} are counted, and so is every row their result sets give;
 * the counts of the last such request are kept. The rows that matching rounds read (on
 * their own thread, {@value #ROUND_THREAD}) are counted too, always; other background
 * jobs are not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    public static final String HEADER = "X-Count-Statements";

    /** The name of the thread that runs matching rounds. */
    public static final String ROUND_THREAD = "matching-round";

    private static final Counts ROUNDS = new Counts();

    private static final ThreadLocal<Counts> COUNTING = new ThreadLocal<>();

    private static final AtomicReference<Counts> LAST = new AtomicReference<>(new Counts());

    private static final AtomicInteger ROWS_SO_FAR = new AtomicInteger();

    /** The statements of the last marked request. */
    public static int lastCount() {
        return LAST.get().statements.get();
    }

    /**
     * The rows read by the statements of every marked request and every matching round so
     * far: the difference around a form's submission, once its round has run, counts the
     * post, the page it is redirected to and the round.
     */
    public static int rowsSoFar() {
        return ROWS_SO_FAR.get() + ROUNDS.rows.get();
    }

    private record Counts(AtomicInteger statements, AtomicInteger rows) {

        Counts() {
            this(new AtomicInteger(), new AtomicInteger());
        }

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
            Counts counts = new Counts();
            COUNTING.set(counts);
            try {
                chain.doFilter(request, response);
            }
            finally {
                COUNTING.remove();
                LAST.set(counts);
                ROWS_SO_FAR.addAndGet(counts.rows.get());
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
                    Counts counts = COUNTING.get() != null ? COUNTING.get()
                            : Thread.currentThread().getName().equals(ROUND_THREAD) ? ROUNDS : null;
                    Object result = invoke(target, method, args);
                    if ((name.equals("prepareStatement") || name.equals("createStatement")
                            || name.equals("prepareCall")) && counts != null) {
                        counts.statements.incrementAndGet();
                        return rowCounting(result, method.getReturnType(), counts.rows);
                    }
                    return result;
                });
    }

    /** A statement whose result sets count the rows they give. */
    private static Object rowCounting(Object statement, Class<?> type, AtomicInteger rows) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    Object result = invoke(statement, method, args);
                    return result instanceof ResultSet resultSet ? rowCounting(resultSet, rows) : result;
                });
    }

    private static ResultSet rowCounting(ResultSet resultSet, AtomicInteger rows) {
        return (ResultSet) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] { ResultSet.class }, (proxy, method, args) -> {
                    Object result = invoke(resultSet, method, args);
                    if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                        rows.incrementAndGet();
                    }
                    return result;
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
