package io.github.siked.engine;

import io.github.siked.student.StudentEngine;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The engine providers on a class path, and the choice among them by name. An unknown name fails
 * naming the property, the value and the engines found; a class path with none says which
 * artifact to add.
 */
public final class EngineCatalog {

    /** The artifact that provides each engine siked knows, for the message when it is missing. */
    private static final Map<String, String> ARTIFACTS =
            Map.of(EngineSettings.DEFAULT_ENGINE, "io.github.siked:siked-djl");

    private final List<EngineProvider> providers;

    /** A catalog of these providers, for tests and tools that build their own. */
    public EngineCatalog(List<EngineProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers {@link ServiceLoader} finds through {@code loader}. */
    public static EngineCatalog on(ClassLoader loader) {
        return new EngineCatalog(ServiceLoader.load(EngineProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    /**
     * The engine that {@code settings} names, built with them: its trainer and its sampler.
     *
     * @throws IllegalArgumentException when no provider, or several, answer to the name, or the one
     *     that does cannot train or sample, or refuses a setting
     */
    public StudentEngine choose(EngineSettings settings) {
        // One name picks both sides today; a trainer and a sampler chosen apart differ only in the names.
        EngineProvider trainer = named(EngineSettings.ENGINE, settings.engine());
        EngineProvider sampler = named(EngineSettings.ENGINE, settings.engine());
        return new ChosenEngine(
                trainer.training(settings).orElseThrow(() -> lacks(trainer, "train")),
                sampler.sampling(settings).orElseThrow(() -> lacks(sampler, "sample")));
    }

    /** The one provider called {@code name}, which the property {@code key} chose. */
    EngineProvider named(String key, String name) {
        List<EngineProvider> matches =
                providers.stream().filter(p -> p.name().equals(name)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException(key + " '" + name + "' names " + matches.size()
                    + " student engines on the class path (" + classes(matches) + "): keep one of the jars");
        }
        String artifact = ARTIFACTS.get(name);
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("no student engine on the class path for " + key + "=" + name
                    + (artifact == null ? "" : ": add " + artifact + " to the siked plugin's dependencies"));
        }
        throw new IllegalArgumentException(key + " '" + name + "' is not a student engine on the class path: use "
                + providers.stream().map(EngineProvider::name).sorted().collect(Collectors.joining(", "))
                + (artifact == null ? "" : ", or add " + artifact + " to the siked plugin's dependencies"));
    }

    private static IllegalArgumentException lacks(EngineProvider provider, String verb) {
        return new IllegalArgumentException(EngineSettings.ENGINE + " '" + provider.name() + "' cannot " + verb
                + " students: choose an engine that can");
    }

    private static String classes(List<EngineProvider> providers) {
        return providers.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "));
    }
}
