package nl.wegwijs.knowledge.grouping;

/**
 * The way open for a multilingual embedding model (for example a sentence-transformer served
 * in-process). When a bean of this type exists, grouping adds the cosine similarity of the two
 * questions' vectors with weight {@code wegwijs.knowledge.grouping.weights.semantic}. None ships by
 * default: everything here runs without a network or model download.
 */
public interface TextEmbedder {

    float[] embed(String text, String language);
}
