package org.tessera.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The contract's event record (shared/contract/events-jsonl.md) as a Spark schema: the same
 * field names and nesting as the JSON line the core's {@code EventJson} writes, so Parquet
 * readers and {@code jq} users see one record. Kept in step with {@code EventJson} by
 * {@code SparkJobIT}, which compares the two field for field.
 */
public final class EventSchema {
    private EventSchema() {
    }

    /** An event's place, or an actor's: GeoNames' first-level division and GDELT's geography type (0 where unknown). */
    public static final StructType LOCATION = struct(
            string("name"), string("country"), field("lat", DoubleType), field("lon", DoubleType),
            field("feature_id", LongType), string("admin1"), field("type", IntegerType));

    public static final StructType ACTOR = struct(
            string("text"), string("name"), string("country"), string("role"), string("code"), string("rule"),
            field("place", LOCATION));

    public static final StructType ACTION = struct(
            string("cameo"), string("root"), field("quad", IntegerType), field("goldstein", DoubleType),
            string("text"), string("name"));

    /** PLOVER's reading of the event (null where PLOVER codes no such event); mode may be null. */
    public static final StructType PLOVER = struct(
            string("type"), string("mode"), field("context", createArrayType(StringType)));

    public static final StructType ACTOR_EVIDENCE = struct(string("rule"), string("detail"));

    public static final StructType EVIDENCE = struct(
            string("coder"), string("rule"), string("rule_code"), string("rule_origin"),
            field("source", ACTOR_EVIDENCE), field("target", ACTOR_EVIDENCE),
            field("inherited", BooleanType), field("mutual", BooleanType), string("modality_cue"),
            field("sentence", IntegerType), field("trigger", IntegerType),
            field("knowledge", createArrayType(struct(string("file"), string("sha256")))));

    public static final StructType EVENT = struct(
            string("doc"),
            field("article", IntegerType),
            string("sentence"),
            field("span", createArrayType(IntegerType)),
            string("date"),
            string("date_source"),
            field("source", ACTOR),
            field("target", ACTOR),
            field("event", ACTION),
            string("modality"),
            field("plover", PLOVER),
            field("location", LOCATION),
            field("confidence", DoubleType),
            string("evidence"),
            field("evidence_detail", EVIDENCE),
            string("title"),
            string("url"),
            string("language"),
            string("document_date"),
            string("document_date_source"));

    private static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }

    private static StructField string(String name) {
        return field(name, StringType);
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }
}
