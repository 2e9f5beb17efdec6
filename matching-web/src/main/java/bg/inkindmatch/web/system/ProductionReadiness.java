package bg.inkindmatch.web.system;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code production} profile without an SMTP server: without one,
 * e-mails would stay in the outbox, members could not sign in, and a forgotten setting
 * must not look like a working deployment.
 */
@Component
@Profile("production")
class ProductionReadiness implements InitializingBean {

    private final String mailHost;

    ProductionReadiness(@Value("${spring.mail.host:}") String mailHost) {
        this.mailHost = mailHost;
    }

    @Override
    public void afterPropertiesSet() {
        if (mailHost.isBlank()) {
            throw new IllegalStateException("The production profile needs an SMTP server: set spring.mail.host "
                    + "(and spring.mail.port, username, password), e.g. SPRING_MAIL_HOST=smtp.example.org");
        }
    }

}
