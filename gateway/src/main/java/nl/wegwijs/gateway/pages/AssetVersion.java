package nl.wegwijs.gateway.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * One version for all static files together: the first 12 hex digits of a SHA-256 over every
 * file's path and content. Scripts and styles are linked as {@code /v/<version>/...}: a deploy that
 * changes any file changes every such URL, so a browser may keep them for a year and still never
 * runs an old script next to a new one.
 *
 * <p>One version for the whole tree rather than one per file: the pages' scripts are ES modules
 * that import each other by relative paths ({@code ../api.js}). Loaded from {@code /v/<version>/js/
 * public/kb.js}, such an import resolves to {@code /v/<version>/js/api.js}, so every module of a
 * page is versioned without rewriting any script. A version per file would have to be written into
 * each importing script (a build step the staff UI does not have).
 */
public final class AssetVersion {

    /** Where the versioned copies of the static files are served. */
    public static final String PREFIX = "/v/";

    /**
     * A stylesheet or script linked from a page by absolute path ({@code href="/css/wegwijs.css"},
     * {@code src="/js/public/kb.js"}), in {@code <link>} and {@code <script>} elements.
     */
    private static final Pattern ASSET_LINK =
            Pattern.compile("(<(?:link|script)\\b[^>]*?\\s(?:href|src)=\")(/[^\"/][^\"?#]*\\.(?:css|js))\"");

    private final String version;

    AssetVersion(String version) {
        this.version = version;
    }

    /** The version of the files under {@code classpath:/static} (in any jar), as they are now. */
    public static AssetVersion ofStaticFiles() {
        return ofFilesUnder("classpath*:static/");
    }

    static AssetVersion ofFilesUnder(String root) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource[] files = resolver.getResources(root + "**/*.*");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Arrays.stream(files)
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(AssetVersion::pathUnderStatic))
                    .forEach(file -> {
                        sha256.update(pathUnderStatic(file).getBytes(StandardCharsets.UTF_8));
                        sha256.update((byte) 0);
                        try {
                            sha256.update(file.getContentAsByteArray());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        sha256.update((byte) 0);
                    });
            return new AssetVersion(HexFormat.of().formatHex(sha256.digest()).substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pathUnderStatic(Resource file) {
        try {
            String url = file.getURL().toString();
            int at = url.lastIndexOf("/static/");
            return at < 0 ? url : url.substring(at + "/static/".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    /** The path the current version of these files is served under: {@code /v/<version>/}. */
    public String prefix() {
        return PREFIX + version + "/";
    }

    /** The weak ETag of every static file of this version (weak: Tomcat does not compress a response with a strong one). */
    public String etag() {
        return "W/\"" + version + "\"";
    }

    /** The page with each absolute link to a stylesheet or script pointing at its versioned copy. */
    public String linkVersioned(String html) {
        Matcher links = ASSET_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (links.find()) {
            links.appendReplacement(
                    out, Matcher.quoteReplacement(links.group(1) + PREFIX + version + links.group(2) + "\""));
        }
        links.appendTail(out);
        return out.toString();
    }
}
