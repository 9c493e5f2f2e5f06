package nl.wegwijs.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.wegwijs.platform.web.FieldProblem;

/**
 * Lists of languages name each language once. A candidate who speaks Ukrainian natively and at A1, or a vacancy that
 * requires (or prefers) one language twice at two levels, contradicts itself: the second entry is refused, named by
 * the field the client sent ({@code languages[1].code}), and the first one is said. Codes are compared as validated
 * (ISO 639-1, lower case). A vacancy's requirements may overlap ({@code nl} at B1 and {@code anyOf [nl, en]} at A2 say
 * different things) but not name the same language or languages twice.
 */
public final class LanguageLists {

    private LanguageLists() {}

    /** The entries of {@code field} (a candidate's languages, a vacancy's preferred languages) naming a language again. */
    public static List<FieldProblem> repeatedLanguages(String field, List<LanguageLevel> languages) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i).code();
            Integer earlier = first.putIfAbsent(code, i);
            if (earlier != null) {
                problems.add(new FieldProblem(
                        field + "[" + i + "].code",
                        code + " is listed already (" + field + "[" + earlier + "]); give each language once, at one"
                                + " level"));
            }
        }
        return problems;
    }

    /**
     * The requirements of {@code field} naming a language twice in their {@code anyOf}, or the same language (or the
     * same languages) as an earlier requirement.
     */
    public static List<FieldProblem> repeatedRequirements(String field, List<LanguageRequirement> requirements) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Set<String>, Integer> first = new HashMap<>();
        for (int i = 0; i < requirements.size(); i++) {
            LanguageRequirement requirement = requirements.get(i);
            String at = field + "[" + i + "]";
            boolean anyOf = requirement.anyOf() != null && !requirement.anyOf().isEmpty();
            Set<String> codes = new LinkedHashSet<>();
            List<String> listed = requirement.codes();
            for (int j = 0; j < listed.size(); j++) {
                if (!codes.add(listed.get(j))) {
                    problems.add(new FieldProblem(
                            at + ".anyOf[" + j + "]",
                            listed.get(j) + " is listed already (" + at + ".anyOf[" + listed.indexOf(listed.get(j))
                                    + "])"));
                }
            }
            if (codes.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(new TreeSet<>(codes), i);
            if (earlier != null) {
                problems.add(new FieldProblem(
                        at + (anyOf ? ".anyOf" : ".code"),
                        (codes.size() == 1
                                        ? codes.iterator().next() + " is"
                                        : String.join(", ", new TreeSet<>(codes)) + " are")
                                + " required already (" + field + "[" + earlier + "]); give each requirement once, at"
                                + " one level"));
            }
        }
        return problems;
    }
}
