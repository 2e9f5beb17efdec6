package bg.inkindmatch.web.support;

import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the queries the application runs through its data source, each with the values
 * bound to it, so that a test can ask the database how it would run them ({@code EXPLAIN}
 * with the same values). Register {@link #recordingDataSource} as a bean.
 */
public final class QueryRecorder {

    private final List<Query> queries = new CopyOnWriteArrayList<>();

    /** A query as it was run: its SQL and the setter calls that bound its values. */
    public record Query(String sql, List<Binding> bindings) {

        /** The database's plan of this query, as {@code EXPLAIN} prints it. */
        public String plan(Connection connection) throws SQLException {
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (Binding binding : bindings) {
                    invoke(explain, binding.setter(), binding.arguments());
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        }

    }

    /** One call of a {@code set...} method of a prepared statement. */
    public record Binding(Method setter, Object[] arguments) {
    }

    /** The queries recorded since the last {@link #clear()}. */
    public List<Query> queries() {
        return List.copyOf(queries);
    }

    /** Forgets the queries recorded so far. */
    public void clear() {
        queries.clear();
    }

    /** A post-processor that wraps the application's data source so that it records. */
    public BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? recording(dataSource) : bean;
            }
        };
    }

    private DataSource recording(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(QueryRecorder.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? recording(connection) : result;
                });
    }

    private Connection recording(Connection target) {
        return (Connection) Proxy.newProxyInstance(QueryRecorder.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                        return recording(statement, (String) args[0]);
                    }
                    return result;
                });
    }

    private PreparedStatement recording(PreparedStatement target, String sql) {
        List<Binding> bindings = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(QueryRecorder.class.getClassLoader(),
                new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2
                            && args[0] instanceof Integer) {
                        bindings.add(new Binding(method, args.clone()));
                    }
                    if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                        queries.add(new Query(sql, List.copyOf(bindings)));
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException(e.getCause());
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

}
