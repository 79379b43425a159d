package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 1.0 surface rules a user relies on, read from the compiled classes of both SDK modules: the sync
 * resource trees return values, never futures (async lives in the {@code async} views), and no simple
 * type name appears in both clients' public packages, so code that mirrors one platform onto the other
 * never spells a fully qualified name.
 */
class PublicSurfaceTest {

    @Test
    void noPublicTypeOutsideTheAsyncViewsReturnsAFuture() throws Exception {
        List<String> futures = new ArrayList<>();
        for (Class<?> type : publicApiTypes(FusionClient.class, "io.teamsdr.fusion")) {
            futures.addAll(futureMethods(type));
        }
        for (Class<?> type : publicApiTypes(VsxiTeamsClient.class, "io.teamsdr.vsxi")) {
            futures.addAll(futureMethods(type));
        }

        assertThat(futures).isEmpty();
    }

    @Test
    void noSimpleTypeNameIsSharedBetweenTheTwoClients() throws Exception {
        Set<String> fusion = simpleNames(publicApiTypes(FusionClient.class, "io.teamsdr.fusion"));
        Set<String> vsxi = simpleNames(publicApiTypes(VsxiTeamsClient.class, "io.teamsdr.vsxi"));

        assertThat(fusion).hasSizeGreaterThan(50);
        assertThat(vsxi).hasSizeGreaterThan(30);
        assertThat(fusion).doesNotContainAnyElementsOf(vsxi);
    }

    private static List<String> futureMethods(Class<?> type) {
        if (type.getPackageName().endsWith(".async")) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (CompletableFuture.class.isAssignableFrom(method.getReturnType())
                    && method.getDeclaringClass().getPackageName().startsWith("io.teamsdr")) {
                found.add(type.getName() + "." + method.getName());
            }
        }
        return found;
    }

    private static Set<String> simpleNames(List<Class<?>> types) {
        return types.stream().filter(type -> type.getEnclosingClass() == null).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The public types of a module's API packages (every package under the root but {@code internal}). */
    private static List<Class<?>> publicApiTypes(Class<?> anchor, String rootPackage)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        if (Files.isDirectory(location)) {
            collect(location, rootPackage, anchor.getClassLoader(), types);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                collect(jar.getPath("/"), rootPackage, anchor.getClassLoader(), types);
            }
        }
        return types;
    }

    private static void collect(Path root, String rootPackage, ClassLoader loader, List<Class<?>> types)
            throws IOException, ClassNotFoundException {
        Path packageDir = root.resolve(rootPackage.replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.walk(packageDir)) {
            names = files.map(file -> root.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.contains(".internal."))
                    .toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (Modifier.isPublic(type.getModifiers()) && !type.isSynthetic()) {
                types.add(type);
            }
        }
    }
}
