package bg.inkindmatch.web.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development mail page: with no SMTP server configured, e-mails stay in the outbox
 * and this page lists them with their links, so a newcomer can sign in without a mail
 * server. It lists sign-in links, so it answers only to a browser on the same machine
 * (the loopback address; behind a proxy that is configured as such, the address the proxy
 * saw) and is "not found" to everybody else. It does not exist when SMTP is configured,
 * nor in the {@code postgres} and {@code production} profiles.
 */
@Controller
@Profile("!postgres & !production")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
record DevMailController(OutboxRepository outbox) {

    @GetMapping("/dev/mail")
    String list(Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (!fromThisMachine(request.getRemoteAddr())) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", outbox.findTop100ByOrderByIdDesc().stream().map(DevMailView::of).toList());
        return "dev/mail";
    }

    /**
     * Whether the client's address is a loopback address (an IP literal; nothing is
     * looked up).
     */
    static boolean fromThisMachine(String remoteAddress) {
        if (remoteAddress == null) {
            return false;
        }
        String address = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
        return address.startsWith("127.") || "::1".equals(address) || "0:0:0:0:0:0:0:1".equals(address);
    }

    /** A message as the page shows it: its text, and the links in it. */
    record DevMailView(String recipient, String subject, java.time.Instant createdAt, String text,
            java.util.List<String> links) {

        private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://\\S+");

        static DevMailView of(OutboxMessage message) {
            return new DevMailView(message.recipient(), message.subject(), message.createdAt(), message.textBody(),
                    LINK.matcher(message.textBody())
                        .results()
                        .map(java.util.regex.MatchResult::group)
                        .distinct()
                        .toList());
        }
    }

}
