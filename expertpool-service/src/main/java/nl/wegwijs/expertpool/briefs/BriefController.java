package nl.wegwijs.expertpool.briefs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A brief for members of parliament on chosen agenda points: JSON, a Markdown download and a clean
 * printable page. {@code agendaPointIds} is comma-separated or repeated; {@code weeks} is the period of
 * the helpdesk figures; {@code lang} is {@code nl} (default) or {@code en}.
 */
@RestController
@RequestMapping("/api/expertpool")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class BriefController {

    /** The printable page has no scripts, images or outside resources; only its own inline styles. */
    static final String PAGE_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final BriefService briefs;

    BriefController(BriefService briefs) {
        this.briefs = briefs;
    }

    @GetMapping(value = "/briefs", produces = MediaType.APPLICATION_JSON_VALUE)
    Brief json(
            @RequestParam(required = false) List<UUID> agendaPointIds,
            @RequestParam(defaultValue = "12") @Min(1) @Max(52) int weeks) {
        return briefs.brief(agendaPointIds, weeks);
    }

    @GetMapping("/briefs.md")
    ResponseEntity<String> markdown(
            @RequestParam(required = false) List<UUID> agendaPointIds,
            @RequestParam(defaultValue = "12") @Min(1) @Max(52) int weeks,
            @RequestParam(defaultValue = "nl") String lang) {
        Brief brief = briefs.brief(agendaPointIds, weeks);
        String filename = "brief-" + brief.generatedOn().format(DateTimeFormatter.ISO_LOCAL_DATE) + ".md";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(BriefRenderer.markdown(brief, lang));
    }

    @GetMapping("/briefs.html")
    ResponseEntity<String> html(
            @RequestParam(required = false) List<UUID> agendaPointIds,
            @RequestParam(defaultValue = "12") @Min(1) @Max(52) int weeks,
            @RequestParam(defaultValue = "nl") String lang) {
        Brief brief = briefs.brief(agendaPointIds, weeks);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PAGE_POLICY)
                .body(BriefRenderer.html(brief, lang));
    }
}
