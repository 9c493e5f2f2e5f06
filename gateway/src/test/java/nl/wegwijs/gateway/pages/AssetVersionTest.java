package nl.wegwijs.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class AssetVersionTest {

    private final AssetVersion version = new AssetVersion("0123456789ab");

    @Test
    void linksToStylesAndScriptsPointAtTheVersionedCopies() {
        String html = """
                <link rel="stylesheet" href="/css/wegwijs.css">
                <link rel="modulepreload" href="/js/i18n.js">
                <script type="module" src="/staff/js/inbox.js"></script>
                """;

        assertThat(version.linkVersioned(html)).isEqualTo("""
                        <link rel="stylesheet" href="/v/0123456789ab/css/wegwijs.css">
                        <link rel="modulepreload" href="/v/0123456789ab/js/i18n.js">
                        <script type="module" src="/v/0123456789ab/staff/js/inbox.js"></script>
                        """);
    }

    @Test
    void linksToPagesOtherSitesAndRelativePathsStayAsTheyAre() {
        String html = """
                <a href="/index.html">start</a> <a href="/js/ui.js">a link, not a script element</a>
                <link rel="stylesheet" href="//cdn.example.org/x.css">
                <link rel="stylesheet" href="https://cdn.example.org/x.css">
                <script src="relative.js"></script>
                <p>href="/css/wegwijs.css" as text</p>
                """;

        assertThat(version.linkVersioned(html)).isEqualTo(html);
    }

    @Test
    void theVersionChangesWithAnyFilesContentAndStaysWithTheSameFiles(@TempDir Path dir) throws IOException {
        Path staticDir = Files.createDirectories(dir.resolve("static/js"));
        Files.writeString(staticDir.resolve("a.js"), "export const a = 1;");
        Files.writeString(staticDir.resolve("b.js"), "export const b = 2;");
        String root = dir.resolve("static").toUri() + "";

        String before = AssetVersion.ofFilesUnder(root).version();
        String same = AssetVersion.ofFilesUnder(root).version();
        Files.writeString(staticDir.resolve("b.js"), "export const b = 3;");
        String after = AssetVersion.ofFilesUnder(root).version();

        assertThat(before).matches("[0-9a-f]{12}").isEqualTo(same).isNotEqualTo(after);
    }

    /**
     * Modules must import each other by relative paths: a page loads its scripts from {@code
     * /v/<version>/...}, where {@code ../ui.js} stays under the version but {@code /js/ui.js} would
     * load a second, unversioned copy of the module, with state of its own (the i18n dictionaries).
     */
    @Test
    void noScriptOfTheStaffUiImportsAnotherByAnAbsolutePath() throws IOException {
        Pattern absoluteImport = Pattern.compile(
                "^\\s*(?:import|export)\\b[^;'\"]*?\\bfrom\\s*['\"]/|^\\s*import\\s*['\"]/|\\bimport\\(\\s*['\"]/",
                Pattern.MULTILINE);
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.js");
        assertThat(scripts).hasSizeGreaterThan(10);

        List<String> offenders = new ArrayList<>();
        for (Resource script : scripts) {
            String text = script.getContentAsString(StandardCharsets.UTF_8);
            Matcher m = absoluteImport.matcher(text);
            while (m.find()) {
                offenders.add(script.getFilename() + ": " + m.group().strip());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
