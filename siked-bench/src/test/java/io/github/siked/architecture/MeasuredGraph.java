package io.github.siked.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project-package graph of compiled classes, as ArchUnit reads them: an arrow from one package
 * to another for every class of the first that uses a class of the second (a field, a parameter, a
 * call, a supertype, an annotation...). A reference only in Javadoc or to an inlined constant leaves
 * no trace in a class file, so it makes no arrow. Each arrow keeps one use that makes it, the
 * smallest of ArchUnit's descriptions (the same one every run), to name in a failure.
 */
final class MeasuredGraph {

    /** The project's root package; graph names are relative to it. */
    static final String ROOT = "io.github.siked";

    private final SortedMap<String, SortedMap<String, String>> uses = new TreeMap<>();
    private final SortedSet<String> sources = new TreeSet<>();

    private MeasuredGraph() {}

    /** The graph of the given classes, which must all live under {@link #ROOT}. */
    static MeasuredGraph of(JavaClasses classes) {
        MeasuredGraph graph = new MeasuredGraph();
        classes.forEach(graph::add);
        return graph;
    }

    private void add(JavaClass origin) {
        String from = relative(origin.getPackageName());
        SortedMap<String, String> arrows = uses.computeIfAbsent(from, p -> new TreeMap<>());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
            if (target.startsWith(ROOT + ".") && !relative(target).equals(from)) {
                arrows.merge(relative(target), dependency.getDescription(), MeasuredGraph::first);
            }
        }
        origin.getSource().ifPresent(source -> sources.add(root(source.getUri().toString())));
    }

    /** Each package that holds a class, with the packages it uses and one use of each. */
    SortedMap<String, SortedMap<String, String>> uses() {
        return uses;
    }

    /**
     * The jars and folders the classes came from: a stale jar in the local repository (a module
     * built without {@code -am}) shows here.
     */
    SortedSet<String> sources() {
        return sources;
    }

    private static String relative(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            throw new IllegalStateException("a class outside " + ROOT + " was measured: " + packageName);
        }
        return packageName.substring(ROOT.length() + 1);
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A class file's jar ({@code jar:file:/x.jar!/io/...}) or class folder ({@code file:/x/io/...}). */
    private static String root(String classFile) {
        int inJar = classFile.indexOf("!/");
        int inFolder = classFile.indexOf("/" + ROOT.replace('.', '/') + "/");
        return inJar >= 0
                ? classFile.substring(0, inJar)
                : inFolder >= 0 ? classFile.substring(0, inFolder) : classFile;
    }
}
