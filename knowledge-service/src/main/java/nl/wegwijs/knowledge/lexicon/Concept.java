package nl.wegwijs.knowledge.lexicon;

import java.util.List;
import java.util.Map;

/**
 * One concept of the lexicon: the same thing named in several languages.
 *
 * @param weight how much sharing this concept says two questions ask the same thing (generic words low)
 * @param family concepts of one family are different kinds of the same thing (health vs car insurance):
 *     two questions that name different members of one family ask different things
 * @param terms per language code, the words and phrases that name it
 */
public record Concept(String id, String label, double weight, String family, Map<String, List<String>> terms) {}
