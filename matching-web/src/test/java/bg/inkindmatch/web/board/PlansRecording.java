package bg.inkindmatch.web.board;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.web.support.QueryRecorder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * What the plan tests of the board add to their slice: the recording of every query the
 * application runs (with its values, for the database's own plan of it), the engine and a
 * clock. A test JVM runs one test class at a time, and each test clears the recording
 * first.
 */
@TestConfiguration(proxyBeanMethods = false)
class PlansRecording {

    static final QueryRecorder RECORDER = new QueryRecorder();

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return RECORDER.recordingDataSource();
    }

    @Bean
    MatchingEngine matchingEngine() {
        return MatchingEngine.standard();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}
