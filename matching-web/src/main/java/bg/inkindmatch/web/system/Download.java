package bg.inkindmatch.web.system;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A file the browser saves (a CSV, a workbook, a PDF) rather than shows.
 */
public final class Download {

    /** CSV in UTF-8. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** An Office Open XML workbook. */
    public static final MediaType XLSX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Download() {
    }

    /** The response that saves the bytes under the file name. */
    public static ResponseEntity<byte[]> of(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
            .contentType(type)
            .body(content);
    }

}
