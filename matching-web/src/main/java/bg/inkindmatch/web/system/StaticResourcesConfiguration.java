package bg.inkindmatch.web.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * The static files, each under its own path ({@code spring.web.resources.add-mappings} is
 * off). With the default catch-all {@code /**} every link a page writes (a board page has
 * dozens) was looked up among the class path's resources before it could be written,
 * which took most of a page's time under load; now only links under these paths are.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // a pattern's resource path is the part its ** matched
        serve(registry, "/css/**", "classpath:/static/css/");
        serve(registry, "/js/**", "classpath:/static/js/");
        serve(registry, "/favicon.ico", "classpath:/static/");
        // version-less webjar paths (/webjars/htmx.org/dist/...) resolved by the webjars
        // locator
        registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/")
            .setCacheControl(A_DAY)
            .resourceChain(true);
    }

    private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(A_DAY).resourceChain(true);
    }

}
