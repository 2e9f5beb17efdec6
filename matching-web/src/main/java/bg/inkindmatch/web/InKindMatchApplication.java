package bg.inkindmatch.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * InKind Match: matches what companies can give in kind with what crisis centres need.
 */
@SpringBootApplication
public class InKindMatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(InKindMatchApplication.class, args);
    }

}
