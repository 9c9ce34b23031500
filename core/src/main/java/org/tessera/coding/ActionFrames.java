package org.tessera.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tessera.data.TsvFile;

/**
 * The words that frame an action ({@code action-frames.tsv}): each with its frame, where its embedded
 * action may be, and where its target is. Immutable.
 */
final class ActionFrames {
    static final String RESOURCE = "org/tessera/coding/action-frames.tsv";
    /** The mark of a word that frames an action as a predicate adjective only ("adj:ready"). */
    static final String ADJECTIVE = "adj:";

    /**
     * One framing word.
     *
     * @param frame     what it does with the action
     * @param embedding where the action is, in order: xcomp, ccomp, obj or a preposition
     * @param targets   the target's slots on the word itself
     */
    record FrameWord(ActionFrame frame, List<String> embedding, List<String> targets) {
        FrameWord {
            embedding = List.copyOf(embedding);
            targets = List.copyOf(targets);
        }
    }

    private final Map<String, FrameWord> words;

    private ActionFrames(Map<String, FrameWord> words) {
        this.words = Map.copyOf(words);
    }

    static ActionFrames bundled() {
        return read(TsvFile.resource(RESOURCE));
    }

    static ActionFrames read(List<TsvFile.Row> rows) {
        Map<String, FrameWord> out = new HashMap<>();
        for (TsvFile.Row r : rows) {
            String word = r.cell(0).toLowerCase(Locale.ROOT);
            if (word.isEmpty()) throw r.error("no word");
            ActionFrame frame;
            try {
                frame = ActionFrame.parse(r.cell(1));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            List<String> embedding = TsvFile.alternatives(r.cell(2));
            if (embedding.isEmpty()) throw r.error("no embedding for '" + word + "'");
            List<String> targets = TsvFile.alternatives(r.cell(3)).stream().filter(s -> !s.equals("-")).map(s -> s.replace('_', ' ')).toList();
            if (out.putIfAbsent(word, new FrameWord(frame, embedding, targets)) != null) throw r.error("'" + word + "' is listed twice");
        }
        return new ActionFrames(out);
    }

    Optional<FrameWord> get(String word) {
        return Optional.ofNullable(words.get(word.toLowerCase(Locale.ROOT)));
    }

    boolean reverses(String word) {
        return get(word).map(w -> w.frame() == ActionFrame.REVERSE).orElse(false);
    }
}
