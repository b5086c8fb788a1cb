package io.github.siked.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md stays true to the main classes of every module: its package tables list
 * exactly the arrows the classes make, leaves first, the graph has no cycle, and the module rules
 * hold. A failure says what to change in the document, or in the code for a cycle or a broken rule.
 */
class ArchitectureTest {

    /** Where a failure points for the module rules. */
    private static final String MODULES = DocumentedGraph.DOCUMENT + ", \"Modules\"";

    /** Packages of the modules above siked-core; every other package under the root is the core's. */
    private static final String[] OUTSIDE_CORE = {
        "io.github.siked.djl..", "io.github.siked.maven..", "io.github.siked.bench.."
    };

    private static JavaClasses main;
    private static MeasuredGraph measured;
    private static Map<String, SortedSet<String>> documented;

    @BeforeAll
    static void readTheCodeAndTheDocument() throws IOException {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(MeasuredGraph.ROOT);
        measured = MeasuredGraph.of(main);
        documented = DocumentedGraph.read(DocumentedGraph.DOCUMENT);
    }

    /**
     * One row per package, with exactly the arrows its classes make, and rows from the leaves up so
     * that the document itself shows the graph is acyclic; every difference is listed at once.
     */
    @Test
    void theTablesHoldTheMeasuredGraph() {
        GraphComparison comparison =
                new GraphComparison(measured.uses(), documented, DocumentedGraph.DOCUMENT.toString());
        List<String> problems = new ArrayList<>(comparison.rowsToChange());
        problems.addAll(comparison.arrowsToAdd());
        problems.addAll(comparison.arrowsToRemove());
        problems.addAll(comparison.rowsToMove());
        assertTrue(
                problems.isEmpty(),
                () -> String.join("\n", problems) + "\n(classes read from " + String.join(", ", measured.sources())
                        + ")");
    }

    @Test
    void thePackageGraphHasNoCycle() {
        slices().matching(MeasuredGraph.ROOT + ".(**)")
                .should()
                .beFreeOfCycles()
                .because("the package graph stays acyclic (" + DocumentedGraph.DOCUMENT + ")")
                .check(main);
    }

    @Test
    void theCoreIsPlainJava() {
        classes()
                .that()
                .resideOutsideOfPackages(OUTSIDE_CORE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax..",
                        "org.w3c..",
                        "org.xml..",
                        "com.fasterxml.jackson..",
                        "org.apache.commons.exec..",
                        "org.jfree..",
                        "org.apache.batik..",
                        MeasuredGraph.ROOT + "..")
                .because("siked-core imports the JDK, Jackson, Commons Exec, and in report JFreeChart and Batik,"
                        + " never org.apache.maven or ai.djl (" + MODULES + ")")
                .check(main);
    }

    @Test
    void onlyReportDrawsPlots() {
        noClasses()
                .that()
                .resideOutsideOfPackage(MeasuredGraph.ROOT + ".report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jfree..", "org.apache.batik..")
                .because("JFreeChart (LGPL-2.1) and Batik draw the plots in report and nowhere else (" + MODULES + ")")
                .check(main);
    }

    @Test
    void onlySikedDjlImportsDjl() {
        noClasses()
                .that()
                .resideOutsideOfPackage(MeasuredGraph.ROOT + ".djl..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ai.djl..")
                .because("siked-djl is the only module importing ai.djl (" + MODULES + ")")
                .check(main);
    }

    @Test
    void thePluginFindsTheEngineByName() {
        noClasses()
                .that()
                .resideInAPackage(MeasuredGraph.ROOT + ".maven..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(MeasuredGraph.ROOT + ".djl..")
                .because("the plugin chooses the engine through engine.EngineCatalog, by name (" + MODULES + ")")
                .check(main);
    }
}
