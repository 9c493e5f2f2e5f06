/**
 * Ukrainian and Russian in Cyrillic and in Latin letters: {@link nl.wegwijs.platform.language.Transliteration} has
 * the named schemes (Ukrainian national KMU 2010, Russian passport, and the popular spellings people type), the way
 * back to Cyrillic, and the keys to compare words and names by whatever their script and spelling.
 */
package nl.wegwijs.platform.language;
