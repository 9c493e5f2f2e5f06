package nl.wegwijs.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResumesTest {

    @Test
    void theNounIsReadAsACv() {
        assertThat(Resumes.nounsAsCv("Shoud I put a photo on my resume?")).isEqualTo("Shoud I put a photo on my CV?");
        assertThat(Resumes.nounsAsCv("Is there a resume template?")).isEqualTo("Is there a CV template?");
        assertThat(Resumes.nounsAsCv("Resume in Dutch or English?")).isEqualTo("CV in Dutch or English?");
        assertThat(Resumes.nounsAsCv("Should my son's resume have a photo?"))
                .isEqualTo("Should my son's CV have a photo?");
        assertThat(Resumes.nounsAsCv("Do I need a Dutch resume?")).isEqualTo("Do I need a Dutch CV?");
        assertThat(Resumes.nounsAsCv("Where can I get help with resumes?")).isEqualTo("Where can I get help with CVs?");
        assertThat(Resumes.nounsAsCv("Do I send a cover letter and resume?"))
                .isEqualTo("Do I send a cover letter and CV?");
        assertThat(Resumes.nounsAsCv("Can I write resume in Ukrainian?")).isEqualTo("Can I write CV in Ukrainian?");
    }

    @Test
    void anAccentedResumeIsAlwaysTheNoun() {
        assertThat(Resumes.nounsAsCv("Can you check my résumé?")).isEqualTo("Can you check my CV?");
        assertThat(Resumes.nounsAsCv("Resumé tips")).isEqualTo("CV tips");
        assertThat(Resumes.nounsAsCv("When can I send résumés?")).isEqualTo("When can I send CVs?");
        assertThat(Resumes.nounsAsCv("re\u0301sume\u0301")).isEqualTo("CV");
    }

    @Test
    void theVerbStaysAsItIs() {
        for (String verb : new String[] {
            "When can I resume work?",
            "When can I resume?",
            "I want to resume my studies.",
            "Can I resume my job after maternity leave?",
            "Let's resume the lessons",
            "The course will resume in September.",
            "Resume work after sick leave?",
            "We resume on Monday."
        }) {
            assertThat(Resumes.nounsAsCv(verb)).as(verb).isEqualTo(verb);
        }
    }

    @Test
    void theWordAloneIsTheNounAsASearchOrALexiconTermMeansIt() {
        assertThat(Resumes.nounsAsCv("resume")).isEqualTo("CV");
        assertThat(Resumes.nounsAsCv("Resumes")).isEqualTo("CVs");
    }
}
