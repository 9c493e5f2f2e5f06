package nl.wegwijs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analysts read one AsyncAPI document: every event type that has a JSON Schema in a service must
 * be in it, with a reference to that schema file, so the document cannot fall behind the code.
 */
class AsyncApiDocumentTest {

    private final Path root =
            Path.of(System.getProperty("wegwijs.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyEventSchemaIsDocumented() throws IOException {
        String document = Files.readString(root.resolve("docs/asyncapi.yaml"));
        List<Path> schemas = schemaFiles();

        assertThat(schemas).isNotEmpty();
        for (Path schema : schemas) {
            String relative = root.relativize(schema).toString();
            assertThat(document)
                    .as("docs/asyncapi.yaml references " + relative + " (python3 docs/generate-asyncapi.py)")
                    .contains("../" + relative);
        }
    }

    @Test
    void everyDocumentedSchemaExists() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("docs/asyncapi.yaml"));
        for (String line : lines) {
            int ref = line.indexOf("$ref: '../");
            if (ref >= 0) {
                String path = line.substring(ref + 10, line.lastIndexOf('\''));
                assertThat(root.resolve(path)).as(line.trim()).exists();
            }
        }
    }

    private List<Path> schemaFiles() throws IOException {
        try (var modules = Files.list(root)) {
            return modules.map(m -> m.resolve("src/main/resources/schemas"))
                    .filter(Files::isDirectory)
                    .flatMap(dir -> {
                        try (var files = Files.list(dir)) {
                            return files.filter(f -> f.toString().endsWith(".json")).toList().stream();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
        }
    }
}
