package bg.inkindmatch.web.architecture;

import bg.inkindmatch.web.InKindMatchApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules (the packages under {@code bg.inkindmatch.web}) depend on
 * each other without cycles, and the README's module diagram is the one drawn from the
 * code as it is.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(InKindMatchApplication.class);

    private static final String START = "<!-- modules:start (drawn by ModuleStructureTest) -->";

    private static final String END = "<!-- modules:end -->";

    @Test
    void modulesDependOnEachOtherWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(START, END);
        String shown = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip();

        assertThat(shown).as("paste this between the markers in README.md").isEqualTo(diagram());
    }

    /**
     * A Mermaid flowchart: a solid arrow where a module uses another's types or beans, a
     * dotted one where it only listens to the other's events.
     */
    static String diagram() {
        Map<String, String> edges = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            Map<String, List<DependencyType>> byTarget = module.getDirectDependencies(MODULES)
                .stream()
                .collect(Collectors.groupingBy(dependency -> name(dependency.getTargetModule()),
                        Collectors.mapping(ApplicationModuleDependency::getDependencyType, Collectors.toList())));
            byTarget.forEach((target, types) -> edges.put(name(module) + " " + target,
                    types.stream().allMatch(type -> type == DependencyType.EVENT_LISTENER)
                            ? "  " + name(module) + " -. events .-> " + target
                            : "  " + name(module) + " --> " + target));
        }
        String modules = MODULES.stream()
            .map(ModuleStructureTest::name)
            .sorted()
            .map(name -> "  " + name)
            .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart LR\n" + modules + "\n" + String.join("\n", edges.values()) + "\n```";
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

}
