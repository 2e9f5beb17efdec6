package bg.inkindmatch.web.system;

import bg.inkindmatch.core.MatchingEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The matching engine of matching-core, with the standard taxonomy and places of
 * Bulgaria.
 */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    MatchingEngine matchingEngine() {
        return MatchingEngine.standard();
    }

}
