package bg.inkindmatch.web.document;

import bg.inkindmatch.web.document.DonationFacts.Party;
import bg.inkindmatch.web.support.WebFlowTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The donation papers of a fixed donation, read back: every field is in the text of the
 * PDF, the font is embedded, and the first page of the protocol looks as it did when its
 * golden image was made ({@code -Dgolden.update=true} makes it again, to be looked at
 * before it is committed).
 */
class DonationPapersTest extends WebFlowTest {

    static final DonationFacts FIXTURE = new DonationFacts(1234, LocalDate.of(2026, 3, 15),
            new Party("Печатница Дунав ООД", "831641791", "община Русе, област Русе"),
            new Party("Сдружение „Център Надежда“", "", "община Бяла, област Русе"), "Тетрадки А4, 100 листа",
            "Канцеларски материали", 40, "бр.", "Общински информационен център", "Русе");

    private static final Path GOLDEN = Path.of("src/test/resources/documents/handover-golden.png");

    /**
     * How much of the page may differ from the golden image (anti-aliasing of another
     * JDK).
     */
    private static final double TOLERANCE = 0.005;

    @Autowired
    private DonationPapers papers;

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theHandoverProtocolNamesBothSidesWhatWasGivenWhereAndWhen() throws IOException {
        String text = text(papers.handoverProtocol(FIXTURE));

        assertThat(text).contains("ПРИЕМО-ПРЕДАВАТЕЛЕН ПРОТОКОЛ", "№ 1234/15.03.2026",
                "Днес, 15.03.2026 г., в Общински информационен център, община Русе, между:", "Печатница Дунав ООД",
                "ЕИК 831641791", "със седалище община Русе, област Русе", "ПРЕДАВАЩ (дарител)",
                "Сдружение „Център Надежда“", "ЕИК ....................", "със седалище община Бяла, област Русе",
                "ПРИЕМАЩ (дарен)", "Тетрадки А4, 100 листа", "Канцеларски материали", "40", "бр.",
                "Предал: име, длъжност, подпис", "Приел: име, длъжност, подпис", "по съвпадение № 1234.");
    }

    @Test
    void theCertificateIsTheCentresWordForTheCompanysAccountant() throws IOException {
        String text = text(papers.certificate(FIXTURE));

        assertThat(text).contains("УДОСТОВЕРЕНИЕ ЗА ДАРЕНИЕ", "№ 1234/15.03.2026", "Сдружение „Център Надежда“",
                "ДАРЕН", "удостоверява, че на 15.03.2026 г. получи безвъзмездно от", "Печатница Дунав ООД",
                "ЕИК 831641791", "ДАРИТЕЛ", "Тетрадки А4, 100 листа", "40",
                "Дарението е предадено в Общински информационен център, община Русе, с приемо-предавателен протокол № 1234/15.03.2026.",
                "да послужи пред счетоводството на дарителя",
                "За Сдружение „Център Надежда“: име, длъжност, подпис, печат");
    }

    @Test
    void theFontWithCyrillicIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(papers.handoverProtocol(FIXTURE))) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void theProtocolsFirstPageLooksAsItsGoldenImage() throws IOException {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(papers.handoverProtocol(FIXTURE))) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 50, ImageType.GRAY);
        }
        if (Boolean.getBoolean("golden.update")) {
            ImageIO.write(page, "png", GOLDEN.toFile());
        }
        assertThat(GOLDEN).as("golden image; make it with -Dgolden.update=true").exists();
        BufferedImage golden = ImageIO.read(Files.newInputStream(GOLDEN));
        Path actual = Path.of("target/handover-actual.png");
        ImageIO.write(page, "png", actual.toFile());
        assertThat(page.getWidth()).isEqualTo(golden.getWidth());
        assertThat(page.getHeight()).isEqualTo(golden.getHeight());
        assertThat(differingShare(page, golden)).as("share of differing pixels; this run's page: " + actual)
            .isLessThanOrEqualTo(TOLERANCE);
    }

    private static double differingShare(BufferedImage page, BufferedImage golden) {
        long differing = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int a = page.getRaster().getSample(x, y, 0);
                int b = golden.getRaster().getSample(x, y, 0);
                if (Math.abs(a - b) > 64) {
                    differing++;
                }
            }
        }
        return differing / (double) (page.getWidth() * page.getHeight());
    }

}
