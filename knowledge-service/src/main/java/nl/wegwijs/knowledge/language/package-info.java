/** Text analysis shared by grouping, the lexicon and search: per-language Lucene analysis, transliteration, folding. */
package nl.wegwijs.knowledge.language;
