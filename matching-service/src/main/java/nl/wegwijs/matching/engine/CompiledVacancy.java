package nl.wegwijs.matching.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.platform.web.IsoLanguages;

/**
 * A vacancy prepared for one scan of the index: skills as vocabulary ids, languages as columns (a code that is
 * no ISO 639-1 language has none: nobody speaks it), dates as epoch days. Built under the index's read lock, used only during that scan.
 */
final class CompiledVacancy {

    /** The level of a required language that no language code names: above any level spoken. */
    static final int UNMEETABLE = Integer.MAX_VALUE;

    final VacancyProfile profile;
    final int startDay;
    final int licenceMask;
    final int isco;
    final byte[][][] requiredLanguageColumns;
    final int[] requiredLevels;
    final byte[][] preferredLanguageColumns;
    final int[] preferredLevels;
    final int[] requiredSkills;
    final int[] requiredCertificates;
    final int[] preferredSkills;
    /** The preferred skills as the vacancy names them, each once: {@link #preferredSkills} in the same order. */
    final List<String> preferredSkillNames;

    final double latitude;
    final double longitude;
    /** Set by a scan whose rows already passed the required-skill bitsets. */
    boolean skillsPrefiltered;

    CompiledVacancy(VacancyProfile v, CandidateIndex index) {
        this.profile = v;
        this.startDay = (int) v.startDate().toEpochDay();
        this.licenceMask = DrivingLicence.mask(v.drivingLicences());
        this.isco = v.isco() == null ? -1 : Integer.parseInt(v.isco());
        this.requiredLanguageColumns = new byte[v.languages().size()][][];
        this.requiredLevels = new int[v.languages().size()];
        for (int i = 0; i < v.languages().size(); i++) {
            LanguageRequirement requirement = v.languages().get(i);
            List<String> languages =
                    requirement.codes().stream().filter(IsoLanguages::isCode).toList();
            requiredLanguageColumns[i] = languages.stream()
                    .map(index.languages::get)
                    .filter(c -> c != null)
                    .toArray(byte[][]::new);
            // codes stored before they were checked ("xx", "nederlands") are no language: a requirement naming
            // none is met by nobody, not even as a near miss
            requiredLevels[i] =
                    languages.isEmpty() ? UNMEETABLE : requirement.level().rank();
        }
        this.preferredLanguageColumns = new byte[v.preferredLanguages().size()][];
        this.preferredLevels = new int[v.preferredLanguages().size()];
        for (int i = 0; i < v.preferredLanguages().size(); i++) {
            preferredLanguageColumns[i] =
                    index.languages.get(v.preferredLanguages().get(i).code());
            preferredLevels[i] = v.preferredLanguages().get(i).level().rank();
        }
        this.requiredSkills = index.vocabulary.lookupAll(v.skills());
        this.requiredCertificates = index.vocabulary.lookupAll(v.certificates());
        this.preferredSkillNames = onceEach(v.preferredSkills());
        this.preferredSkills = index.vocabulary.lookupAll(preferredSkillNames);
        this.latitude = v.latitude();
        this.longitude = v.longitude();
    }

    /**
     * A skill listed twice, also under two of its names ("heftruck", "forklift"), counts once: otherwise it would
     * weigh double in the preferred share. The first name given is the one explained.
     */
    private static List<String> onceEach(List<String> skills) {
        Map<String, String> byConcept = new LinkedHashMap<>();
        for (String skill : skills) {
            byConcept.putIfAbsent(Skills.normalise(skill), skill);
        }
        return List.copyOf(byConcept.values());
    }
}
