package org.tessera.petrarch;

import java.io.IOException;
import org.tessera.data.KnowledgeDigest;
import org.tessera.model.KnowledgeVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A set of PETRARCH dictionaries read from a folder. Which files: those a {@code PETR_config.ini}
 * in the folder (or its parent) names under {@code [Dictionaries]}, else by name: verbs
 * ({@code CAMEO*verbs*.txt}, {@code *.verbs}, {@code CAMEO.2.0.txt}), actors ({@code *.actors.txt}),
 * agents ({@code *.agents.txt}), discards ({@code *discards*.txt}); issue files are recognised
 * and not used (Tessera does not code issues).
 */
public record PetrarchDictionaries(VerbDictionary verbs, List<PetrarchActor> actors, List<PetrarchAgent> agents,
                                   List<PetrarchDiscard> discards, List<String> files) {
    public PetrarchDictionaries {
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        discards = List.copyOf(discards);
        files = List.copyOf(files);
    }

    /** The digests of the files read, for the evidence of the events they code. */
    public List<KnowledgeVersion> versions() {
        try {
            return KnowledgeDigest.files(files.stream().map(Path::of).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read a PETRARCH dictionary again: " + e.getMessage(), e);
        }
    }

    /** The files to read, by kind. */
    public record Selection(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {
    }

    /** Reads the dictionaries of a folder; problems in lines go to {@code problems}, a missing folder throws. */
    public static PetrarchDictionaries load(Path dir, Consumer<String> problems) throws IOException {
        return load(select(dir, problems), problems);
    }

    public static PetrarchDictionaries load(Selection s, Consumer<String> problems) throws IOException {
        List<DictionaryLines.Line> verbLines = new ArrayList<>();
        for (Path p : s.verbs()) verbLines.addAll(DictionaryLines.read(p));
        VerbDictionary verbs = VerbFileReader.read(verbLines, problems);
        List<PetrarchActor> actors = new ArrayList<>();
        for (Path p : s.actors()) actors.addAll(ActorFileReader.read(DictionaryLines.read(p), problems));
        List<PetrarchAgent> agents = new ArrayList<>();
        for (Path p : s.agents()) agents.addAll(AgentFileReader.read(DictionaryLines.read(p), problems));
        List<PetrarchDiscard> discards = new ArrayList<>();
        for (Path p : s.discards()) discards.addAll(PetrarchDiscard.read(DictionaryLines.read(p), problems));
        List<String> files = new ArrayList<>();
        Stream.of(s.verbs(), s.actors(), s.agents(), s.discards()).flatMap(List::stream).forEach(p -> files.add(p.toString()));
        return new PetrarchDictionaries(verbs, actors, agents, discards, files);
    }

    static Selection select(Path dir, Consumer<String> problems) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder of dictionaries");
        for (Path ini : List.of(dir.resolve("PETR_config.ini"), dir.toAbsolutePath().getParent() == null ? dir.resolve("PETR_config.ini")
                : dir.toAbsolutePath().getParent().resolve("PETR_config.ini"))) {
            if (Files.isRegularFile(ini)) {
                Selection s = fromConfig(ini, dir, problems);
                if (!s.verbs().isEmpty() || !s.actors().isEmpty()) return s;
            }
        }
        List<Path> verbs = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> discards = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".verbs") || n.matches("cameo.*verbs.*\\.txt") || n.matches("cameo\\.\\d.*\\.txt")) verbs.add(p);
                else if (n.endsWith(".actors.txt")) actors.add(p);
                else if (n.endsWith(".agents.txt")) agents.add(p);
                else if (n.contains("discards") && n.endsWith(".txt")) discards.add(p);
            }
        }
        return new Selection(verbs, actors, agents, discards);
    }

    /** The {@code [Dictionaries]} section of a PETRARCH config: verbfile_name, actorfile_list, agentfile_name, discardfile_name. */
    static Selection fromConfig(Path ini, Path dir, Consumer<String> problems) throws IOException {
        List<Path> verbs = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> discards = new ArrayList<>();
        boolean inSection = false;
        int n = 0;
        for (String line : Files.readAllLines(ini, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            n++;
            String t = line.strip();
            if (t.startsWith("[")) {
                inSection = t.equalsIgnoreCase("[Dictionaries]");
                continue;
            }
            if (!inSection || t.isEmpty() || t.startsWith("#") || t.startsWith(";")) continue;
            int eq = t.indexOf('=');
            if (eq < 0) continue;
            String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            List<Path> target = switch (key) {
                case "verbfile_name" -> verbs;
                case "actorfile_list" -> actors;
                case "agentfile_name" -> agents;
                case "discardfile_name" -> discards;
                default -> null;
            };
            if (target == null) continue;
            for (String f : t.substring(eq + 1).split(",")) {
                if (f.isBlank()) continue;
                Path p = dir.resolve(f.strip());
                if (Files.isRegularFile(p)) target.add(p);
                else problems.accept(ini + ":" + n + ": no such dictionary " + p);
            }
        }
        return new Selection(verbs, actors, agents, discards);
    }
}
