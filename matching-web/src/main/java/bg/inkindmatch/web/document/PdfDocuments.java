package bg.inkindmatch.web.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * PDF documents from the application's Thymeleaf templates in
 * {@code templates/document/}, rendered by openhtmltopdf with the DejaVu fonts of a
 * registry package embedded (the documents are in Cyrillic, and a server's fonts are
 * nobody's to rely on).
 */
@Component
class PdfDocuments {

    /** The family the documents' style sheet names. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The named document with these values, in the language of the locale. */
    byte[] render(String template, Map<String, Object> values, Locale locale) {
        String html = templates.process("document/" + template, new Context(locale, values));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode()
                .useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true)
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                .withProducer("InKind Match")
                .toStream(pdf)
                .run();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String file) {
        return PdfDocuments.class.getResourceAsStream(FONTS + file);
    }

}
