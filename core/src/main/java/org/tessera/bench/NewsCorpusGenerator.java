package org.tessera.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tessera.data.TsvFile;

/**
 * Writes a deterministic corpus of news-like English for benchmarks: articles of 10 to 25 body
 * sentences about pairs of actors taken from our own dictionaries (countries and their adjectives,
 * leaders in office, international organisations, capitals used for governments), with verbs of
 * many CAMEO roots, dates and places, mixed with filler lines that name no actor (sport, weather,
 * markets, unattributed remarks) at the given share.
 * <p>
 * Annotation time grows with sentence length and with what NER and SUTime find, so the sentences
 * are shaped like wire copy rather than like a phrase book: a core clause, often with an opening
 * phrase, and a geometric number of appended clauses (reported speech, sums of money, counts,
 * dates, a second party), which gives real news's long tail of 40- to 80-word sentences; quotes
 * attributed to invented people with their roles; numbers written the ways papers write them;
 * and, as in real news, most sentences that name an actor report no event (background, figures,
 * schedules), since dating and coding cost grow with the events found.
 * Tuned so that {@code bench} on it agrees with a run on real articles (see the README's
 * benchmark section). The templates and names are our own; the same seed always gives the same
 * corpus. Immutable; {@link #generate} keeps its random state local.
 */
public final class NewsCorpusGenerator {
    /** Share of body sentences without any actor, close to what real wire copy shows. */
    public static final double DEFAULT_ACTORLESS_SHARE = 0.30;
    private static final String BASE = "org/tessera/coding/";

    /** {A}, {B}: actors; {T}: topic; {D}: when; {C}: a city; {N}: a small number. */
    private static final List<String> ACTOR_TEMPLATES = List.of(
            "{A} criticized {B} over its handling of {T} {D}.",
            "{A} accused {B} of violating an agreement on {T}.",
            "{A} met {B} in {C} {D} to discuss {T}.",
            "{A} signed an agreement with {B} on {T} {D}.",
            "{A} urged {B} to resume talks on {T}.",
            "{A} imposed new sanctions on {B} {D}, citing concerns about {T}.",
            "{A} threatened {B} with sanctions if the dispute over {T} was not settled.",
            "{A} praised {B} for its role in the negotiations on {T}.",
            "{A} condemned the attack and blamed {B} for the escalation.",
            "{A} offered humanitarian aid to {B} after the floods.",
            "{A} expelled {N} diplomats from {B} {D}.",
            "{A} visited {B} {D}, the first such trip in {N} years.",
            "{A} rejected a proposal from {B} on {T}.",
            "{A} called on {B} to withdraw its troops from the border area.",
            "{A} demanded that {B} release the detained journalists.",
            "{A} protested to {B} about the incident in {C}.",
            "{A} expressed concern about military exercises held by {B} {D}.",
            "{A} agreed to cooperate with {B} on {T}.",
            "{A} warned {B} against any further escalation.",
            "{A} sent weapons and ammunition to {B} {D}.",
            "{A} hosted {B} for talks on {T} in {C}.",
            "{A} recognized {B} as a partner in the fight against terrorism.",
            "{A} invited {B} to a summit on {T} later this year.",
            "{A} denied any involvement in the cyber attack on {B}.",
            "{A} apologized to {B} for the remarks made by a senior official.",
            "{A} and {B} held talks on {T} {D}.",
            "{A} lifted sanctions on {B} after months of negotiations.",
            "{A} summoned the ambassador of {B} over the remarks.",
            "{A} pledged to support {B} in its dispute over {T}.",
            "Forces loyal to {A} attacked positions held by {B} near the border {D}.",
            "{A} telephoned {B} {D} to discuss {T}.",
            "{A} reached a deal with {B} on {T} after a night of talks in {C}.",
            "Speaking in {C}, {A} said it was ready to negotiate with {B}.",
            "{A} refused to meet {B} until the dispute over {T} was resolved.",
            "{A} blamed {B} for the collapse of the talks on {T}.");

    /**
     * Sentences that name an actor but hold no event: most of what names a country or a minister in
     * real news is background, figures and schedules, so the parse runs on them and the coder finds nothing.
     */
    private static final List<String> BACKGROUND_TEMPLATES = List.of(
            "{A} is expected to publish its annual budget figures {D}.",
            "The economy of {A} grew by {N}.{M}% in the last quarter, according to official figures.",
            "Voters in {A} will go to the polls in {MONTH} for the first time since {YEAR}.",
            "Turnout in {A} was about {PCT}, lower than in {YEAR}.",
            "{A} has a population of about {N}.{M} million, most of it in the capital.",
            "The latest figures from {A} show unemployment at {PCT}, its lowest level in {N} years.",
            "{A} produces about {COUNT} tonnes of grain a year, much of it for export.",
            "Officials in {A} said more details on {T} would be released {D}.",
            "The parliament of {A} is due to debate the new rules on {T} later this month.",
            "{A} last changed its rules on {T} in {YEAR}.");

    private static final List<String> TITLE_TEMPLATES = List.of(
            "{A} criticizes {B} over {T}",
            "{A} and {B} agree on {T}",
            "{A} warns {B} as tensions rise",
            "{A} urges {B} to return to talks",
            "{A} signs deal with {B}",
            "{A} accuses {B} of breaking promises");

    /** No capitalised word inside, no place or organisation names: nothing a dictionary or NER could take for an actor. */
    private static final List<String> FILLER_TEMPLATES = List.of(
            "The home side won {N}-{M} after a late goal in the second half.",
            "Temperatures are expected to reach {NN} degrees by the weekend.",
            "Shares in the technology sector rose {N} percent in early trading.",
            "Heavy rain caused flooding in several low-lying districts {W}.",
            "Inflation slowed to {N}.{M} percent last month, according to official figures.",
            "The striker scored twice as the visitors secured a comfortable victory.",
            "Analysts said the market remained cautious ahead of the holiday.",
            "Ticket sales for the concert series exceeded expectations.",
            "Fuel prices fell for the third consecutive week.",
            "Forecasters warned of strong winds along the coast overnight.",
            "Officials said the talks would continue next week.",
            "The meeting lasted about {N} hours and ended without a joint statement.",
            "No details of the discussions were made public.",
            "The coach said his players had shown great character.",
            "Retail sales grew by {N} percent compared with a year earlier.",
            "Snow is forecast for higher ground later in the week.",
            "The central bank kept interest rates unchanged {W}.",
            "Both teams will meet again in the return match next month.",
            "Traffic was disrupted for several hours after the storm.",
            "He said the negotiations had been difficult but constructive.",
            "Observers expect a decision before the end of the year.",
            "The unemployment rate edged down to {N}.{M} percent.",
            "Hundreds of fans gathered outside the stadium before kick-off.",
            "Oil prices climbed after the weekly inventory report.");

    private static final List<String> TOPICS = List.of(
            "border security", "energy supplies", "fishing rights", "the disputed islands", "grain exports",
            "visa rules", "nuclear safety", "climate targets", "a prisoner exchange", "trade tariffs",
            "gas transit", "arms control", "refugee flows", "cyber security", "the peace plan",
            "maritime boundaries", "debt relief", "water sharing", "troop deployments", "election monitoring");

    /** Opening phrases of actor sentences; {C} is a capital, so only actor sentences use it. */
    private static final List<String> OPENINGS = List.of(
            "On {WD}, ", "In a statement issued late on {WD}, ", "Speaking to reporters in {C}, ", "Earlier this month, ",
            "After {N} days of talks, ", "In {MONTH} {YEAR}, ", "Despite the objections of {P}, ", "For the first time since {YEAR}, ",
            "In an interview with a national newspaper, ", "Two weeks before the vote, ");

    /** Appended clauses; none names a dictionary actor, so fillers may use them too. */
    private static final List<String> EXTENSIONS = List.of(
            ", {P} said",
            ", adding that the plan would cost about {MONEY} over the next {N} years",
            ", a move that critics said could {VP}",
            " after more than {COUNT} people signed a petition calling for a change of course",
            ", according to figures published on {WD}",
            ", although {N} of the {NN} members of the committee voted against the proposal",
            " and said the question of {T} should be settled by {MONTH} {YEAR}",
            ", in what officials described as the most serious setback since {YEAR}",
            " while {P} warned that the costs could rise to {MONEY}",
            ", which had been delayed {N} times since {MONTH}",
            " as {COUNT} protesters gathered outside the building",
            ", the {ORD} such decision in {N} months",
            " and promised a review of the rules by the end of {YEAR}",
            ", up from {PCT} a year earlier");

    /** What a critic says a move could do. */
    private static final List<String> VPS = List.of(
            "undermine confidence in the process", "cost thousands of jobs", "delay the reforms by at least a year",
            "raise prices for millions of households", "leave the talks without a clear direction");

    /** Quotes of invented people, in the first person, as papers print them. */
    private static final List<String> QUOTES = List.of(
            "We have made it clear that we will not accept any deal on {T} that is not fair to everyone involved",
            "This is a difficult moment, but I believe we can still find a way forward",
            "Nobody wants to see the situation get worse, and we will do everything we can to prevent that",
            "It is simply not true that the decision was taken without consultation",
            "I have spoken to the families and they deserve answers, not excuses",
            "We expect the other side to keep its promises, and we will keep ours",
            "The figures speak for themselves: {PCT} of those we asked said they were worse off");

    private static final List<String> FIRST_NAMES = List.of(
            "John", "Margaret", "David", "Helen", "Peter", "Susan", "Michael", "Anne", "Richard", "Claire", "Andrew", "Julia",
            "Thomas", "Sarah", "Robert", "Fiona", "James", "Karen", "Stephen", "Alice");
    private static final List<String> SURNAMES = List.of(
            "Hartley", "Dunmore", "Pennington", "Ashcroft", "Whitfield", "Caldwell", "Merriman", "Halloway", "Brereton", "Fairbairn",
            "Lockwood", "Ellery", "Thornbury", "Sedgwick", "Marlowe", "Kingsley", "Radcliffe", "Oakley", "Pemberton", "Winslow");
    /** Roles of invented people; none is an actor of our dictionaries on its own. */
    private static final List<String> PERSON_ROLES = List.of(
            "a spokesman for the campaign group", "the party's deputy leader", "a senior adviser", "an analyst at a research institute",
            "the committee's chairwoman", "a lawyer for the families", "a former official", "the union's general secretary");

    /** Without May, which our dictionaries also know as a prime minister's name: fillers must name no actor. */
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "June", "July", "August",
            "September", "October", "November", "December");
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth");

    /** Share of actor sentences that report an event; real news holds one in a few dozen sentences. */
    private static final double EVENT_SHARE = 0.12;
    /** Share of actor sentences printed as a quote with its speaker, as wire copy often is. */
    private static final double QUOTE_SHARE = 0.18;
    /** Chance of one more appended clause, after the first and after each further one. */
    private static final double FIRST_EXTENSION = 0.55;
    private static final double FURTHER_EXTENSION = 0.45;

    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> ROLE_NOUNS = List.of("government", "foreign ministry", "defence ministry", "president", "officials", "troops", "lawmakers");

    private final List<String> countries = new ArrayList<>();
    private final List<String> adjectives = new ArrayList<>();
    private final List<String> capitals = new ArrayList<>();
    private final List<String> leaders = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private final double actorlessShare;

    public NewsCorpusGenerator() {
        this(DEFAULT_ACTORLESS_SHARE);
    }

    public NewsCorpusGenerator(double actorlessShare) {
        if (actorlessShare < 0 || actorlessShare > 1) throw new IllegalArgumentException("actorlessShare must be in [0, 1]");
        this.actorlessShare = actorlessShare;
        for (TsvFile.Row r : TsvFile.resource(BASE + "countries.tsv")) {
            List<String> names = TsvFile.alternatives(r.cell(1));
            List<String> adj = TsvFile.alternatives(r.cell(2));
            List<String> caps = TsvFile.alternatives(r.cell(3));
            if (names.isEmpty()) continue;
            countries.add(names.get(0));
            if (!adj.isEmpty()) adjectives.add(adj.get(0));
            if (!caps.isEmpty()) capitals.add(caps.get(0));
        }
        for (TsvFile.Row r : TsvFile.resource(BASE + "people.tsv")) {
            if (!r.cell(4).isEmpty()) continue; // only people still in office, so the article date fits
            List<String> names = TsvFile.alternatives(r.cell(0));
            if (names.isEmpty()) continue;
            String title = r.cell(5);
            boolean shortTitle = !title.isEmpty() && title.split(" ").length <= 2 && !title.contains(" of ");
            leaders.add(shortTitle ? title + " " + names.get(0) : names.get(0));
        }
        for (TsvFile.Row r : TsvFile.resource(BASE + "organisations.tsv")) {
            List<String> names = TsvFile.alternatives(r.cell(2));
            if (!names.isEmpty()) organisations.add(names.get(0));
        }
        if (countries.isEmpty() || adjectives.isEmpty() || leaders.isEmpty() || organisations.isEmpty() || capitals.isEmpty())
            throw new IllegalStateException("bundled dictionaries are missing countries, leaders or organisations");
    }

    /** Articles until the corpus holds at least {@code minSentences} body sentences. */
    public GeneratedCorpus generate(long seed, int minSentences) {
        Random rnd = new Random(seed);
        List<GeneratedArticle> articles = new ArrayList<>();
        int total = 0;
        LocalDate day = LocalDate.of(2024, 1, 8);
        while (total < minSentences) {
            GeneratedArticle a = article(rnd, "bench-" + seed + "-" + articles.size(), day.plusDays(rnd.nextInt(700)));
            total += a.sentences().size();
            articles.add(a);
        }
        return new GeneratedCorpus(seed, articles);
    }

    private GeneratedArticle article(Random rnd, String id, LocalDate date) {
        String a = actor(rnd);
        String b = actor(rnd);
        while (b.equalsIgnoreCase(a)) b = actor(rnd);
        String topic = pick(rnd, TOPICS);
        String title = capitalise(fill(pick(rnd, TITLE_TEMPLATES), rnd, a, b, topic));
        int n = 10 + rnd.nextInt(16);
        List<List<GeneratedSentence>> paragraphs = new ArrayList<>();
        List<GeneratedSentence> para = new ArrayList<>();
        int paraSize = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            // The lead reports the story's event, as a news lead does; later sentences mostly give background.
            boolean lead = i == 0;
            boolean actorless = !lead && rnd.nextDouble() < actorlessShare;
            GeneratedSentence s;
            if (actorless) {
                String core = fill(pick(rnd, FILLER_TEMPLATES), rnd, null, null, topic);
                s = new GeneratedSentence(rnd.nextDouble() < QUOTE_SHARE / 2 ? fillerQuote(rnd, topic) : extend(core, rnd, topic), false);
            } else {
                // Mostly the article's own pair, sometimes a third party, either way round.
                String x = rnd.nextInt(4) == 0 ? actor(rnd) : a;
                String y = x.equals(a) ? b : a;
                if (rnd.nextBoolean()) { String t = x; x = y; y = t; }
                String t = rnd.nextInt(3) == 0 ? pick(rnd, TOPICS) : topic;
                String core = fill(pick(rnd, lead || rnd.nextDouble() < EVENT_SHARE ? ACTOR_TEMPLATES : BACKGROUND_TEMPLATES), rnd, x, y, t);
                if (!lead && rnd.nextDouble() < QUOTE_SHARE) {
                    s = new GeneratedSentence(quote(rnd, t, x), true);
                } else {
                    if (rnd.nextInt(4) == 0) core = fill(pick(rnd, OPENINGS), rnd, x, y, t) + core;
                    s = new GeneratedSentence(capitalise(extend(core, rnd, t)), true);
                }
            }
            para.add(s);
            if (para.size() >= paraSize) {
                paragraphs.add(para);
                para = new ArrayList<>();
                paraSize = 1 + rnd.nextInt(3);
            }
        }
        if (!para.isEmpty()) paragraphs.add(para);
        return new GeneratedArticle(id, title, date, paragraphs);
    }

    /** A phrase naming an actor, in one of the forms news copy uses. */
    private String actor(Random rnd) {
        return switch (rnd.nextInt(10)) {
            case 0, 1, 2 -> pick(rnd, countries);
            case 3, 4 -> {
                String noun = pick(rnd, ROLE_NOUNS);
                String adj = pick(rnd, adjectives);
                yield noun.endsWith("s") ? adj + " " + noun : "the " + adj + " " + noun;
            }
            case 5, 6 -> pick(rnd, leaders);
            case 7, 8 -> pick(rnd, organisations);
            default -> pick(rnd, capitals);
        };
    }

    /** The sentence with a geometric number of appended clauses before its full stop. */
    private String extend(String sentence, Random rnd, String topic) {
        if (!sentence.endsWith(".")) return sentence;
        StringBuilder out = new StringBuilder(sentence.substring(0, sentence.length() - 1));
        double p = FIRST_EXTENSION;
        while (rnd.nextDouble() < p) {
            out.append(fill(pick(rnd, EXTENSIONS), rnd, null, null, topic));
            p = FURTHER_EXTENSION;
        }
        return out.append('.').toString();
    }

    /** A quote, its speaker and, often, the actor the speaker belongs to. */
    private String quote(Random rnd, String topic, String actor) {
        String q = fill(pick(rnd, QUOTES), rnd, null, null, topic);
        return rnd.nextBoolean()
                ? "\"" + q + ",\" said " + person(rnd) + ", speaking for " + actor + "."
                : "\"" + q + ",\" " + actor + " said in a statement.";
    }

    private String fillerQuote(Random rnd, String topic) {
        return "\"" + fill(pick(rnd, QUOTES), rnd, null, null, topic) + ",\" " + pick(rnd, List.of("he", "she")) + " said.";
    }

    private static String person(Random rnd) {
        String name = pick(rnd, FIRST_NAMES) + " " + pick(rnd, SURNAMES);
        return name + ", " + pick(rnd, PERSON_ROLES);
    }

    private static String money(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> "£" + (1 + rnd.nextInt(9)) + "." + rnd.nextInt(10) + "bn";
            case 1 -> "$" + (10 + rnd.nextInt(890)) + "m";
            case 2 -> (2 + rnd.nextInt(40)) + " million euros";
            default -> "£" + (100 + rnd.nextInt(900)) + "," + String.format(java.util.Locale.ROOT, "%03d", rnd.nextInt(1000));
        };
    }

    private String fill(String template, Random rnd, String a, String b, String topic) {
        String s = template;
        if (a != null) s = s.replace("{A}", a);
        if (b != null) s = s.replace("{B}", b);
        s = s.replace("{T}", topic);
        while (s.contains("{D}")) s = s.replaceFirst("\\{D}", when(rnd));
        while (s.contains("{C}")) s = s.replaceFirst("\\{C}", pick(rnd, capitals));
        while (s.contains("{P}")) s = s.replace("{P}", person(rnd));
        while (s.contains("{WD}")) s = s.replaceFirst("\\{WD}", pick(rnd, WEEKDAYS));
        while (s.contains("{MONTH}")) s = s.replaceFirst("\\{MONTH}", pick(rnd, MONTHS));
        while (s.contains("{YEAR}")) s = s.replaceFirst("\\{YEAR}", Integer.toString(1990 + rnd.nextInt(34)));
        while (s.contains("{MONEY}")) s = s.replace("{MONEY}", money(rnd));
        while (s.contains("{COUNT}")) s = s.replaceFirst("\\{COUNT}", String.format(java.util.Locale.ROOT, "%,d", 200 + rnd.nextInt(40_000)));
        while (s.contains("{PCT}")) s = s.replaceFirst("\\{PCT}", (2 + rnd.nextInt(60)) + "." + rnd.nextInt(10) + "%");
        while (s.contains("{ORD}")) s = s.replaceFirst("\\{ORD}", pick(rnd, ORDINALS));
        while (s.contains("{VP}")) s = s.replaceFirst("\\{VP}", pick(rnd, VPS));
        while (s.contains("{W}")) s = s.replaceFirst("\\{W}", "on " + pick(rnd, WEEKDAYS));
        while (s.contains("{NN}")) s = s.replaceFirst("\\{NN}", Integer.toString(20 + rnd.nextInt(20)));
        while (s.contains("{N}")) s = s.replaceFirst("\\{N}", Integer.toString(2 + rnd.nextInt(8)));
        while (s.contains("{M}")) s = s.replaceFirst("\\{M}", Integer.toString(rnd.nextInt(10)));
        return s;
    }

    private static String when(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> "on " + pick(rnd, WEEKDAYS);
            case 1 -> "last week";
            case 2 -> "earlier this month";
            default -> "on " + pick(rnd, List.of("March", "June", "September", "November")) + " " + (1 + rnd.nextInt(28));
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
