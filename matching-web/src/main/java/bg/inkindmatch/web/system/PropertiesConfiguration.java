package bg.inkindmatch.web.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The application's settings and the clock every time-dependent part reads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InKindProperties.class)
class PropertiesConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
