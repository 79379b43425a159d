package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and sdk-examples/README.md compiles against the SDK, so the
 * documentation cannot drift from the code.
 *
 * <p>The convention, for whoever writes a block:
 * <ul>
 *   <li>A block of statements becomes the body of a method; a block that starts with a declaration
 *       (an annotation, {@code class}, {@code static}, {@code void}, ...) becomes members of a class.</li>
 *   <li>sdk-core, the testkit and the examples are imported, and the public packages of each client the
 *       block names (a {@code Fusion...} or {@code MsTeams} type: the Fusion client and its Graph bridge; a
 *       {@code Vsxi...} or {@code Draft} type: the VSXi client), plus the JDK types the blocks use
 *       ({@code java.util.*}, {@code URI}, {@code Path}, {@code Duration}, {@code CompletableFuture},
 *       {@code Stream}), JUnit's {@code @Test} and {@code @RegisterExtension}, AssertJ's
 *       {@code assertThat}, Graph's {@code GraphServiceClient}, SLF4J's {@code Logger}, sdk-provisioning,
 *       sdk-micrometer and Micrometer's {@code MeterRegistry} and {@code ObservationRegistry}. A block that
 *       uses both clients spells a name the two share in full.</li>
 *   <li>What a block uses without declaring it is declared in an HTML comment right above the block:
 *       {@code <!-- compile: String userId; List<BulkUserItem> items -->}. Besides SDK types, the
 *       stand-ins {@code Vault} ({@code String read(String name)}) and {@code Tokens}
 *       ({@code String graph()}) may be used.</li>
 *   <li>No {@code ...} placeholders: a block is real code.</li>
 * </ul>
 * The blocks are compiled, never run.
 */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- compile: ([^\\n]*?) -->\\s*\\n)?```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile(
            "^(@|class |interface |record |enum |static |private |public |protected |final |void )");
    private static final Pattern NAMES_FUSION = Pattern.compile("\\b(Fusion\\w*|MsTeams\\w*)\\b");
    private static final Pattern NAMES_VSXI = Pattern.compile("\\b(Vsxi\\w*|Draft)\\b");
    private static final String FUSION_IMPORTS = """
            import io.teamsdr.fusion.*;
            import io.teamsdr.fusion.async.*;
            import io.teamsdr.fusion.graph.*;
            import io.teamsdr.fusion.model.*;
            """;
    private static final String VSXI_IMPORTS = """
            import io.teamsdr.vsxi.*;
            import io.teamsdr.vsxi.model.*;
            """;
    private static final String IMPORTS = """
            import static org.assertj.core.api.Assertions.assertThat;

            import com.microsoft.graph.serviceclient.GraphServiceClient;
            import io.micrometer.core.instrument.MeterRegistry;
            import io.micrometer.observation.ObservationRegistry;
            import io.teamsdr.core.*;
            import io.teamsdr.core.event.*;
            import io.teamsdr.micrometer.*;
            import io.teamsdr.provisioning.*;
            import io.teamsdr.testkit.*;
            import io.teamsdr.testkit.fusion.*;
            import io.teamsdr.testkit.vsxi.*;
            import java.net.URI;
            import java.nio.file.Path;
            import java.time.Duration;
            import java.util.*;
            import java.util.concurrent.CompletableFuture;
            import java.util.stream.Stream;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.RegisterExtension;
            import org.slf4j.Logger;
            """;

    /** One java block of a README. */
    record Snippet(String file, int line, String context, String code) {
        String className() {
            return "Readme" + file.replaceAll("[^A-Za-z]", "") + "Line" + line;
        }

        boolean isClassBody() {
            return DECLARATION.matcher(code.stripLeading()).find();
        }

        String source() {
            String declarations = context.isBlank() ? "" : String.join(";\n", context.split(";")).strip() + ";\n";
            String body = isClassBody()
                    ? declarations.lines().map(line -> "    " + line.strip()).reduce("", (a, b) -> a + b + "\n") + code
                    : "    void snippet(" + String.join(", ", declarations.replace(";\n", "\n").strip().lines()
                            .map(String::strip).filter(line -> !line.isEmpty()).map(line -> line.replaceAll(";$", ""))
                            .toList()) + ") throws Exception {\n" + code + "\n    }";
            String text = context + "\n" + code;
            String imports = IMPORTS + (NAMES_FUSION.matcher(text).find() ? FUSION_IMPORTS : "")
                    + (NAMES_VSXI.matcher(text).find() ? VSXI_IMPORTS : "");
            return "package io.teamsdr.examples;\n\n" + imports + "\n@SuppressWarnings(\"all\")\nclass " + className()
                    + " {\n    interface Vault { String read(String name); }\n    interface Tokens { String graph(); }\n\n"
                    + body + "\n}\n";
        }
    }

    static List<Snippet> snippets() throws IOException {
        Path examples = Path.of("").toAbsolutePath();
        List<Snippet> found = new ArrayList<>();
        for (Path readme : List.of(examples.resolveSibling("README.md"), examples.resolve("README.md"))) {
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                int line = (int) text.substring(0, block.start(2)).lines().count();
                String name = examples.getParent().relativize(readme).toString();
                found.add(new Snippet(name, line, block.group(1) == null ? "" : block.group(1), block.group(2)));
            }
        }
        return found;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmesCompiles(@TempDir Path classes) throws IOException {
        List<Snippet> snippets = new ArrayList<>(snippets());
        assertThat(snippets).as("java blocks found in the READMEs").hasSizeGreaterThanOrEqualTo(5);
        // Two blocks that must not compile, so that a compiler that accepts anything fails this test.
        Snippet placeholder = new Snippet("placeholder", 1, "", "for (int i = 0; i < 2; i++) { ... }");
        Snippet undeclared = new Snippet("undeclared", 1, "", "FusionClient.builder().build().msTeams(subscription);");
        snippets.add(placeholder);
        snippets.add(undeclared);
        Map<String, List<String>> errors = compile(snippets, classes);
        return Stream.concat(
                snippets.stream().filter(snippet -> snippet != placeholder && snippet != undeclared)
                        .map(snippet -> DynamicTest.dynamicTest(snippet.file() + " line " + snippet.line(),
                                () -> assertThat(errors.getOrDefault(snippet.className(), List.of()))
                                        .as("compiling %s line %d as%n%s", snippet.file(), snippet.line(), snippet.source())
                                        .isEmpty())),
                Stream.of(placeholder, undeclared).map(snippet -> DynamicTest.dynamicTest("a block with a " + snippet.file()
                        + " fails", () -> assertThat(errors.get(snippet.className())).isNotEmpty())));
    }

    /**
     * Compiles each snippet on its own (a syntax error in one would stop the compiler before it checks
     * the names of the others) with one file manager, so the class path is read once.
     */
    private static Map<String, List<String>> compile(List<Snippet> snippets, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> options = List.of("-proc:none", "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString());
        Map<String, List<String>> errors = new HashMap<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            for (Snippet snippet : snippets) {
                JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + snippet.className() + ".java"),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return snippet.source();
                    }
                };
                DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
                compiler.getTask(new StringWriter(), files, diagnostics, options, null, List.of(source)).call();
                errors.put(snippet.className(), diagnostics.getDiagnostics().stream()
                        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                        .map(diagnostic -> "line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT))
                        .toList());
            }
        }
        return errors;
    }
}
