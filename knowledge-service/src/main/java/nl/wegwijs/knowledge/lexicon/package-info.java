/** The multilingual concept lexicon: terms in uk, ru, nl and en (and transliterations) mapped to shared concepts. */
package nl.wegwijs.knowledge.lexicon;
