package bg.inkindmatch.web.mail;

import bg.inkindmatch.web.system.LocaleFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders e-mails from templates in {@code templates/mail/}: {@code NAME.html} for the
 * HTML part and {@code NAME.txt} for the plain-text part, both with the texts of the
 * message bundles in the recipient's language.
 */
@Component
class MailTemplates {

    private final TemplateEngine engine;

    private final MessageSource messages;

    private final LocaleFormats formats;

    MailTemplates(MessageSource messages, LocaleFormats formats) {
        this.messages = messages;
        this.formats = formats;
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        templates.setTemplateEngineMessageSource(messages);
        this.engine = templates;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of(mode == TemplateMode.HTML ? "html/*" : "text/*"));
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    /** The subject, plain text and HTML of the named e-mail. */
    RenderedMail render(String name, Locale locale, Map<String, Object> model, Object... subjectArgs) {
        String subject = messages.getMessage("mail." + name + ".subject", subjectArgs, locale);
        Map<String, Object> values = new HashMap<>(model);
        // the HTML part names its language and carries the subject as its title
        values.put("mailSubject", subject);
        // numbers, quantities and dates in the recipient's language: ${formats.date(day,
        // #locale)}
        values.put("formats", formats);
        Context context = new Context(locale, values);
        return new RenderedMail(subject, engine.process("text/" + name, context),
                engine.process("html/" + name, context));
    }

    /** A rendered e-mail. */
    record RenderedMail(String subject, String text, String html) {
    }

}
