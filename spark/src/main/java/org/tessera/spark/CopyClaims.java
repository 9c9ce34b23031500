package org.tessera.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.storage.StorageLevel;
import org.tessera.dedup.NearDuplicates;
import org.tessera.intake.IntakeException;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.pipeline.Pipeline;
import scala.Tuple2;

/**
 * Near-copies found before anything is annotated: every document is cleaned (intake only, cheap
 * beside CoreNLP), each article the pipeline would code and the store would compare is MinHashed,
 * and the signatures are grouped into stories on the driver in input order, as
 * {@link GdeltTables} groups the coded articles afterwards. A copy then needs no annotation: its
 * story's first article is coded and the copy becomes mentions of that article's events. The
 * grouping assumes every such article will be coded; where one is not (it fails, or coding
 * skips it) the job checks again after coding ({@link TesseraSparkJob}).
 *
 * @param copies each copy's article key ({@link InputOrder#article}) and the first article of its story
 * @param signed how many articles were signed: the coded articles that will carry a signature if every one is coded
 */
record CopyClaims(HashMap<String, StoryAssignment.Copy> copies, long signed) {

    static CopyClaims of(JavaRDD<JobRecord> documents, PipelineSettings settings, int tasks) {
        // Kept while sorting: the sort samples its keys in a pass of its own, which would clean every document again.
        JavaPairRDD<String, long[]> signatures = documents.mapPartitions(new Signing(settings)).mapToPair(t -> t)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return grouped(signatures.sortByKey(true, tasks).toLocalIterator());
        } finally {
            signatures.unpersist(false);
        }
    }

    private static CopyClaims grouped(Iterator<Tuple2<String, long[]>> inOrder) {
        long[] signed = {0};
        Iterator<Tuple2<String, long[]>> counted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inOrder.hasNext();
            }

            @Override
            public Tuple2<String, long[]> next() {
                signed[0]++;
                return inOrder.next();
            }
        };
        return new CopyClaims(new HashMap<>(StoryAssignment.copies(counted)), signed[0]);
    }

    /** A partition's articles that coding would sign, keyed by their place in the input; documents that cannot be read give none. */
    static final class Signing implements FlatMapFunction<Iterator<JobRecord>, Tuple2<String, long[]>> {
        private static final long serialVersionUID = 1L;
        private final PipelineSettings settings;

        Signing(PipelineSettings settings) {
            this.settings = settings;
        }

        @Override
        public Iterator<Tuple2<String, long[]>> call(Iterator<JobRecord> input) {
            NearDuplicates dedup = NearDuplicates.defaults();
            Pipeline pipeline = null;
            List<Tuple2<String, long[]>> out = new ArrayList<>();
            while (input.hasNext()) {
                if (!(input.next() instanceof JobRecord.InputDocument d)) continue;
                if (pipeline == null) pipeline = ExecutorPipeline.pipeline(settings);
                CleanDocument doc;
                try {
                    doc = pipeline.clean(d.toRaw());
                } catch (IntakeException | RuntimeException | StackOverflowError e) {
                    continue; // the coding pass reports it
                }
                for (Article a : doc.articles())
                    if (pipeline.codes(a) && dedup.comparable(a.text()))
                        out.add(new Tuple2<>(InputOrder.article(d.order(), a.index()), dedup.minHasher().signature(dedup.shingles().of(a.text()))));
            }
            return out.iterator();
        }
    }
}
