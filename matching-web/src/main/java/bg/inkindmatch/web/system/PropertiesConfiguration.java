package bg.inkindmatch.web.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The application's settings and the clock every time-dependent part reads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InKindProperties.class)
class PropertiesConfiguration {

    /**
     * The clock in the partnership's zone ({@code inkind.zone}), whatever the server's
     * own zone.
     */
    @Bean
    Clock clock(InKindProperties properties) {
        return Clock.system(properties.zone());
    }

}
