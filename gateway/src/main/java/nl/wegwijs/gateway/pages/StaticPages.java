package nl.wegwijs.gateway.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * How the files of {@code classpath:/static} are served (Spring Boot's own mapping is switched off
 * with {@code spring.web.resources.add-mappings=false}):
 *
 * <ul>
 *   <li>{@code /v/<version>/**}: scripts, styles and images of this version, {@code Cache-Control:
 *       max-age=31536000, immutable}. Pages link to these only.
 *   <li>{@code /v/<other version>/**}: the same files of this version, {@code no-cache}: a page
 *       from another instance during a rolling deploy still finds its scripts, and nothing stale is
 *       kept for a year under the other version's URL.
 *   <li>everything else ({@code /index.html}, {@code /css/wegwijs.css}, ...): {@code no-cache,
 *       private} with a weak ETag, so a browser asks each time and gets {@code 304 Not Modified}
 *       while nothing changed. Pages get their links to scripts and styles rewritten to the
 *       versioned paths. No {@code Last-Modified}: the files' dates in a jar say nothing reliable
 *       about their content.
 * </ul>
 *
 * Compression (gzip, for text types) is Tomcat's ({@code server.compression.*}).
 */
@Configuration(proxyBeanMethods = false)
class StaticPages implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/static/";
    private static final Duration A_YEAR = Duration.ofDays(365);
    private static final Set<String> ASSET_TYPES =
            Set.of("css", "js", "mjs", "svg", "png", "jpg", "webp", "ico", "woff", "woff2");

    private final AssetVersion version;

    StaticPages(AssetVersion version) {
        this.version = version;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(version.prefix() + "**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(A_YEAR).immutable())
                .setUseLastModified(false)
                .setEtagGenerator(resource -> version.etag())
                .resourceChain(true)
                .addResolver(new AssetsOnly(false));
        registry.addResourceHandler(AssetVersion.PREFIX + "**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .setUseLastModified(false)
                .setEtagGenerator(resource -> version.etag())
                // not cached: the resolver cache is keyed by the path asked for, and anyone may
                // make up any number of versions
                .resourceChain(false)
                .addResolver(new AssetsOnly(true));
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache().cachePrivate())
                .setUseLastModified(false)
                .setEtagGenerator(resource -> version.etag())
                .resourceChain(true)
                .addTransformer(new VersionedLinks(version));
    }

    /**
     * Only scripts, styles and images under {@code /v/}: pages stay at their own paths, where the
     * sign-in rules for {@code /staff/**} apply to them.
     */
    private static final class AssetsOnly extends PathResourceResolver {

        private final boolean otherVersion;

        AssetsOnly(boolean otherVersion) {
            this.otherVersion = otherVersion;
        }

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            String path = resourcePath;
            if (otherVersion) {
                int slash = path.indexOf('/');
                if (slash < 0) {
                    return null;
                }
                path = path.substring(slash + 1);
            }
            int dot = path.lastIndexOf('.');
            if (dot < 0 || !ASSET_TYPES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                return null;
            }
            return super.getResource(path, location);
        }
    }

    /** Pages link to the versioned copies of their scripts and styles (cached by the resource chain). */
    private static final class VersionedLinks implements ResourceTransformer {

        private final AssetVersion version;

        VersionedLinks(AssetVersion version) {
            this.version = version;
        }

        @Override
        public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                throws IOException {
            Resource page = chain.transform(request, resource);
            String name = page.getFilename();
            if (name == null || !name.endsWith(".html")) {
                return page;
            }
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            return new TransformedResource(page, version.linkVersioned(html).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Bean
    static AssetVersion assetVersion() {
        return AssetVersion.ofStaticFiles();
    }

    @Bean
    static NotFoundPage notFoundPage(AssetVersion version) {
        return NotFoundPage.of(version);
    }
}
